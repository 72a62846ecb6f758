package org.healthplanning.gateway.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthplanning.http.DomainException;
import org.healthplanning.gateway.api.SuiteAuditPage;
import org.healthplanning.gateway.client.Backend;
import org.healthplanning.gateway.client.BackendRefusal;
import org.healthplanning.gateway.client.Backends;
import org.healthplanning.gateway.client.model.AuditRow;
import org.healthplanning.gateway.client.model.Page;

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
    Backends backends;

    public record Filter(String resourceType, String key, String from, String to) {
    }

    /** What one backend gave: its first rows and its total, or why it could not. */
    record Trail(Backend backend, List<AuditRow> rows, long total, String failure) {
    }

    public Uni<SuiteAuditPage> list(Filter filter, int page, int size, String authorization) {
        long wanted = (long) (page + 1) * size;
        List<Uni<Trail>> reads = new ArrayList<>();
        for (Backend b : Backend.values()) {
            reads.add(collect(b, filter, wanted, authorization, 0, new ArrayList<>()));
        }
        return Uni.join().all(reads).andFailFast().map(trails -> merge(trails, page, size));
    }

    private Uni<Trail> collect(Backend b, Filter filter, long wanted, String authorization, int backendPage, List<AuditRow> rows) {
        int pageSize = (int) Math.min(BACKEND_PAGE, wanted);
        Uni<Page<AuditRow>> read = backends.of(b).audit(backendPage, pageSize, blankToNull(filter.resourceType()),
                blankToNull(filter.key()), blankToNull(filter.from()), blankToNull(filter.to()), authorization);
        return read.chain(body -> {
            rows.addAll(body.items());
            long total = body.total();
            if (rows.size() < wanted && body.items().size() == pageSize && rows.size() < total) {
                return collect(b, filter, wanted, authorization, backendPage + 1, rows)
                        .map(t -> t.failure() == null ? t : new Trail(b, t.rows(), total, null));
            }
            return Uni.createFrom().item(new Trail(b, rows, total, null));
        }).onFailure(BackendRefusal.class).transform(t -> {
            BackendRefusal r = (BackendRefusal) t;
            if (r.status() == 400 || r.status() == 401 || r.status() == 403) {
                return r.toCallersError(b.serviceName());
            }
            return t;
        }).onFailure(t -> !(t instanceof DomainException))
                .recoverWithItem(t -> new Trail(b, rows, 0, b.serviceName() + " " + Section.describe(t)));
    }

    static SuiteAuditPage merge(List<Trail> trails, int page, int size) {
        record Row(Backend backend, AuditRow row, Instant at) {
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
            t.rows().forEach(r -> all.add(new Row(t.backend(), r, r.instant())));
        }
        all.sort(Comparator.comparing(Row::at, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(r -> r.backend().ordinal())
                .thenComparing(r -> r.row().id(), Comparator.reverseOrder()));
        SuiteAuditPage out = new SuiteAuditPage();
        out.items = all.subList(Math.min(all.size(), page * size), Math.min(all.size(), page * size + size)).stream()
                .map(r -> withService(r.row(), r.backend())).toList();
        out.page = page;
        out.size = size;
        out.total = total;
        out.degraded = List.copyOf(degraded);
        out.notes = notes.isEmpty() ? null : notes.values().stream().toList();
        return out;
    }

    private static Map<String, Object> withService(AuditRow row, Backend backend) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", row.id());
        item.put("at", row.at());
        item.putAll(row.other());
        item.put("service", backend.serviceName());
        return item;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
