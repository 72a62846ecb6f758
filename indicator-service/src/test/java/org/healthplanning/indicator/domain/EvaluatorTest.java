package org.healthplanning.indicator.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The evaluation rules of DOMAIN.md §1, one row per case: every status, every reason, the edges. */
class EvaluatorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                          | base  | bYear | cmp         | target | tYear | direction | year | actual       | status        | reason             | worse | progress
            life expectancy behind the trajectory           | 78.47 | 2020  | =           | 79.3   | 2025  | INCREASE  | 2023 | 78.9         | BEHIND        | -                  | false | 51.81
            life expectancy on the trajectory               | 78.47 | 2020  | =           | 79.3   | 2025  | INCREASE  | 2023 | 79.0         | ON_TRACK      | -                  | false | 63.86
            life expectancy at the target                   | 78.47 | 2020  | =           | 79.3   | 2025  | INCREASE  | 2023 | 79.3         | ACHIEVED      | -                  | false | 100.00
            life expectancy below its baseline              | 78.47 | 2020  | =           | 79.3   | 2025  | INCREASE  | 2023 | 78.0         | BEHIND        | -                  | true  | -56.63
            length of stay 7.8 days reported as 7.8         | -     | -     | =           | 7.8    | 2025  | DECREASE  | 2023 | 7.8          | ACHIEVED      | -                  | false | -
            100 % with no baseline and no direction         | -     | -     | =           | 100    | 2025  | -         | 2023 | 100          | ACHIEVED      | -                  | false | -
            decreasing, no baseline, above target           | -     | -     | =           | 7.8    | 2025  | DECREASE  | 2023 | 8.2          | NOT_EVALUABLE | NO_BASELINE        | false | -
            decreasing, no baseline, above target at 2025   | -     | -     | =           | 7.8    | 2025  | DECREASE  | 2025 | 8.2          | BEHIND        | -                  | false | -
            increasing, no baseline, below a >= target      | -     | -     | >=          | 95     | 2025  | INCREASE  | 2023 | 90           | NOT_EVALUABLE | NO_BASELINE        | false | -
            no baseline, no direction, not the target       | -     | -     | =           | 100    | 2025  | -         | 2023 | 95           | NOT_EVALUABLE | DIRECTION_UNKNOWN  | false | -
            maternal mortality met at baseline, got worse   | 8     | 2020  | <=          | 10     | 2025  | DECREASE  | 2023 | 9.5          | ACHIEVED      | -                  | true  | -
            maternal mortality met at baseline, better      | 8     | 2020  | <=          | 10     | 2025  | DECREASE  | 2023 | 7            | ACHIEVED      | -                  | false | -
            a target in words                               | 3.2   | 2020  | qualitative | -      | 2025  | INCREASE  | 2023 | 3.5          | NOT_EVALUABLE | QUALITATIVE_TARGET | false | -
            a target without a number                       | 3.2   | 2020  | -           | -      | 2025  | INCREASE  | 2023 | 3.5          | NOT_EVALUABLE | NO_TARGET_VALUE    | false | -
            a target in words without a value               | 3.2   | 2020  | qualitative | -      | 2025  | INCREASE  | 2023 | -            | NOT_EVALUABLE | QUALITATIVE_TARGET | false | -
            no value for the year                           | 78.47 | 2020  | =           | 79.3   | 2025  | INCREASE  | 2023 | -            | NO_DATA       | -                  | false | -
            strict < met only below the target              | 12    | 2020  | <           | 10     | 2025  | DECREASE  | 2023 | 10           | ON_TRACK      | -                  | false | 100.00
            strict < below the target                       | 12    | 2020  | <           | 10     | 2025  | DECREASE  | 2023 | 9.99         | ACHIEVED      | -                  | false | 100.50
            equal within 1e-9 for a neutral indicator       | 5     | 2020  | =           | 5      | 2025  | NEUTRAL   | 2023 | 5.0000000001 | ACHIEVED      | -                  | false | -
            just outside 1e-9 is no longer equal            | 5     | 2020  | =           | 5      | 2025  | NEUTRAL   | 2023 | 5.000000002  | BEHIND        | -                  | false | -
            progress rounds half-up to 2 decimals (1/3)     | 0     | 2020  | >=          | 3      | 2025  | INCREASE  | 2021 | 1            | ON_TRACK      | -                  | false | 33.33
            progress rounds half-up to 2 decimals (2/3)     | 0     | 2020  | >=          | 3      | 2025  | INCREASE  | 2021 | 2            | ON_TRACK      | -                  | false | 66.67
            progress at an exact half rounds up (0.005)     | 0     | 2020  | >=          | 8      | 2025  | INCREASE  | 2021 | 0.0004       | BEHIND        | -                  | false | 0.01
            progress 0.125 % rounds up to 0.13              | 0     | 2020  | >=          | 8      | 2025  | INCREASE  | 2021 | 0.01         | BEHIND        | -                  | false | 0.13
            """)
    void evaluate(String name, BigDecimal baseline, Integer baselineYear, String comparator, BigDecimal target, Integer targetYear,
                  Direction direction, Integer year, BigDecimal actual, EvaluationStatus status, NotEvaluableReason reason,
                  boolean worse, BigDecimal progress) {
        Evaluator.Outcome o = Evaluator.evaluate(new Evaluator.Target(baseline, baselineYear, comparator, target, targetYear, direction),
                year, actual);
        assertEquals(status, o.status(), name + ": status");
        assertEquals(reason, o.reason(), name + ": reason");
        assertEquals(worse, o.worseThanBaseline(), name + ": worseThanBaseline");
        assertEquals(progress, o.progressPercent(), name + ": progressPercent");
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # year | actual   | expected (4 decimals, half-up)
            2020   | 78.47    | 78.4700
            2021   | 78.6     | 78.6360
            2023   | 78.9     | 78.9680
            2025   | 79.3     | 79.3000
            """)
    void expectedIsTheLinearTrajectoryToFourDecimals(int year, BigDecimal actual, String expected) {
        Evaluator.Outcome o = Evaluator.evaluate(new Evaluator.Target(new BigDecimal("78.47"), 2020, "=", new BigDecimal("79.3"), 2025,
                Direction.INCREASE), year, actual);
        assertEquals(expected, o.expected().toPlainString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # name                             | catalogue | base  | cmp         | target | direction | source
            人均预期寿命                         | INCREASE  | 78.47 | =           | 79.3   | INCREASE  | CATALOGUE
            a catalogue direction wins          | DECREASE  | 1     | >=          | 2      | DECREASE  | CATALOGUE
            某指标                               | -         | -     | >=          | 95     | INCREASE  | COMPARATOR
            某指标                               | -         | -     | <           | 20     | DECREASE  | COMPARATOR
            二级医院平均住院日                    | -         | -     | =           | 7.8    | DECREASE  | NAME_RULE
            15岁以上人群吸烟率                    | -         | -     | =           | 20     | DECREASE  | NAME_RULE
            居民超重肥胖增长率                    | -         | -     | qualitative | -      | DECREASE  | NAME_RULE
            法定传染病报告发病率                  | -         | 300   | =           | 280    | DECREASE  | NAME_RULE
            高血压患者规范管理率                  | -         | -     | =           | 70     | INCREASE  | NAME_RULE
            管理人群死亡率                        | -         | -     | =           | 1      | DECREASE  | NAME_RULE
            设置感染性疾病科的医院比例              | -         | 80    | =           | 100    | INCREASE  | BASELINE_TO_TARGET
            设置感染性疾病科的医院比例              | -         | -     | =           | 100    | -         | UNKNOWN
            某比例                               | -         | 5     | =           | 5      | -         | UNKNOWN
            """)
    void directionComesFromTheFirstSourceThatTellsIt(String name, Direction catalogue, BigDecimal baseline, String comparator,
                                                    BigDecimal target, Direction direction, DirectionSource source) {
        DirectionRules.Directed d = DirectionRules.of(catalogue, name, baseline, comparator, target);
        assertEquals(direction, d.direction(), name);
        assertEquals(source, d.source(), name);
    }
}
