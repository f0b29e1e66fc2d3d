package com.adaptive.core.regime;

import static org.assertj.core.api.Assertions.assertThat;

import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.indicator.BollingerBands;
import com.adaptive.core.indicator.DonchianChannel;
import com.adaptive.core.indicator.Indicators;
import com.adaptive.core.sim.RegimeSimulator;
import com.adaptive.core.sim.SimulatorConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * For many random cut points t, every bar after t is replaced by different (valid) values; every indicator value
 * at or before t and every regime decision made by the close of bar t must be unchanged.
 */
class NoLookaheadTest {
    private static final int N = 14_000;
    private static final int TRIALS = 40;
    private static final BarSeries BARS = new RegimeSimulator(SimulatorConfig.DEFAULTS).simulate(11, N).bars();
    // short windows so that every rule, including the ATR percentile, is live well inside the series
    private static final RegimeConfig FAST = new RegimeConfig(14, 30, 20, 20, 240, 100, 3.5, 3.0, 0.93, 1.5, 0.75, 2.0, 2);

    private static double[][] columns(BarSeries b) {
        long[] t = b.openTimeMillis();
        double[] h = b.high();
        double[] l = b.low();
        double[] c = b.close();
        double[] v = b.volume();
        BollingerBands bb = Indicators.bollinger(c, 20, 2.0);
        DonchianChannel dc = Indicators.donchian(h, l, 20);
        return new double[][] {Indicators.sma(c, 20), Indicators.ema(c, 12), Indicators.ema(c, 26), Indicators.trueRange(h, l, c),
                Indicators.atr(h, l, c, 14), Indicators.rsi(c, 14), Indicators.sessionVwap(t, h, l, c, v),
                Indicators.rollingVwap(h, l, c, v, 60), bb.middle(), bb.upper(), bb.lower(), dc.upper(), dc.lower(), dc.middle(),
                Indicators.realizedVolatility(c, 60), Indicators.percentileRank(c, 300), Indicators.linearRegressionSlope(c, 30)};
    }

    private static BarSeries perturbAfter(BarSeries b, int t, SplittableRandom rng) {
        double[] o = b.open().clone();
        double[] h = b.high().clone();
        double[] l = b.low().clone();
        double[] c = b.close().clone();
        double[] v = b.volume().clone();
        for (int i = t + 1; i < b.size(); i++) {
            double scale = Math.exp(rng.nextDouble() * 0.4 - 0.2);
            o[i] *= scale;
            c[i] *= Math.exp(rng.nextDouble() * 0.4 - 0.2);
            h[i] = Math.max(o[i], c[i]) * (1 + rng.nextDouble() * 0.05);
            l[i] = Math.min(o[i], c[i]) * (1 - rng.nextDouble() * 0.05);
            v[i] = rng.nextDouble() * 1000;
        }
        return BarSeries.of(b.openTimeMillis(), o, h, l, c, v);
    }

    private static List<RegimeDecision> decisionsBy(RegimeClassification c, long timeMillis) {
        List<RegimeDecision> out = new ArrayList<>();
        for (int i = 0; i < c.size() && c.decisionTimeMillis(i) <= timeMillis; i++) {
            out.add(c.get(i));
        }
        return out;
    }

    @Test
    void changingEveryBarAfterTLeavesAllIndicatorsAndDecisionsUpToTUnchanged() {
        double[][] base = columns(BARS);
        RegimeClassification baseFast = RegimeClassification.classify(BARS, FAST);
        RegimeClassification baseDefault = RegimeClassification.classify(BARS, RegimeConfig.DEFAULTS);
        SplittableRandom rng = new SplittableRandom(2024);
        int decisionsCompared = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            int t = rng.nextInt(N - 2);
            BarSeries changed = perturbAfter(BARS, t, rng);
            double[][] after = columns(changed);
            for (int k = 0; k < base.length; k++) {
                int firstChange = -1;
                for (int i = 0; i <= t && firstChange < 0; i++) {
                    firstChange = Double.doubleToRawLongBits(after[k][i]) != Double.doubleToRawLongBits(base[k][i]) ? i : -1;
                }
                assertThat(firstChange).as("first changed index at or before cut %d in column %d", t, k).isEqualTo(-1);
                // and the change is visible after t, so the test would notice a column that ignores its input
                boolean differs = false;
                for (int i = t + 1; i < N && !differs; i++) {
                    differs = Double.doubleToRawLongBits(after[k][i]) != Double.doubleToRawLongBits(base[k][i]);
                }
                assertThat(differs).as("column %d changes after cut %d", k, t).isTrue();
            }
            long closeOfT = BARS.openTimeMillis()[t] + 60_000L;
            for (RegimeClassification[] pair : new RegimeClassification[][] {
                    {baseFast, RegimeClassification.classify(changed, FAST)},
                    {baseDefault, RegimeClassification.classify(changed, RegimeConfig.DEFAULTS)}}) {
                List<RegimeDecision> before = decisionsBy(pair[0], closeOfT);
                assertThat(decisionsBy(pair[1], closeOfT)).as("decisions by the close of bar %d", t).isEqualTo(before);
                decisionsCompared += before.size();
            }
        }
        assertThat(decisionsCompared).isGreaterThan(TRIALS * 1000);
        // the fast config really exercises the rules: more than warm-up gets compared
        assertThat(baseFast.regime(baseFast.size() - 1)).isNotNull();
    }

    @Test
    void classifyingAPrefixGivesThePrefixOfTheDecisions() {
        RegimeClassification full = RegimeClassification.classify(BARS, FAST);
        SplittableRandom rng = new SplittableRandom(5);
        for (int trial = 0; trial < 20; trial++) {
            int t = rng.nextInt(N);
            RegimeClassification prefix = RegimeClassification.classify(BARS.slice(0, t + 1), FAST);
            for (int i = 0; i < prefix.size(); i++) {
                assertThat(prefix.get(i)).isEqualTo(full.get(i));
            }
            // only a bucket still open at t is missing from the prefix's run
            assertThat(full.size() > prefix.size() ? full.decisionTimeMillis(prefix.size()) : Long.MAX_VALUE)
                    .isGreaterThan(BARS.openTimeMillis()[t] + 60_000L - 1);
        }
    }
}
