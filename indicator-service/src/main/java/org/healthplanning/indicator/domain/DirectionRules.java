package org.healthplanning.indicator.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The direction of a row, from the first source that tells it: the catalogue, an explicit comparator,
 * a word of the name, baseline → target (DOMAIN.md §1, "Direction").
 */
public final class DirectionRules {
    /** Words naming something that should fall: death, incidence and prevalence rates, length of stay, risk factors. */
    static final List<String> DECREASING = List.of("死亡率", "病死率", "发病率", "患病率", "感染率", "住院日", "吸烟率",
            "超重", "肥胖", "近视率", "个人卫生支出占");
    /** Words naming something that should rise: coverage, management, survival, literacy, resources per head. */
    static final List<String> INCREASING = List.of("预期寿命", "覆盖率", "接种率", "管理率", "生存率", "达标率", "素养",
            "知晓率", "治疗率", "控制率", "筛查率", "每千人口", "每万人口");

    private DirectionRules() {
    }

    /** A direction and where it came from; {@code direction} is null when the source is UNKNOWN. */
    public record Directed(Direction direction, DirectionSource source) {
        public static final Directed UNKNOWN = new Directed(null, DirectionSource.UNKNOWN);
    }

    public static Directed of(Direction catalogue, String name, BigDecimal baseline, String comparator, BigDecimal target) {
        if (catalogue != null) {
            return new Directed(catalogue, DirectionSource.CATALOGUE);
        }
        if (comparator != null) {
            switch (comparator) {
                case ">=", ">" -> {
                    return new Directed(Direction.INCREASE, DirectionSource.COMPARATOR);
                }
                case "<=", "<" -> {
                    return new Directed(Direction.DECREASE, DirectionSource.COMPARATOR);
                }
                default -> { }
            }
        }
        Direction byName = byName(name);
        if (byName != null) {
            return new Directed(byName, DirectionSource.NAME_RULE);
        }
        if (baseline != null && target != null && target.compareTo(baseline) != 0) {
            return new Directed(target.compareTo(baseline) > 0 ? Direction.INCREASE : Direction.DECREASE,
                    DirectionSource.BASELINE_TO_TARGET);
        }
        return Directed.UNKNOWN;
    }

    /** The direction a word of the name tells (a falling word wins: 死亡率 in 管理人群死亡率), or null. */
    public static Direction byName(String name) {
        if (name == null) {
            return null;
        }
        if (DECREASING.stream().anyMatch(name::contains)) {
            return Direction.DECREASE;
        }
        return INCREASING.stream().anyMatch(name::contains) ? Direction.INCREASE : null;
    }
}
