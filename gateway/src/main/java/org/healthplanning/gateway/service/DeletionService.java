package org.healthplanning.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.healthplanning.gateway.api.ApiException;
import org.healthplanning.gateway.client.Backend;
import org.healthplanning.gateway.client.BackendClient;
import org.healthplanning.gateway.config.Json;

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
    BackendClient client;

    /** Where the merged feed stands: the point in time it started from and each backend's cursor. */
    record Position(String since, Map<Backend, String> cursors) {
        String encode() {
            ObjectNode node = Json.MAPPER.createObjectNode();
            if (since != null) {
                node.put("since", since);
            }
            ObjectNode c = node.putObject("cursors");
            cursors.forEach((b, cursor) -> c.put(b.name(), cursor));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Json.write(node).getBytes(StandardCharsets.UTF_8));
        }

        static Position decode(String token) {
            try {
                JsonNode node = Json.MAPPER.readTree(Base64.getUrlDecoder().decode(token.trim()));
                Map<Backend, String> cursors = new EnumMap<>(Backend.class);
                node.path("cursors").fields().forEachRemaining(e -> cursors.put(Backend.valueOf(e.getKey()), e.getValue().asText()));
                String since = node.hasNonNull("since") ? node.get("since").asText() : null;
                if (since != null) {
                    instant("after", since);
                }
                return new Position(since, cursors);
            } catch (Exception e) {
                throw ApiException.badRequest("after", "'" + token + "' is not a cursor the gateway issued;"
                        + " use the 'cursor' or 'next' of an earlier answer");
            }
        }
    }

    private record Feed(Backend backend, List<JsonNode> rows, long total, boolean more) {
    }

    private record Row(Backend backend, int index, JsonNode row, Instant at) {
    }

    public Uni<ObjectNode> list(String since, String after, String resourceType, int size, String authorization) {
        Position from;
        if (after != null && !after.isBlank()) {
            from = Position.decode(after);
        } else {
            if (since != null && !since.isBlank()) {
                instant("since", since);
            }
            from = new Position(since == null || since.isBlank() ? null : since.trim(), new EnumMap<>(Backend.class));
        }
        String type = resourceType == null || resourceType.isBlank() ? null : resourceType.trim();
        if (type != null && !OWNERS.containsKey(type)) {
            throw ApiException.badRequest("resourceType", "'" + resourceType + "' is not one of " + new TreeSet<>(OWNERS.keySet()));
        }
        List<Uni<Feed>> reads = new ArrayList<>();
        for (Backend b : Backend.values()) {
            if (type == null || OWNERS.get(type) == b) {
                reads.add(read(b, from, type, size, authorization));
            }
        }
        return Uni.combine().all().unis(reads).with(list -> {
            List<Feed> feeds = new ArrayList<>();
            list.forEach(f -> feeds.add((Feed) f));
            return merge(feeds, from, type, size);
        });
    }

    private Uni<Feed> read(Backend b, Position from, String type, int size, String authorization) {
        StringBuilder uri = new StringBuilder("/api/v1/deletions?size=").append(size);
        String cursor = from.cursors().get(b);
        if (cursor != null) {
            uri.append("&after=").append(enc(cursor));
        } else if (from.since() != null) {
            uri.append("&since=").append(enc(from.since()));
        }
        if (type != null) {
            uri.append("&resourceType=").append(enc(type));
        }
        return client.read(b, uri.toString(), authorization).map(reply -> {
            JsonNode body = reply.json(Json.MAPPER);
            if (reply.status() == 400) {
                String detail = body == null ? null : body.path("detail").asText(null);
                throw new ApiException(400, "/problems/validation", "Invalid request",
                        b.serviceName() + " answered 400" + (detail == null ? "" : ": " + detail), null);
            }
            if (!reply.ok() || body == null || !body.path("items").isArray()) {
                throw unavailable(b, "answered " + reply.status());
            }
            List<JsonNode> rows = new ArrayList<>();
            body.path("items").forEach(rows::add);
            return new Feed(b, rows, body.path("total").asLong(rows.size()), body.hasNonNull("next"));
        }).onFailure(t -> !(t instanceof ApiException)).transform(t -> unavailable(b, t.getMessage()));
    }

    static ObjectNode merge(List<Feed> feeds, Position from, String type, int size) {
        List<Row> all = new ArrayList<>();
        long total = 0;
        for (Feed f : feeds) {
            total += f.total();
            for (int i = 0; i < f.rows().size(); i++) {
                JsonNode r = f.rows().get(i);
                all.add(new Row(f.backend(), i, r, instant("deletedAt", r.path("deletedAt").asText(""))));
            }
        }
        all.sort(Comparator.comparing(Row::at).thenComparing(r -> r.backend().ordinal()).thenComparing(Row::index));
        // each row's own position in the merged feed: every backend's position with the rows up to it taken
        Map<Backend, String> cursors = new EnumMap<>(from.cursors());
        ObjectNode out = Json.MAPPER.createObjectNode();
        ArrayNode items = out.putArray("items");
        List<Row> taken = all.subList(0, Math.min(size, all.size()));
        String cursor = from.encode();
        for (Row r : taken) {
            cursors.put(r.backend(), r.row().path("cursor").asText());
            cursor = new Position(from.since(), cursors).encode();
            ObjectNode item = ((ObjectNode) r.row()).deepCopy();
            item.put("service", r.backend().serviceName());
            item.put("cursor", cursor);
            items.add(item);
        }
        out.put("page", 0);
        out.put("size", size);
        out.put("total", total);
        boolean more = taken.size() < total;
        out.put("next", more ? "/api/v1/deletions?size=" + size + "&after=" + cursor + (type == null ? "" : "&resourceType=" + enc(type)) : null);
        out.put("cursor", cursor);
        return out;
    }

    private static ApiException unavailable(Backend b, String why) {
        return new ApiException(503, "/problems/backend-unavailable", "Service unavailable",
                b.serviceName() + " " + why + ": the deletions cannot be merged without it; try again later", null);
    }

    static Instant instant(String name, String value) {
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name, "'" + value + "' is not an ISO-8601 instant with an offset, e.g. 2026-03-01T08:00:00Z");
        }
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
        for (String t : new String[] {"region", "population", "facility", "facility-resources", "reported-totals", "standard"}) {
            m.put(t, Backend.FACILITY);
        }
        return Map.copyOf(m);
    }
}
