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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthplanning.gateway.client.Backend;
import org.healthplanning.gateway.client.BackendClient;
import org.healthplanning.gateway.config.Json;
import org.healthplanning.gateway.api.ApiException;

/**
 * The audit trails of the three backends as one list, newest first: each backend is asked for the
 * first {@code (page + 1) * size} rows matching the filter (in pages of at most 500), the rows are
 * merged by {@code at} and the requested page is cut out. {@code total} is the sum of the
 * backends' totals. A backend that fails, answers 5xx or 404 or is too slow is listed in
 * {@code degraded}; a 400, 401 or 403 of a backend is passed on as it is.
 */
@ApplicationScoped
public class AuditService {
    static final int BACKEND_PAGE = 500;

    @Inject
    BackendClient client;

    public record Filter(String resourceType, String key, String from, String to) {
    }

    /** What one backend gave: its first rows and its total, or why it could not. */
    record Trail(Backend backend, List<JsonNode> rows, long total, String failure) {
    }

    public Uni<ObjectNode> list(Filter filter, int page, int size, String authorization) {
        long wanted = (long) (page + 1) * size;
        List<Uni<Trail>> reads = new ArrayList<>();
        for (Backend b : Backend.values()) {
            reads.add(collect(b, filter, wanted, authorization, 0, new ArrayList<>()));
        }
        return Uni.combine().all().unis(reads).with(list -> {
            List<Trail> trails = new ArrayList<>();
            list.forEach(t -> trails.add((Trail) t));
            return merge(trails, page, size);
        });
    }

    private Uni<Trail> collect(Backend b, Filter filter, long wanted, String authorization, int backendPage, List<JsonNode> rows) {
        int pageSize = (int) Math.min(BACKEND_PAGE, wanted);
        String uri = "/api/v1/audit?page=" + backendPage + "&size=" + pageSize + query(filter);
        return client.read(b, uri, authorization).chain(reply -> {
            if (reply.status() == 400 || reply.status() == 401 || reply.status() == 403) {
                JsonNode problem = reply.json(Json.MAPPER);
                String detail = problem == null ? null : problem.path("detail").asText(null);
                throw new ApiException(reply.status(), problem == null ? "/problems/http-" + reply.status()
                        : problem.path("type").asText("/problems/http-" + reply.status()),
                        problem == null ? "Refused" : problem.path("title").asText("Refused"),
                        b.serviceName() + " answered " + reply.status() + (detail == null ? "" : ": " + detail), null);
            }
            if (!reply.ok()) {
                return Uni.createFrom().item(new Trail(b, rows, 0, b.serviceName() + " answered " + reply.status()));
            }
            JsonNode body = reply.json(Json.MAPPER);
            JsonNode items = body == null ? null : body.path("items");
            if (items == null || !items.isArray()) {
                return Uni.createFrom().item(new Trail(b, rows, 0, b.serviceName() + " answered no audit page"));
            }
            items.forEach(rows::add);
            long total = body.path("total").asLong(rows.size());
            if (rows.size() < wanted && items.size() == pageSize && rows.size() < total) {
                return collect(b, filter, wanted, authorization, backendPage + 1, rows)
                        .map(t -> t.failure() == null ? t : new Trail(b, t.rows(), total, null));
            }
            return Uni.createFrom().item(new Trail(b, rows, total, null));
        }).onFailure(t -> !(t instanceof ApiException))
                .recoverWithItem(t -> new Trail(b, rows, 0, String.valueOf(t.getMessage())));
    }

    static ObjectNode merge(List<Trail> trails, int page, int size) {
        record Row(Backend backend, JsonNode row, Instant at) {
        }
        List<Row> all = new ArrayList<>();
        Set<String> degraded = new LinkedHashSet<>();
        Map<String, String> notes = new LinkedHashMap<>();
        long total = 0;
        for (Trail t : trails) {
            if (t.failure() != null) {
                degraded.add(t.backend().serviceName());
                notes.put(t.backend().serviceName(), t.failure());
                continue;
            }
            total += t.total();
            t.rows().forEach(r -> all.add(new Row(t.backend(), r, instant(r.path("at").asText(null)))));
        }
        all.sort(Comparator.comparing(Row::at, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(r -> r.backend().ordinal())
                .thenComparing(r -> r.row().path("id").asLong(), Comparator.reverseOrder()));
        ObjectNode out = Json.MAPPER.createObjectNode();
        ArrayNode items = out.putArray("items");
        int from = page * size;
        for (int i = from; i < Math.min(all.size(), from + size); i++) {
            Row r = all.get(i);
            ObjectNode item = ((ObjectNode) r.row()).deepCopy();
            item.put("service", r.backend().serviceName());
            items.add(item);
        }
        out.put("page", page);
        out.put("size", size);
        out.put("total", total);
        ArrayNode deg = out.putArray("degraded");
        degraded.forEach(deg::add);
        if (!notes.isEmpty()) {
            ArrayNode n = out.putArray("notes");
            notes.forEach((service, why) -> n.add(why.startsWith(service) ? why : service + ": " + why));
        }
        return out;
    }

    private static Instant instant(String at) {
        if (at == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(at).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String query(Filter f) {
        StringBuilder sb = new StringBuilder();
        param(sb, "resourceType", f.resourceType());
        param(sb, "key", f.key());
        param(sb, "from", f.from());
        param(sb, "to", f.to());
        return sb.toString();
    }

    private static void param(StringBuilder sb, String name, String value) {
        if (value != null && !value.isBlank()) {
            sb.append('&').append(name).append('=').append(URLEncoder.encode(value.trim(), StandardCharsets.UTF_8));
        }
    }
}
