package com.adaptive.core.regime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule table on hand-picked inputs around each default threshold. */
class RegimeRuleTest {
    @ParameterizedTest(name = "slope {0}, atr pct {1}, vol ratio {2}, drift_z {3} -> {4}")
    @CsvSource({
            "NaN, 0.5, 1.0, 0.0, WARMUP",
            "1.0, NaN, 1.0, 0.0, WARMUP",
            "1.0, 0.5, 1.0, NaN, WARMUP",
            "Infinity, 0.5, 1.0, 0.0, WARMUP",
            "0.0, 0.10, 2.0, 0.0, HIGH_VOL_SPIKE",
            "9.0, 0.10, 2.5, 5.0, HIGH_VOL_SPIKE",
            "0.0, 0.98, 1.6, 3.0, HIGH_VOL_ATR",
            "0.0, 0.50, 1.6, -1.59, HIGH_VOL_NO_DRIFT",
            "5.0, 0.50, 1.6, 1.6, TREND_SLOPE",
            "0.0, 0.99, 0.75, 0.0, VOL_FADING",
            "0.0, 0.99, 1.59, 0.0, VOL_RISING",
            "3.0, 0.50, 1.3, 0.2, VOL_RISING",
            "3.0, 0.50, 1.29, 0.2, RANGE_FLAT",
            "1.0, 0.50, 1.0, 0.9, TREND_SLOPE",
            "-1.0, 0.50, 1.0, -0.9, TREND_SLOPE",
            "1.0, 0.50, 1.0, 0.85, SLOPE_DEAD_BAND",
            "1.0, 0.50, 1.0, 0.8, RANGE_FLAT",
            "0.4, 0.50, 1.0, 2.0, RANGE_FLAT",
            "1.0, 0.50, 0.6, 1.05, RANGE_FLAT",
            "1.0, 0.50, 1.2, 0.8, TREND_SLOPE",
    })
    void defaultThresholdsPickTheDocumentedRule(double slope, double pct, double ratio, double driftZ, String expected) {
        // drift score = |drift_z| + 0.75 (vol_ratio - 1); trend from 0.9 with |slope| >= 0.5, range at or below 0.8
        assertThat(RegimeRule.pick(slope, pct, ratio, driftZ, RegimeConfig.DEFAULTS)).isEqualTo(RegimeRule.valueOf(expected));
    }

    @ParameterizedTest(name = "slope {0}, vol ratio {1}, drift_z {2}, reversal z {3}, fast vol ratio {4} -> {5}")
    @CsvSource({
            "2.0, 1.0, 1.5, -1.01, 1.0, TREND_REVERSING",
            "-2.0, 1.0, -1.5, 1.01, 1.0, TREND_REVERSING",
            "2.0, 1.0, 1.5, -1.0, 1.0, TREND_SLOPE",
            "2.0, 1.0, 1.5, 3.0, 1.0, TREND_SLOPE",
            "2.0, 1.0, 1.5, NaN, 1.0, TREND_SLOPE",
            "2.0, 1.0, 1.5, 0.0, 5.0, TREND_SLOPE",
            "2.0, 1.0, 0.2, 0.0, 1.6, VOL_RISING",
            "2.0, 1.0, 0.2, 0.0, 1.59, RANGE_FLAT",
            "2.0, 1.0, 0.2, 0.0, NaN, RANGE_FLAT",
    })
    void theReversalAndFastVolatilityChecksFireAtTheirDefaults(double slope, double ratio, double driftZ, double reversalZ,
                                                               double fastVolRatio, String expected) {
        // a trend whose last 60 bars ran more than 1.0 z against it is reported as TRANSITION; so is a non-trend whose
        // last 15 bars' rms return is at least 1.6 times the last 240 bars'
        assertThat(RegimeRule.pick(slope, 0.5, ratio, driftZ, reversalZ, fastVolRatio, RegimeConfig.DEFAULTS))
                .isEqualTo(RegimeRule.valueOf(expected));
    }

    @ParameterizedTest(name = "{0} reports {1}")
    @CsvSource({"WARMUP, TRANSITION", "HIGH_VOL_ATR, HIGH_VOLATILITY", "HIGH_VOL_SPIKE, HIGH_VOLATILITY", "VOL_FADING, TRANSITION",
            "TREND_SLOPE, TRENDING", "RANGE_FLAT, RANGING", "SLOPE_DEAD_BAND, TRANSITION", "UNCONFIRMED, TRANSITION",
            "HIGH_VOL_NO_DRIFT, HIGH_VOLATILITY", "VOL_RISING, TRANSITION", "HOLD_TREND, TRENDING", "HOLD_RANGE, RANGING",
            "TREND_REVERSING, TRANSITION"})
    void eachRuleReportsItsRegime(RegimeRule rule, Regime regime) {
        assertThat(rule.regime()).isEqualTo(regime);
    }
}
