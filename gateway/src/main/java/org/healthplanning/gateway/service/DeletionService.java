package org.healthplanning.gateway.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.healthplanning.http.DomainException;
import org.healthplanning.http.QueryParams;
import org.healthplanning.gateway.client.Backend;
import org.healthplanning.gateway.api.SuiteDeletionPage;
import org.healthplanning.gateway.client.BackendRefusal;
import org.healthplanning.gateway.client.Backends;
import org.healthplanning.gateway.client.model.Deletion;

/**
 * The three backends' deletion feeds as one, oldest first. Each backend is asked for one page after its
 * own position; the rows are merged by {@code deletedAt} (then backend, then the backend's order) and the
 * first {@code size} are answered. The gateway's cursor holds each backend's position (the cursor of the
 * last row taken from it), so paging on never skips or repeats a backend's row. A backend that does not
 * answer makes the whole read a 503: a feed with a backend's deletions missing would leave a client's copy wrong.
 */
@ApplicationScoped
public class DeletionService {
    /** Which backend records the deletions of each resource type. */
    public static final Map<String, Backend> OWNERS = owners();

    @Inject
    Backends backends;

    @Inject
    ObjectMapper mapper;

    /** Where the merged feed stands: the point in time it started from and each backend's cursor. */
    record Position(String since, Map<Backend, String> cursors) {
        String encode(ObjectMapper mapper) {
            try {
                return Base64.getUrlEncoder().withoutPadding().encodeToString(mapper.writeValueAsBytes(this));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        static Position decode(ObjectMapper mapper, String token) {
            try {
                Position p = mapper.readValue(Base64.getUrlDecoder().decode(token.trim()), Position.class);
                if (p.since() != null) {
                    QueryParams.instant("after", p.since());
                }
                Map<Backend, String> cursors = new EnumMap<>(Backend.class);
                if (p.cursors() != null) {
                    cursors.putAll(p.cursors());
                }
                return new Position(p.since(), cursors);
            } catch (Exception e) {
                throw DomainException.invalid("after", "'" + token + "' is not a cursor the gateway issued;"
                        + " use the 'cursor' or 'next' of an earlier answer");
            }
        }
    }

    private record Feed(Backend backend, List<Deletion> rows, long total) {
    }

    private record Row(Backend backend, int index, Deletion row, Instant at) {
    }

    public Uni<SuiteDeletionPage> list(String since, String after, String resourceType, int size, String authorization) {
        Position from;
        if (after != null && !after.isBlank()) {
            from = Position.decode(mapper, after);
        } else {
            if (since != null && !since.isBlank()) {
                QueryParams.instant("since", since);
            }
            from = new Position(since == null || since.isBlank() ? null : since.trim(), new EnumMap<>(Backend.class));
        }
        String type = resourceType == null || resourceType.isBlank() ? null : resourceType.trim();
        if (type != null && !OWNERS.containsKey(type)) {
            throw DomainException.invalid("resourceType", "'" + resourceType + "' is not one of " + new TreeSet<>(OWNERS.keySet()));
        }
        List<Uni<Feed>> reads = new ArrayList<>();
        for (Backend b : Backend.values()) {
            if (type == null || OWNERS.get(type) == b) {
                reads.add(read(b, from, type, size, authorization));
            }
        }
        return Uni.join().all(reads).andFailFast().map(feeds -> merge(feeds, from, type, size));
    }

    private Uni<Feed> read(Backend b, Position from, String type, int size, String authorization) {
        String cursor = from.cursors().get(b);
        return backends.of(b).deletions(size, cursor == null ? from.since() : null, cursor, type, authorization)
                .map(page -> new Feed(b, page.items(), page.total()))
                .onFailure().transform(t -> {
                    if (t instanceof BackendRefusal r && r.status() == 400) {
                        return r.toCallersError(b.serviceName());
                    }
                    return unavailable(b, Section.describe(t));
                });
    }

    SuiteDeletionPage merge(List<Feed> feeds, Position from, String type, int size) {
        List<Row> all = new ArrayList<>();
        long total = 0;
        for (Feed f : feeds) {
            total += f.total();
            for (int i = 0; i < f.rows().size(); i++) {
                Deletion r = f.rows().get(i);
                Instant at = r.instant();
                if (at == null) {
                    throw unavailable(f.backend(), "answered a deletion without a valid deletedAt");
                }
                all.add(new Row(f.backend(), i, r, at));
            }
        }
        all.sort(Comparator.comparing(Row::at).thenComparing(r -> r.backend().ordinal()).thenComparing(Row::index));
        // each row's own position in the merged feed: every backend's position with the rows up to it taken
        Map<Backend, String> cursors = new EnumMap<>(from.cursors());
        List<Row> taken = all.subList(0, Math.min(size, all.size()));
        String cursor = from.encode(mapper);
        List<Map<String, Object>> items = new ArrayList<>();
        for (Row r : taken) {
            cursors.put(r.backend(), r.row().cursor());
            cursor = new Position(from.since(), cursors).encode(mapper);
            Map<String, Object> item = new LinkedHashMap<>(r.row().other());
            item.put("deletedAt", r.row().deletedAt());
            item.put("service", r.backend().serviceName());
            item.put("cursor", cursor);
            items.add(item);
        }
        SuiteDeletionPage out = new SuiteDeletionPage();
        out.items = items;
        out.page = 0;
        out.size = size;
        out.total = total;
        boolean more = taken.size() < total;
        out.next = more ? "/api/v1/deletions?size=" + size + "&after=" + cursor + (type == null ? "" : "&resourceType=" + enc(type)) : null;
        out.cursor = cursor;
        return out;
    }

    private static DomainException unavailable(Backend b, String why) {
        return new DomainException(DomainException.Kind.UNAVAILABLE, "/problems/backend-unavailable", "Service unavailable",
                b.serviceName() + " " + why + ": the deletions cannot be merged without it; try again later", null);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Map<String, Backend> owners() {
        Map<String, Backend> m = new LinkedHashMap<>();
        for (String t : new String[] {"plan", "plan-indicator", "monitoring-value", "indicator-definition"}) {
            m.put(t, Backend.INDICATOR);
        }
        for (String t : new String[] {"project", "declared-totals"}) {
            m.put(t, Backend.PROJECT);
        }
        for (String t : new String[] {"region", "population", "facility", "facility-resources", "reported-totals", "published-ratio", "standard"}) {
            m.put(t, Backend.FACILITY);
        }
        return Map.copyOf(m);
    }
}
