package org.healthplanning.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.healthplanning.http.PageResponse;
import org.healthplanning.platform.security.Caller;

/**
 * The audit trail: one row per successful write, in the write's transaction. After the row is
 * written a {@link Recorded} event is fired synchronously, still in the transaction, for services
 * that keep something in step with every write (a data revision).
 */
@ApplicationScoped
public class AuditService {
    public static final String CREATE = "CREATE";
    public static final String UPDATE = "UPDATE";
    public static final String DELETE = "DELETE";
    public static final String IMPORT = "IMPORT";

    /** A write was recorded (fired inside the write's transaction). */
    public record Recorded(String operation, String resourceType, String key, String regionCode) {
    }

    @Inject
    AuditRepository events;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper mapper;

    @Inject
    Event<Recorded> recorded;

    private volatile ObjectMapper exact;

    /** A snapshot of a resource as the API shows it, taken before it is changed; decimals keep their digits. */
    public JsonNode snapshot(Object resource) {
        return resource == null ? null : exactMapper().valueToTree(resource);
    }

    /** A copy of the application's mapper whose trees keep decimals exactly as BigDecimal (no detour through double). */
    public ObjectMapper exactMapper() {
        if (exact == null) {
            exact = mapper.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        }
        return exact;
    }

    /** Records a write; must run inside the write's transaction so that a failed write leaves no row. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String operation, String resourceType, String key, String regionCode, JsonNode before, JsonNode after) {
        AuditEvent e = new AuditEvent();
        e.at = Instant.now();
        e.subject = caller.subject();
        e.operation = operation;
        e.resourceType = resourceType;
        e.resourceKey = key;
        e.regionCode = regionCode;
        e.beforeJson = before == null || before.isNull() ? null : before.toString();
        e.afterJson = after == null || after.isNull() ? null : after.toString();
        events.persist(e);
        recorded.fire(new Recorded(operation, resourceType, key, regionCode));
    }

    public PageResponse<AuditEntry> list(AuditRepository.Filter filter, int page, int size) {
        var query = events.search(filter).page(Page.of(page, size));
        return new PageResponse<>(query.list().stream().map(this::entry).toList(), page, size, query.count());
    }

    private AuditEntry entry(AuditEvent e) {
        return new AuditEntry(e.id, e.at, e.subject, e.operation, e.resourceType, e.resourceKey, e.regionCode,
                json(e.beforeJson), json(e.afterJson));
    }

    private JsonNode json(String text) {
        if (text == null) {
            return null;
        }
        try {
            return exactMapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit row holds invalid JSON", e);
        }
    }
}
