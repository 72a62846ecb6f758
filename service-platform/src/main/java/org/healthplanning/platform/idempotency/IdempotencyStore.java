package org.healthplanning.platform.idempotency;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code idempotency_key} table of the service's own database. Each method runs in a transaction of
 * its own, committed before it returns: the claim of a key must be visible to a concurrent duplicate
 * before the write starts, and the answer must be kept whatever the write's transaction did.
 */
@ApplicationScoped
public class IdempotencyStore {
    /** How often, at most, one instance deletes expired rows (lazily, while claiming a key). */
    static final Duration CLEANUP_INTERVAL = Duration.ofMinutes(1);
    /** Rows deleted by one cleanup; the rest go at the next one. */
    static final int CLEANUP_BATCH = 1000;

    /** What a claim found. */
    public sealed interface Claim permits Claimed, InProgress, Mismatch, Finished, Unknown {
    }

    /** The key was free: this request runs, as row {@code id}. */
    public record Claimed(long id) implements Claim {
    }

    /** A request with this key is still running. */
    public record InProgress() implements Claim {
    }

    /** The key was used for another request (method, path or body differ): what it was used for. */
    public record Mismatch(String method, String path, boolean sameTarget) implements Claim {
    }

    /** The request with this key has finished: its answer. */
    public record Finished(StoredAnswer answer) implements Claim {
    }

    /** The request with this key was carried out but its answer was never stored (the service stopped in between). */
    public record Unknown() implements Claim {
    }

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "healthplan.idempotency.expiry", defaultValue = "24h")
    Duration expiry;

    @ConfigProperty(name = "healthplan.idempotency.abandoned-after", defaultValue = "5m")
    Duration abandonedAfter;

    private final AtomicLong nextCleanup = new AtomicLong();

    public Duration expiry() {
        return expiry;
    }

    /**
     * Claims {@code key} for this request, or says why not. An expired row no longer holds its key; nor does
     * one left in progress for longer than {@code healthplan.idempotency.abandoned-after} whose write never
     * committed (its request ended without an answer, e.g. the service stopped: running it again writes
     * nothing twice).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Claim claim(String subject, String key, String method, String path, String requestHash) {
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection()) {
            cleanUpIfDue(c, now);
            try (PreparedStatement s = c.prepareStatement("""
                    delete from idempotency_key where subject = ? and key = ?
                      and (created_at < ? or (completed_at is null and committed_at is null and created_at < ?))""")) {
                s.setString(1, subject);
                s.setString(2, key);
                s.setObject(3, at(now.minus(expiry)));
                s.setObject(4, at(now.minus(abandonedAfter)));
                s.executeUpdate();
            }
            // a row that held the key may be deleted (a 5xx answer) between the insert and the read: then try again
            for (int attempt = 0; attempt < 3; attempt++) {
                try (PreparedStatement s = c.prepareStatement("""
                        insert into idempotency_key (subject, key, method, path, request_hash, created_at)
                        values (?, ?, ?, ?, ?, ?) on conflict (subject, key) do nothing returning id""")) {
                    s.setString(1, subject);
                    s.setString(2, key);
                    s.setString(3, method);
                    s.setString(4, path);
                    s.setString(5, requestHash);
                    s.setObject(6, at(now));
                    try (ResultSet rs = s.executeQuery()) {
                        if (rs.next()) {
                            return new Claimed(rs.getLong(1));
                        }
                    }
                }
                Claim held = held(c, subject, key, method, path, requestHash, now);
                if (held != null) {
                    return held;
                }
            }
            return new InProgress();
        } catch (SQLException e) {
            throw new IllegalStateException("Idempotency key could not be claimed: " + e.getMessage(), e);
        }
    }

    /** What the row holding the key says about this request, or null when there is no such row (any more). */
    private Claim held(Connection c, String subject, String key, String method, String path, String requestHash, Instant now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                select method, path, request_hash, completed_at, committed_at, created_at, status, headers::text, body
                from idempotency_key where subject = ? and key = ?""")) {
            s.setString(1, subject);
            s.setString(2, key);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                String firstMethod = rs.getString(1);
                String firstPath = rs.getString(2);
                boolean sameTarget = firstMethod.equals(method) && firstPath.equals(path);
                if (!sameTarget || !rs.getString(3).equals(requestHash)) {
                    return new Mismatch(firstMethod, firstPath, sameTarget);
                }
                if (rs.getObject(4) == null) {
                    boolean abandoned = rs.getObject(6, OffsetDateTime.class).toInstant().isBefore(now.minus(abandonedAfter));
                    return abandoned && rs.getObject(5) != null ? new Unknown() : new InProgress();
                }
                return new Finished(new StoredAnswer(rs.getInt(7), StoredAnswer.headers(rs.getString(8)), rs.getBytes(9)));
            }
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Stores the answer of the request that holds row {@code id}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(long id, StoredAnswer answer) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     update idempotency_key set status = ?, headers = ?::jsonb, body = ?, completed_at = ? where id = ?""")) {
            s.setInt(1, answer.status());
            s.setString(2, answer.headersJson());
            s.setBytes(3, answer.body());
            s.setObject(4, at(Instant.now()));
            s.setLong(5, id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Idempotency key could not be completed: " + e.getMessage(), e);
        }
    }

    /**
     * Frees the key of a request that failed (5xx) so that a retry runs again, unless one of its transactions
     * committed: then the answer is stored like any other (returns false), so that nothing is written twice.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean release(long id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("delete from idempotency_key where id = ? and committed_at is null")) {
            s.setLong(1, id);
            return s.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Idempotency key could not be released: " + e.getMessage(), e);
        }
    }

    /**
     * Marks row {@code id} in the transaction that is about to commit on this thread (the request's write):
     * the mark is kept exactly when the write is.
     */
    void markCommitting(long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("update idempotency_key set committed_at = ? where id = ? and committed_at is null")) {
            s.setObject(1, at(Instant.now()));
            s.setLong(2, id);
            s.executeUpdate();
        }
    }

    /** Deletes a batch of expired rows, at most once per {@link #CLEANUP_INTERVAL} on this instance. */
    private void cleanUpIfDue(Connection c, Instant now) throws SQLException {
        long due = nextCleanup.get();
        if (now.toEpochMilli() < due || !nextCleanup.compareAndSet(due, now.plus(CLEANUP_INTERVAL).toEpochMilli())) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("""
                delete from idempotency_key where id in (select id from idempotency_key where created_at < ? order by created_at limit ?)""")) {
            s.setObject(1, at(now.minus(expiry)));
            s.setInt(2, CLEANUP_BATCH);
            s.executeUpdate();
        }
    }
}
