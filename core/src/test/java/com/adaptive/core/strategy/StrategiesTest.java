package com.adaptive.core.strategy;

import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.regime.Regime;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrategiesTest {

    /** Closes 100 for 30 bars, then a jump to 110 on bar 30 with 10x volume: every indicator is warm by then. */
    private static BarSeries flatThenJump() {
        int n = 32;
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 1_679_011_200_000L + i * 60_000L; // from 2023-03-17T00:00Z, one UTC session
            double close = i < 30 ? 100 + (i % 2) * 0.5 : 110;
            c[i] = close;
            o[i] = i == 0 ? close : c[i - 1];
            h[i] = Math.max(o[i], close) + 0.25;
            l[i] = Math.min(o[i], close) - 0.25;
            v[i] = i == 30 ? 10 : 1;
        }
        return BarSeries.of(t, o, h, l, c, v);
    }

    @Test
    void s3EntersOnACloseAboveThePreviousChannelWithVolumeConfirmation() {
        BarSeries bars = flatThenJump();
        Strategy s3 = Strategies.create("s3", StrategyParams.of(Map.of("donchian", 10.0, "vol_sma", 10.0, "atr", 5.0)));
        SignalSource signals = s3.bind(bars, IndicatorCache.of(bars));
        Intent out = new Intent();

        signals.onBarClose(29, 0, -1, out);
        assertThat(out.action()).isEqualTo(Intent.NONE);
        signals.onBarClose(30, 0, -1, out);
        assertThat(out.action()).isEqualTo(Intent.ENTER);
        assertThat(out.sideSign()).isEqualTo(1);
        assertThat(out.stopLossDistance()).isPositive();
    }

    @Test
    void catalogRejectsAnUnknownIdAndWrongParameters() {
        assertThatThrownBy(() -> Strategies.create("S4", StrategyParams.empty()))
                .hasMessage("unknown strategy 'S4': expected one of [S1, S2, S3]");
        assertThatThrownBy(() -> Strategies.create("S1", StrategyParams.parse(Map.of("fast", "50", "slow", "20"))))
                .hasMessage("parameter fast must be below slow, were: 50, 20");
        assertThatThrownBy(() -> Strategies.create("S2", StrategyParams.parse(Map.of("bb", "x"))))
                .hasMessage("parameter bb: 'x' is not a number");
        assertThatThrownBy(() -> Strategies.create("S1", StrategyParams.parse(Map.of("fast", "2.5"))))
                .hasMessage("parameter fast must be a whole number at least 1, was: 2.5");
    }

    @Test
    void eachStrategyDeclaresItsDefaultRegimes() {
        assertThat(Strategies.create("S1", StrategyParams.empty()).defaultAllowedRegimes()).containsExactly(Regime.TRENDING);
        assertThat(Strategies.create("S2", StrategyParams.empty()).defaultAllowedRegimes()).containsExactly(Regime.RANGING);
        assertThat(Strategies.create("S3", StrategyParams.empty()).defaultAllowedRegimes())
                .containsExactlyInAnyOrder(Regime.TRENDING, Regime.TRANSITION);
    }

    @Test
    void warmUpCoversTheSlowestIndicator() {
        assertThat(Strategies.create("S1", StrategyParams.empty()).warmupBars()).isEqualTo(49);
        assertThat(Strategies.create("S1", StrategyParams.parse(java.util.Map.of("slow", "10", "fast", "5"))).warmupBars()).isEqualTo(14);
        assertThat(Strategies.create("S1", StrategyParams.parse(java.util.Map.of("slow", "10", "fast", "5", "tp_pct", "2", "sl_pct", "1"))).warmupBars()).isEqualTo(9);
        assertThat(Strategies.create("S2", StrategyParams.empty()).warmupBars()).isEqualTo(19);
        assertThat(Strategies.create("S3", StrategyParams.empty()).warmupBars()).isEqualTo(20);
    }
}
