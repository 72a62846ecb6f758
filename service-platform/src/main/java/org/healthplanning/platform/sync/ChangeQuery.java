package org.healthplanning.platform.sync;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.healthplanning.platform.http.PageRequest;
import org.healthplanning.http.PageResponse;
import org.healthplanning.http.QueryParams;
import org.healthplanning.http.DomainException;

/**
 * An incremental read: the rows changed after a point, in change order (change time, then key),
 * paged by cursor. A list operation becomes one when the client sends {@code updatedAfter=<instant>}
 * or {@code after=<cursor>}; the cursor wins when both are sent. Only rows changed before the
 * {@link ChangeHorizon} are answered, so a row whose transaction commits later can never land
 * behind a cursor a client already holds: paging while others write misses and repeats nothing.
 */
public final class ChangeQuery {
    public static final String UPDATED_AFTER = "updatedAfter";
    public static final String AFTER = "after";

    private final SyncCursor from;
    private final int size;

    private ChangeQuery(SyncCursor from, int size) {
        this.from = from;
        this.size = size;
    }

    /**
     * The incremental read the parameters ask for, or null when they ask for none (a plain paged list).
     * A cursor read takes no {@code page} and no {@code sort}: its order is the change order.
     */
    public static ChangeQuery of(String updatedAfter, String after, String page, String size, String sort) {
        return of(UPDATED_AFTER, updatedAfter, after, page, size, sort);
    }

    /** As {@link #of(String, String, String, String, String)}, the point in time given by the parameter {@code timeParameter}. */
    public static ChangeQuery of(String timeParameter, String time, String after, String page, String size, String sort) {
        boolean hasAfter = after != null && !after.isBlank();
        Instant since = QueryParams.instant(timeParameter, time);
        if (!hasAfter && since == null) {
            return null;
        }
        if (page != null && !page.isBlank()) {
            throw DomainException.invalid("page", "cannot be combined with " + (hasAfter ? AFTER : timeParameter)
                    + ": an incremental read pages by cursor (follow 'next')");
        }
        if (sort != null && !sort.isBlank()) {
            throw DomainException.invalid("sort", "cannot be combined with " + (hasAfter ? AFTER : timeParameter)
                    + ": an incremental read is ordered by updatedAt, then key");
        }
        int rows = PageRequest.of(null, size).size();
        return new ChangeQuery(hasAfter ? SyncCursor.decode(AFTER, after) : SyncCursor.afterTime(since), rows);
    }

    /** Everything from the beginning, in change order. */
    public static ChangeQuery all(String size) {
        return new ChangeQuery(SyncCursor.afterTime(Instant.EPOCH), PageRequest.of(null, size).size());
    }

    public SyncCursor from() {
        return from;
    }

    public int size() {
        return size;
    }

    /**
     * The JPQL condition selecting rows after the cursor and before the horizon, for an entity whose
     * change time is {@code atProperty} and whose unique key is {@code keyProperty}.
     */
    public String where(String atProperty, String keyProperty) {
        String after = from.key() == null
                ? atProperty + " > :syncAt"
                : "(" + atProperty + " > :syncAt or (" + atProperty + " = :syncAt and " + keyProperty + " > :syncKey))";
        return after + " and " + atProperty + " < :syncHorizon";
    }

    /** Binds {@link #where}'s parameters; {@code keyType} turns the cursor's key into the key property's type. */
    public Parameters bind(Parameters p, Instant horizon, Function<String, Object> keyType) {
        p.and("syncAt", from.at()).and("syncHorizon", horizon);
        if (from.key() != null) {
            try {
                p.and("syncKey", keyType.apply(from.key()));
            } catch (RuntimeException e) {
                throw DomainException.invalid(AFTER, "is not a cursor of this list");
            }
        }
        return p;
    }

    /** The change order: change time, then key. */
    public Sort sort(String atProperty, String keyProperty) {
        return Sort.ascending(atProperty).and(keyProperty);
    }

    /** Numeric keys (ids) for {@link #bind}. */
    public static Object longKey(String key) {
        return Long.valueOf(key);
    }

    /**
     * The first page of the query (built with {@link #where}, {@link #bind} and {@link #sort}): at most
     * {@code size} rows, {@code total} the rows left from the cursor on, {@code cursor} where this page ends.
     */
    public <E, T> PageResponse<T> page(PanacheQuery<E> query, Function<E, T> map, Function<E, Instant> at, Function<E, ?> key) {
        List<E> rows = query.page(Page.ofSize(size)).list();
        long total = rows.size() < size ? rows.size() : query.count();
        return PageResponse.ofCursor(rows.stream().map(map).toList(), size, total, end(rows, at, key));
    }

    /** The page of already-read rows (for services that read with SQL of their own). */
    public <T> PageResponse<T> page(List<T> items, long total, Function<T, Instant> at, Function<T, ?> key) {
        return PageResponse.ofCursor(items, size, total, end(items, at, key));
    }

    /** The cursor after the last of {@code rows}, or where the read started when there is none. */
    private <E> String end(List<E> rows, Function<E, Instant> at, Function<E, ?> key) {
        if (rows.isEmpty()) {
            return from.encode();
        }
        E last = rows.get(rows.size() - 1);
        return new SyncCursor(at.apply(last), String.valueOf(key.apply(last))).encode();
    }

    /**
     * A short list answered whole (a region's years, say) as of {@code updatedAfter}: without it the list as it
     * is; with it only the rows changed after that instant and before the horizon, in change order (the list's
     * own order breaking ties). A malformed instant is a 400 naming {@code updatedAfter}.
     */
    public static <T> List<T> changedAfter(List<T> rows, String updatedAfter, java.util.function.Supplier<Instant> horizon,
                                           Function<T, Instant> at) {
        Instant after = QueryParams.instant(UPDATED_AFTER, updatedAfter);
        if (after == null) {
            return rows;
        }
        Instant before = horizon.get();
        return rows.stream().filter(r -> at.apply(r).isAfter(after) && at.apply(r).isBefore(before))
                .sorted(Comparator.comparing(at)).toList();
    }
}
