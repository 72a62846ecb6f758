package org.healthplanning.facility.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.healthplanning.facility.domain.AuditEvent;
import org.healthplanning.facility.repository.AuditRepository;
import org.healthplanning.facility.repository.DataRevisionRepository;
import org.healthplanning.facility.rest.PageResponse;

/**
 * The audit trail: one row per successful write, in the write's transaction. Every write of this
 * service records one, so recording also increments the data revision that cached ratios depend on.
 */
@ApplicationScoped
public class AuditService {
    public static final String CREATE = "CREATE";
    public static final String UPDATE = "UPDATE";
    public static final String DELETE = "DELETE";
    public static final String IMPORT = "IMPORT";

    @Inject
    AuditRepository events;

    @Inject
    Caller caller;

    @Inject
    DataRevisionRepository revision;

    @Inject
    ObjectMapper mapper;

    /** A snapshot of a resource as the API shows it, taken before it is changed; decimals keep their digits. */
    public JsonNode snapshot(Object resource) {
        return resource == null ? null : exactMapper().valueToTree(resource);
    }

    private volatile ObjectMapper exact;

    /** A copy of the application's mapper whose trees keep decimals exactly as BigDecimal (no detour through double). */
    public ObjectMapper exactMapper() {
        if (exact == null) {
            exact = mapper.copy().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
        }
        return exact;
    }

    /**
     * Records a write and increments the data revision; must run inside the write's transaction (as its
     * last statement) so that a failed write leaves no row and readers see the new revision with the new data.
     */
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
        // last in the write, so the revision row is locked only until the commit
        revision.bump();
    }

    public PageResponse<Entry> list(AuditRepository.Filter filter, int page, int size) {
        var query = events.search(filter).page(Page.of(page, size));
        return new PageResponse<>(query.list().stream().map(this::entry).toList(), page, size, query.count());
    }

    private Entry entry(AuditEvent e) {
        return new Entry(e.id, e.at, e.subject, e.operation, e.resourceType, e.resourceKey, e.regionCode,
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

    /** An audit row as the API shows it. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AuditEntry")
    public record Entry(long id, Instant at, String subject, String operation, String resourceType, String key,
                        String regionCode, JsonNode before, JsonNode after) {
    }
}
