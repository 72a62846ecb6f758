package org.healthplanning.gateway.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

/** The report's Chinese wording for the API's codes, and how its numbers are written. */
public final class ReportLabels {
    private ReportLabels() {
    }

    /** A resource ratio's name and unit as plans print them. */
    public record Metric(String name, String unit) {
    }

    private static final Map<String, Metric> METRICS = Map.ofEntries(
            Map.entry("bedsPer1000", new Metric("每千人口医疗卫生机构床位数", "张/千人")),
            Map.entry("licensedDoctorsPer1000", new Metric("每千人口执业（助理）医师数", "人/千人")),
            Map.entry("registeredNursesPer1000", new Metric("每千人口注册护士数", "人/千人")),
            Map.entry("pharmacistsPer1000", new Metric("每千人口药师（士）数", "人/千人")),
            Map.entry("tcmDoctorsPer1000", new Metric("每千人口中医类别执业（助理）医师数", "人/千人")),
            Map.entry("healthTechniciansPer1000", new Metric("每千人口卫生技术人员数", "人/千人")),
            Map.entry("gpsPer10000", new Metric("每万人口全科医生数", "人/万人")),
            Map.entry("publicHealthStaffPer10000", new Metric("每万人口专业公共卫生机构人员数", "人/万人")),
            Map.entry("ambulancesPer30000", new Metric("每3万人口救护车数", "辆/3万人")),
            Map.entry("childcareSlotsPer1000", new Metric("每千人口3岁以下婴幼儿托位数", "个/千人")),
            Map.entry("doctorNurseRatio", new Metric("医护比（1:x）", "护士/医师")),
            Map.entry("bedStaffRatio", new Metric("床人比（1:x）", "卫生人员/床")));

    public static Metric metric(String code) {
        Metric m = METRICS.get(code);
        return m != null ? m : new Metric(code, null);
    }

    public static String status(String status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case "ACHIEVED" -> "已达标";
            case "ON_TRACK" -> "符合进度";
            case "BEHIND" -> "滞后";
            case "NO_DATA" -> "无数据";
            case "NOT_EVALUABLE" -> "无法评估";
            default -> status;
        };
    }

    public static String notEvaluableReason(String reason) {
        if (reason == null) {
            return null;
        }
        return switch (reason) {
            case "QUALITATIVE_TARGET" -> "定性目标";
            case "NO_TARGET_VALUE" -> "目标无数值";
            case "NO_BASELINE" -> "缺少基线";
            case "DIRECTION_UNKNOWN" -> "方向不明";
            default -> reason;
        };
    }

    public static String nature(String nature) {
        if (nature == null) {
            return "";
        }
        return switch (nature) {
            case "BINDING" -> "约束性";
            case "EXPECTED" -> "预期性";
            default -> nature;
        };
    }

    public static String approval(String state) {
        if (state == null) {
            return "";
        }
        return switch (state) {
            case "DRAFT" -> "草稿";
            case "SUBMITTED" -> "已报送";
            case "APPROVED" -> "已审核";
            case "RETURNED" -> "已退回";
            default -> state;
        };
    }

    public static String valueStatus(String status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case "PROVISIONAL" -> "初步数";
            case "FINAL" -> "最终数";
            default -> status;
        };
    }

    public static String check(String code) {
        if (code == null) {
            return "";
        }
        return switch (code) {
            case "TARGET_MET_AT_BASELINE" -> "基线已达到目标";
            case "WEAKER_THAN_UPPER_TARGET" -> "目标低于上级规划目标";
            case "MISSING_BASELINE" -> "缺少基线值";
            case "DIRECTION_UNKNOWN" -> "指标方向不明";
            case "UNIT_DIFFERS_FROM_DEFINITION" -> "单位与指标定义不一致";
            case "BASELINE_DIFFERS_FROM_PREDECESSOR" -> "基线与上一期规划不一致";
            default -> code;
        };
    }

    public static String severity(String severity) {
        if (severity == null) {
            return "";
        }
        return switch (severity) {
            case "WARNING" -> "警告";
            case "INFO" -> "提示";
            default -> severity;
        };
    }

    public static String basis(String basis) {
        if (basis == null) {
            return "";
        }
        return switch (basis) {
            case "FACILITIES" -> "机构数据汇总";
            case "REPORTED" -> "统计年鉴总数";
            case "PUBLISHED" -> "规划或年鉴公布值";
            default -> basis;
        };
    }

    public static String scope(String scope) {
        if (scope == null) {
            return "";
        }
        return switch (scope) {
            case "NATIONAL" -> "国家";
            case "PROVINCIAL" -> "省级";
            case "CITY" -> "市级";
            case "PLAN" -> "本规划";
            default -> scope;
        };
    }

    /** What a backend's absence takes from the report. */
    public static String backend(String service) {
        return switch (service) {
            case "indicator-service" -> "指标服务（indicator-service）";
            case "project-service" -> "项目服务（project-service）";
            case "facility-service" -> "资源服务（facility-service）";
            default -> service;
        };
    }

    /** A comparator as printed: ≥, ≤, ＞, ＜; nothing for a bare number. */
    public static String comparator(String comparator) {
        if (comparator == null) {
            return "";
        }
        return switch (comparator) {
            case ">=" -> "≥";
            case "<=" -> "≤";
            case ">" -> "＞";
            case "<" -> "＜";
            default -> "";
        };
    }

    /** A figure with the digits it was given (78.470 stays 78.470); empty for none. */
    public static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    /** A computed figure (an expected value, kept to 4 decimals by the evaluation) without its trailing zeros: 3.45, 8. */
    public static String computed(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** An amount with thousands separators and the digits it was given: 421,068 / 179,799.5. */
    public static String amount(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setMinimumFractionDigits(Math.max(0, value.scale()));
        f.setMaximumFractionDigits(Math.max(0, value.scale()));
        return f.format(value);
    }

    /** An amount rounded to whole units with thousands separators, for a chart's labels. */
    public static String roundAmount(double value) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
