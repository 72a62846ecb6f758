package org.healthplanning.indicator.domain;

/** 指标性质: binding (约束性) targets are legal commitments, expected (预期性) ones are not. */
public enum Nature {
    BINDING("约束性"), EXPECTED("预期性");

    private final String chinese;

    Nature(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    /** Accepts BINDING / EXPECTED (any case) or the printed 约束性 / 预期性; null when it is neither. */
    public static Nature parse(String text) {
        String t = text.trim();
        for (Nature n : values()) {
            if (n.name().equalsIgnoreCase(t) || n.chinese.equals(t)) {
                return n;
            }
        }
        return null;
    }
}
