package org.healthplanning.indicator.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The revisions of plans and of the definition catalogue (migration V4): changed by triggers in
 * the transaction of every write an evaluation depends on. Plain JDBC, so that checking a cached
 * result costs one indexed query and no persistence context.
 */
@ApplicationScoped
public class RevisionRepository {
    @Inject
    AgroalDataSource dataSource;

    /** What a cached evaluation depends on: the plan (by id, as its code can be reused) and both revisions. */
    public record PlanStamp(long planId, String code, Integer baselineYear, Integer targetYear, long revision,
                            long catalogueRevision) {
        /** An entity tag for results computed from exactly this state. */
        public String tag() {
            return planId + "." + revision + "." + catalogueRevision;
        }
    }

    public Optional<PlanStamp> planStamp(String code) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select p.id, p.code, p.baseline_year, p.target_year, p.revision, r.revision"
                     + " from plan p cross join catalogue_revision r where p.code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new PlanStamp(rs.getLong(1), rs.getString(2), (Integer) rs.getObject(3),
                        (Integer) rs.getObject(4), rs.getLong(5), rs.getLong(6)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the revision of plan " + code + " failed", e);
        }
    }

    public long catalogueRevision() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select revision from catalogue_revision where id = 1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the catalogue revision failed", e);
        }
    }
}
