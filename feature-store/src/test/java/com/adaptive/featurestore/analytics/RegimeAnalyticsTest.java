package com.adaptive.featurestore.analytics;

import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.regime.Regime;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Hand-computed figures on a tiny scripted history: 12 decisions T T T R R T T T T H H X over a steady 0.1 %/minute rise. */
class RegimeAnalyticsTest {
    private static final long T0 = Instant.parse("2024-03-01T00:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000L;
    private static final int BARS = 1_500;

    private static RegimeAnalysis analysis() {
        long[] t = new long[BARS];
        double[] c = new double[BARS];
        for (int i = 0; i < BARS; i++) {
            t[i] = T0 + i * MINUTE;
            c[i] = 100 * Math.exp(0.001 * i);
        }
        double[] o = new double[BARS], h = new double[BARS], l = new double[BARS], v = new double[BARS];
        for (int i = 0; i < BARS; i++) {
            o[i] = i == 0 ? c[0] : c[i - 1];
            h[i] = Math.max(o[i], c[i]) * 1.0005;
            l[i] = Math.min(o[i], c[i]) * 0.9995;
            v[i] = 1.0;
        }
        BarSeries bars = BarSeries.of(t, o, h, l, c, v);
        byte T = (byte) Regime.TRENDING.ordinal(), R = (byte) Regime.RANGING.ordinal(), H = (byte) Regime.HIGH_VOLATILITY.ordinal(),
                X = (byte) Regime.TRANSITION.ordinal();
        byte[] regimes = {T, T, T, R, R, T, T, T, T, H, H, X};
        long[] times = new long[regimes.length];
        for (int k = 0; k < times.length; k++) {
            times[k] = T0 + 5 * MINUTE * (k + 1);
        }
        return RegimeAnalytics.analyze("BTC-USD", T0, T0 + BARS * MINUTE, bars, times, regimes);
    }

    private static double stat(RegimeAnalysis a, String section, Regime regime, String to, String metric) {
        return a.stats().stream().filter(r -> r.section().equals(section) && r.regime().equals(regime.name())
                        && java.util.Objects.equals(r.toRegime(), to) && r.strategy() == null && r.metric().equals(metric))
                .findFirst().orElseThrow().value();
    }

    @Test
    void shareOfTimeCountsDecisions() {
        RegimeAnalysis a = analysis();
        assertThat(stat(a, "share", Regime.TRENDING, null, "share")).isEqualTo(7 / 12.0);
        assertThat(stat(a, "share", Regime.RANGING, null, "share")).isEqualTo(2 / 12.0);
        assertThat(stat(a, "share", Regime.TRANSITION, null, "decisions")).isEqualTo(1);
    }

    @Test
    void dwellIsTheLengthOfRunsOfConsecutiveDecisions() {
        RegimeAnalysis a = analysis();
        // TRENDING runs: 3 and 4 decisions = 15 and 20 minutes
        assertThat(stat(a, "dwell", Regime.TRENDING, null, "runs")).isEqualTo(2);
        assertThat(stat(a, "dwell", Regime.TRENDING, null, "mean_minutes")).isEqualTo(17.5);
        assertThat(stat(a, "dwell", Regime.TRENDING, null, "max_minutes")).isEqualTo(20);
        assertThat(stat(a, "dwell", Regime.HIGH_VOLATILITY, null, "median_minutes")).isEqualTo(10);
    }

    @Test
    void transitionMatrixIsRowNormalisedOverConsecutiveDecisions() {
        RegimeAnalysis a = analysis();
        // from TRENDING: T->T five times, T->R once, T->H once
        assertThat(stat(a, "transition", Regime.TRENDING, "TRENDING", "count")).isEqualTo(5);
        assertThat(stat(a, "transition", Regime.TRENDING, "TRENDING", "probability")).isEqualTo(5 / 7.0);
        assertThat(stat(a, "transition", Regime.RANGING, "TRENDING", "probability")).isEqualTo(0.5);
        assertThat(a.transitionProbabilities()[Regime.TRANSITION.ordinal()][0]).as("no decision follows the last one").isNaN();
    }

    @Test
    void forwardReturnStartsAtTheCloseKnownAtTheDecision() {
        RegimeAnalysis a = analysis();
        // every minute adds exactly 0.001 to the log price, so 15 minutes forward is 0.015 whatever the regime
        assertThat(stat(a, "forward", Regime.TRENDING, null, "count_15m")).isEqualTo(7);
        assertThat(stat(a, "forward", Regime.TRENDING, null, "mean_log_return_15m")).isCloseTo(0.015, within(1e-12));
        assertThat(stat(a, "forward", Regime.RANGING, null, "hit_rate_60m")).isEqualTo(1.0);
        assertThat(stat(a, "forward", Regime.TRENDING, null, "realized_vol_annualized_15m")).as("constant returns: no volatility").isCloseTo(0.0, within(1e-5));
    }

    @Test
    void aBarSeesOnlyDecisionsMadeByItsClose() {
        long[] open = {T0 + 3 * MINUTE, T0 + 4 * MINUTE, T0 + 9 * MINUTE};
        byte[] perBar = RegimeAnalytics.perBar(open, new long[] {T0 + 5 * MINUTE, T0 + 10 * MINUTE}, new byte[] {1, 3});
        assertThat(perBar).containsExactly(-1, 1, 3);
    }

    @Test
    void strategiesAreReportedGatedAndUngatedPerRegime() {
        RegimeAnalysis a = analysis();
        assertThat(a.stats().stream().filter(r -> r.section().equals("strategy")).map(r -> r.strategy() + "/" + r.gating()).distinct())
                .containsExactlyInAnyOrder("S1/ungated", "S1/gated", "S2/ungated", "S2/gated", "S3/ungated", "S3/gated");
        String html = RegimeReport.html("Regime analytics test", java.util.List.of(a), Instant.EPOCH);
        assertThat(html).contains("<title>Regime analytics test</title>").contains("<svg").doesNotContain("<script");
    }
}
