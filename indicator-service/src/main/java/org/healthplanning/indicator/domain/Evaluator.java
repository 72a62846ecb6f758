package org.healthplanning.indicator.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The evaluation rules of DOMAIN.md §1: effective comparator, achievement, the linear trajectory,
 * progress and the resulting status. Pure functions; callers supply the row's numbers.
 */
public final class Evaluator {
    static final BigDecimal EPSILON = new BigDecimal("1e-9");
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Evaluator() {
    }

    /** A row's numbers, as the evaluation needs them. */
    public record Target(BigDecimal baseline, Integer baselineYear, String comparator, BigDecimal target,
                         Integer targetYear, Direction direction) {
    }

    /**
     * status, expected (4 decimals), progressPercent (2 decimals, unclipped), the comparator applied, why a
     * row is NOT_EVALUABLE, and whether the value moved the wrong way from the baseline.
     */
    public record Outcome(EvaluationStatus status, BigDecimal expected, BigDecimal progressPercent, String effectiveComparator,
                          NotEvaluableReason reason, boolean worseThanBaseline) {
        Outcome(EvaluationStatus status, BigDecimal expected, BigDecimal progressPercent, String effectiveComparator) {
            this(status, expected, progressPercent, effectiveComparator, null, false);
        }
    }

    /**
     * A bare-number target ({@code =}) means "at least" for an upward indicator, "at most" for a
     * downward one and "equal" for a neutral or unknown one; other comparators stand as printed.
     */
    public static String effectiveComparator(String comparator, Direction direction) {
        if (!"=".equals(comparator) || direction == null) {
            return comparator;
        }
        return switch (direction) {
            case INCREASE -> ">=";
            case DECREASE -> "<=";
            case NEUTRAL -> "=";
        };
    }

    /** Whether {@code actual} satisfies {@code comparator target}; {@code =} within 1e-9. */
    public static boolean satisfies(BigDecimal actual, String comparator, BigDecimal target) {
        if (actual == null || target == null || comparator == null) {
            return false;
        }
        BigDecimal diff = actual.subtract(target);
        return switch (comparator) {
            case ">=" -> diff.compareTo(EPSILON.negate()) >= 0;
            case "<=" -> diff.compareTo(EPSILON) <= 0;
            case ">" -> diff.signum() > 0;
            case "<" -> diff.signum() < 0;
            case "=" -> diff.abs().compareTo(EPSILON) <= 0;
            default -> false;
        };
    }

    /** Whether a target can be evaluated at all: a comparator with a number. */
    public static boolean isNumeric(String comparator, BigDecimal target) {
        return comparator != null && !RawValues.QUALITATIVE.equals(comparator) && target != null;
    }

    /** baseline + (target − baseline) × (year − baselineYear) / (targetYear − baselineYear), unrounded. */
    public static BigDecimal trajectory(Target t, int year) {
        if (t.baseline() == null || t.target() == null || t.baselineYear() == null || t.targetYear() == null
                || t.targetYear().equals(t.baselineYear())) {
            return null;
        }
        BigDecimal span = BigDecimal.valueOf((long) t.targetYear() - t.baselineYear());
        BigDecimal elapsed = BigDecimal.valueOf((long) year - t.baselineYear());
        return t.baseline().add(t.target().subtract(t.baseline()).multiply(elapsed).divide(span, MC));
    }

    /** (actual − baseline) / (target − baseline) × 100, half-up to 2 decimals; null where undefined. */
    public static BigDecimal progressPercent(BigDecimal actual, BigDecimal baseline, BigDecimal target) {
        if (actual == null || baseline == null || target == null || target.compareTo(baseline) == 0) {
            return null;
        }
        return actual.subtract(baseline).multiply(HUNDRED).divide(target.subtract(baseline), MC)
                .setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The status of a row for a year: ACHIEVED when the value satisfies the effective comparator (a value
     * equal to a bare-number target always does); else ON_TRACK or BEHIND against the trajectory; without
     * a trajectory BEHIND once the target year has come, else NOT_EVALUABLE with its reason. Progress is
     * left out where the target lies behind the baseline (met before the plan began).
     */
    public static Outcome evaluate(Target t, Integer year, BigDecimal actual) {
        String effective = effectiveComparator(t.comparator(), t.direction());
        if (!isNumeric(t.comparator(), t.target())) {
            NotEvaluableReason why = RawValues.QUALITATIVE.equals(t.comparator()) ? NotEvaluableReason.QUALITATIVE_TARGET
                    : NotEvaluableReason.NO_TARGET_VALUE;
            return new Outcome(EvaluationStatus.NOT_EVALUABLE, null, null, effective, why, false);
        }
        BigDecimal exact = year == null ? null : trajectory(t, year);
        BigDecimal expected = exact == null ? null : exact.setScale(4, RoundingMode.HALF_UP);
        if (actual == null) {
            return new Outcome(EvaluationStatus.NO_DATA, expected, null, effective);
        }
        int sense = sense(t);
        boolean targetBehindBaseline = t.baseline() != null && sense * t.target().compareTo(t.baseline()) < 0;
        boolean worse = t.baseline() != null && sense * actual.compareTo(t.baseline()) < 0;
        BigDecimal progress = targetBehindBaseline ? null : progressPercent(actual, t.baseline(), t.target());
        if (satisfies(actual, effective, t.target())) {
            return new Outcome(EvaluationStatus.ACHIEVED, expected, progress, effective, null, worse);
        }
        if (exact == null) {
            if (sense == 0) {
                return new Outcome(EvaluationStatus.NOT_EVALUABLE, null, progress, effective, NotEvaluableReason.DIRECTION_UNKNOWN, worse);
            }
            if (year != null && t.targetYear() != null && year >= t.targetYear()) {
                return new Outcome(EvaluationStatus.BEHIND, null, progress, effective, null, worse);
            }
            return new Outcome(EvaluationStatus.NOT_EVALUABLE, null, progress, effective, NotEvaluableReason.NO_BASELINE, worse);
        }
        boolean onTrack = sense != 0 && actual.subtract(exact).signum() * sense >= 0
                || sense != 0 && actual.subtract(exact).abs().compareTo(EPSILON) <= 0;
        return new Outcome(onTrack ? EvaluationStatus.ON_TRACK : EvaluationStatus.BEHIND, expected, progress, effective, null, worse);
    }

    /** +1 when higher is better, -1 when lower is better, 0 when neither can be told. */
    static int sense(Target t) {
        if (t.direction() == Direction.INCREASE) {
            return 1;
        }
        if (t.direction() == Direction.DECREASE) {
            return -1;
        }
        if (t.baseline() == null || t.target() == null) {
            return 0;
        }
        return t.target().compareTo(t.baseline());
    }
}
