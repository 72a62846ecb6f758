package org.healthplanning.platform.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/**
 * The instant before which the database's change times are final. A row's {@code updated_at} is the
 * start time of the transaction that wrote it ({@code now()} in the migrations' triggers), so a
 * transaction still open may yet commit rows stamped with its start. The horizon is the earliest
 * start of any other open transaction on this database, or the current time when there is none:
 * every row stamped before it is committed and visible, and no row stamped before it can appear later.
 * The services' database role sees its own sessions in {@code pg_stat_activity}, which is all that writes.
 */
@ApplicationScoped
public class ChangeHorizon {
    @Inject
    EntityManager em;

    public Instant now() {
        // one round trip: the FROM item drops this transaction's cached view of pg_stat_activity before it is read
        Number micros = (Number) em.createNativeQuery("select cast(extract(epoch from least(clock_timestamp(),"
                + " (select min(a.xact_start) from pg_stat_activity a where a.datname = current_database()"
                + " and a.pid <> pg_backend_pid() and a.backend_type = 'client backend' and a.xact_start is not null)))"
                + " * 1000000 as bigint) from (select pg_stat_clear_snapshot()) fresh").getSingleResult();
        long m = micros.longValue();
        return Instant.ofEpochSecond(Math.floorDiv(m, 1_000_000L), Math.floorMod(m, 1_000_000L) * 1_000L);
    }
}
