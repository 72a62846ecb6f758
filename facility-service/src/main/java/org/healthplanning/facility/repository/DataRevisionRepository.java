package org.healthplanning.facility.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The one-row counter {@code data_revision}: every write that can change ratios or gaps increments it in
 * its own transaction, so a reader that sees the same revision sees the same data.
 */
@ApplicationScoped
public class DataRevisionRepository {
    @Inject
    EntityManager em;
    @Inject
    AgroalDataSource dataSource;

    /** The committed revision (one primary-key read, without the ORM). */
    public long current() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select revision from data_revision");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("data_revision has no row");
            }
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the data revision", e);
        }
    }

    /** Increments the revision in the current transaction; it becomes visible when the write commits. */
    public void bump() {
        em.createNativeQuery("update data_revision set revision = revision + 1").executeUpdate();
    }
}
