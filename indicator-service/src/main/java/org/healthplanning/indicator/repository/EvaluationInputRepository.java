package org.healthplanning.indicator.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.healthplanning.indicator.domain.Nature;
import org.healthplanning.indicator.domain.PlanIndicator;

/**
 * What an evaluation reads, in one query: the plan's rows in table order, each with the value
 * that counts for the year (the latest at or before it, or exactly it), and the year itself
 * (the requested one, else the latest with any value of the plan). With {@code approvedOnly} only
 * APPROVED values count, for both.
 */
@ApplicationScoped
public class EvaluationInputRepository {
    private static final String SQL = """
            with y as (select coalesce(?, (select max(v.year) from monitoring_value v
                                           join plan_indicator pi on pi.id = v.indicator_id
                                          where pi.plan_id = ? and (not ? or v.approval_state = 'APPROVED'))) as year)
            select y.year, i.id, i.position, i.seq, i.name, i.sub_item, i.nature, i.definition_code,
                   i.baseline_year, i.baseline_raw, i.baseline_value, i.target_year, i.target_raw, i.target_comparator,
                   i.target_value, a.year, a.value, a.approval_state
              from y cross join plan_indicator i
              left join lateral (select v.year, v.value, v.approval_state from monitoring_value v
                                  where v.indicator_id = i.id and v.year <= y.year and (not ? or v.year = y.year)
                                    and (not ? or v.approval_state = 'APPROVED')
                                  order by v.year desc limit 1) a on true
             where i.plan_id = ?
             order by i.position, i.id""";

    /** One row and its value for the year (null when none counts). */
    public record Input(PlanIndicator row, Integer actualYear, BigDecimal actualValue, String approvalState) {
    }

    /** The evaluated year (null when the plan has no value at all and none was asked) and the rows. */
    public record Inputs(Integer year, List<Input> rows) {
    }

    @Inject
    AgroalDataSource dataSource;

    public Inputs read(long planId, Integer year, boolean exactYear, boolean approvedOnly) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SQL)) {
            if (year == null) {
                ps.setNull(1, Types.INTEGER);
            } else {
                ps.setInt(1, year);
            }
            ps.setLong(2, planId);
            ps.setBoolean(3, approvedOnly);
            ps.setBoolean(4, exactYear);
            ps.setBoolean(5, approvedOnly);
            ps.setLong(6, planId);
            List<Input> rows = new ArrayList<>();
            Integer evaluated = year;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    evaluated = (Integer) rs.getObject(1);
                    PlanIndicator r = new PlanIndicator();
                    r.id = rs.getLong(2);
                    r.planId = planId;
                    r.position = rs.getInt(3);
                    r.seq = rs.getString(4);
                    r.name = rs.getString(5);
                    r.subItem = rs.getString(6);
                    String nature = rs.getString(7);
                    r.nature = nature == null ? null : Nature.valueOf(nature);
                    r.definitionCode = rs.getString(8);
                    r.baselineYear = (Integer) rs.getObject(9);
                    r.baselineRaw = rs.getString(10);
                    r.baselineValue = rs.getBigDecimal(11);
                    r.targetYear = (Integer) rs.getObject(12);
                    r.targetRaw = rs.getString(13);
                    r.targetComparator = rs.getString(14);
                    r.targetValue = rs.getBigDecimal(15);
                    rows.add(new Input(r, (Integer) rs.getObject(16), rs.getBigDecimal(17), rs.getString(18)));
                }
            }
            return new Inputs(evaluated, rows);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the evaluation inputs of plan " + planId + " failed", e);
        }
    }
}
