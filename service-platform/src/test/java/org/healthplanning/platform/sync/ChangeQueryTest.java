package org.healthplanning.platform.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.panache.common.Parameters;
import java.time.Instant;
import org.healthplanning.http.DomainException;
import org.junit.jupiter.api.Test;

/** The parameters of an incremental read: what they select and what they refuse, naming the parameter. */
class ChangeQueryTest {
    private static final Instant HORIZON = Instant.parse("2026-12-02T03:00:00Z");

    private static String field(Runnable r) {
        DomainException e = assertThrows(DomainException.class, r::run);
        assertEquals(400, e.status());
        return e.errors().get(0).field();
    }

    @Test
    void withoutUpdatedAfterOrACursorTheListIsAPlainPagedOne() {
        assertNull(ChangeQuery.of(null, null, "2", "10", "-code"));
        assertNull(ChangeQuery.of(" ", "", null, null, null));
    }

    @Test
    void updatedAfterSelectsRowsChangedStrictlyAfterItAndBeforeTheHorizon() {
        ChangeQuery q = ChangeQuery.of("2026-03-01T16:00:00+08:00", null, null, "20", null);
        assertEquals(20, q.size());
        assertEquals("updatedAt > :syncAt and updatedAt < :syncHorizon", q.where("updatedAt", "id"));
        Parameters p = q.bind(new Parameters(), HORIZON, ChangeQuery::longKey);
        assertEquals(Instant.parse("2026-03-01T08:00:00Z"), p.map().get("syncAt"));
        assertEquals(HORIZON, p.map().get("syncHorizon"));
    }

    @Test
    void aCursorContinuesAfterItsRowInTheOrderOfChangeTimeThenKey() {
        Instant at = Instant.parse("2026-11-30T01:02:03.123456Z");
        String token = new SyncCursor(at, "42").encode();
        ChangeQuery q = ChangeQuery.of("2020-01-01T00:00:00Z", token, null, null, null);
        assertEquals("(updatedAt > :syncAt or (updatedAt = :syncAt and id > :syncKey)) and updatedAt < :syncHorizon",
                q.where("updatedAt", "id"));
        Parameters p = q.bind(new Parameters(), HORIZON, ChangeQuery::longKey);
        assertEquals(at, p.map().get("syncAt"), "the cursor wins over updatedAfter and keeps microseconds");
        assertEquals(42L, p.map().get("syncKey"));
        assertEquals(50, q.size());
        assertTrue(q.sort("updatedAt", "id").getColumns().size() == 2);
    }

    @Test
    void aCursorRoundTripsThroughItsToken() {
        SyncCursor c = new SyncCursor(Instant.parse("1999-12-31T23:59:59.999999Z"), "tongliang-14th");
        assertEquals(c, SyncCursor.decode("after", c.encode()));
        assertEquals(SyncCursor.afterTime(Instant.EPOCH), SyncCursor.decode("after", SyncCursor.afterTime(Instant.EPOCH).encode()));
    }

    @Test
    void malformedOrConflictingParametersAreRefusedNamingTheParameter() {
        assertEquals("updatedAfter", field(() -> ChangeQuery.of("yesterday", null, null, null, null)));
        assertEquals("updatedAfter", field(() -> ChangeQuery.of("2026-03-01T08:00:00", null, null, null, null)));
        assertEquals("after", field(() -> ChangeQuery.of(null, "not-a-cursor", null, null, null)));
        assertEquals("after", field(() -> ChangeQuery.of(null, "YWJj", null, null, null)));
        assertEquals("page", field(() -> ChangeQuery.of("2026-03-01T08:00:00Z", null, "1", null, null)));
        assertEquals("sort", field(() -> ChangeQuery.of(null, SyncCursor.afterTime(Instant.EPOCH).encode(), null, null, "code")));
        assertEquals("size", field(() -> ChangeQuery.of("2026-03-01T08:00:00Z", null, null, "501", null)));
        assertEquals("since", field(() -> ChangeQuery.of("since", "soon", null, null, null, null)));
        ChangeQuery q = ChangeQuery.of(null, new SyncCursor(Instant.EPOCH, "abc").encode(), null, null, null);
        assertEquals("after", field(() -> q.bind(new Parameters(), HORIZON, ChangeQuery::longKey)));
    }
}
