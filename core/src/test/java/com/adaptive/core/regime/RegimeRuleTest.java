package com.adaptive.core.regime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule table on hand-picked inputs around each default threshold. */
class RegimeRuleTest {
    @ParameterizedTest(name = "slope {0}, atr pct {1}, vol ratio {2} -> {3}")
    @CsvSource({
            "NaN, 0.5, 1.0, WARMUP",
            "1.0, NaN, 1.0, WARMUP",
            "Infinity, 0.5, 1.0, WARMUP",
            "0.0, 0.10, 2.0, HIGH_VOL_SPIKE",
            "9.0, 0.10, 2.5, HIGH_VOL_SPIKE",
            "0.0, 0.93, 1.5, HIGH_VOL_ATR",
            "0.0, 0.99, 1.49, RANGE_FLAT",
            "4.0, 0.99, 1.0, TREND_SLOPE",
            "0.0, 0.93, 0.75, VOL_FADING",
            "5.0, 0.92, 1.6, TREND_SLOPE",
            "-3.5, 0.50, 1.0, TREND_SLOPE",
            "3.49, 0.50, 1.0, SLOPE_DEAD_BAND",
            "-3.0, 0.50, 1.0, RANGE_FLAT",
            "0.0, 0.50, 0.2, RANGE_FLAT",
    })
    void defaultThresholdsPickTheDocumentedRule(double slope, double pct, double ratio, String expected) {
        // a high ATR percentile with a middling vol ratio is neither high volatility nor fading: the slope decides
        assertThat(RegimeRule.pick(slope, pct, ratio, RegimeConfig.DEFAULTS)).isEqualTo(RegimeRule.valueOf(expected));
    }

    @ParameterizedTest(name = "{0} reports {1}")
    @CsvSource({"WARMUP, TRANSITION", "HIGH_VOL_ATR, HIGH_VOLATILITY", "HIGH_VOL_SPIKE, HIGH_VOLATILITY", "VOL_FADING, TRANSITION",
            "TREND_SLOPE, TRENDING", "RANGE_FLAT, RANGING", "SLOPE_DEAD_BAND, TRANSITION", "UNCONFIRMED, TRANSITION"})
    void eachRuleReportsItsRegime(RegimeRule rule, Regime regime) {
        assertThat(rule.regime()).isEqualTo(regime);
    }
}
