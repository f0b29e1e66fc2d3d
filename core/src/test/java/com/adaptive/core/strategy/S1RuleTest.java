package com.adaptive.core.strategy;

import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.indicator.Indicators;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * S1's bindings (batch columns with their cached action bits, and the streaming blocks) against the rule written out
 * here a second time, plainly, over the indicator package's batch columns: the same intent on every bar and side.
 */
class S1RuleTest {

    /** A seeded 1m random walk over several UTC days, with some zero-volume bars. */
    private static BarSeries walk(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        double price = 100;
        for (int i = 0; i < n; i++) {
            t[i] = 1_672_531_200_000L + 3_600_000L * 7 + i * 60_000L; // from 2023-01-01T07:00Z
            o[i] = price;
            price *= 1 + (rnd.nextDouble() - 0.5) * 0.004;
            c[i] = price;
            h[i] = Math.max(o[i], c[i]) * (1 + rnd.nextDouble() * 0.001);
            l[i] = Math.min(o[i], c[i]) * (1 - rnd.nextDouble() * 0.001);
            v[i] = rnd.nextInt(10) == 0 ? 0 : rnd.nextDouble() * 5;
        }
        return BarSeries.of(t, o, h, l, c, v);
    }

    @Test
    void bothBindingsFollowTheRuleOnEveryBarAndSide() {
        BarSeries bars = walk(9_000, 3);
        for (Map<String, Double> p : java.util.List.of(Map.<String, Double>of(), Map.of("short", 1.0),
                Map.of("vwap", 0.0, "tp_pct", 2.0, "sl_pct", 1.0, "short", 1.0), Map.of("fast", 3.0, "slow", 8.0, "atr", 5.0))) {
            S1TrendStrategy s1 = new S1TrendStrategy(StrategyParams.of(p));
            int fastBars = (int) s1.params().get("fast");
            int slowBars = (int) s1.params().get("slow");
            boolean useVwap = s1.params().get("vwap") != 0;
            boolean allowShort = s1.params().get("short") != 0;
            double tpPct = s1.params().get("tp_pct");
            double slPct = s1.params().get("sl_pct");
            double[] close = bars.close();
            double[] fast = Indicators.ema(close, fastBars);
            double[] slow = Indicators.ema(close, slowBars);
            double[] vwap = Indicators.sessionVwap(bars);
            double[] atr = Indicators.atr(bars, (int) s1.params().get("atr"));
            SignalSource columns = s1.bind(bars, IndicatorCache.of(bars));
            SignalSource[] streams = {s1.bindStreaming(bars), s1.bindStreaming(bars), s1.bindStreaming(bars)};
            Intent got = new Intent();
            Intent streamed = new Intent();
            int entries = 0;
            int exits = 0;
            for (int t = 0; t < bars.size(); t++) {
                int q = Math.max(t - 1, 0);
                boolean up = (!useVwap || close[t] > vwap[t]) && fast[t] > slow[t];
                boolean wasUp = (!useVwap || close[q] > vwap[q]) && fast[q] > slow[q];
                boolean down = allowShort && (!useVwap || close[t] < vwap[t]) && fast[t] < slow[t];
                boolean wasDown = allowShort && (!useVwap || close[q] < vwap[q]) && fast[q] < slow[q];
                for (int side = -1; side <= 1; side++) {
                    int expectedAction;
                    int expectedSide = 0;
                    if (side > 0) {
                        expectedAction = fast[t] < slow[t] ? Intent.EXIT : Intent.NONE;
                    } else if (side < 0) {
                        expectedAction = fast[t] > slow[t] ? Intent.EXIT : Intent.NONE;
                    } else {
                        expectedSide = up && !wasUp ? 1 : down && !wasDown ? -1 : 0;
                        double tp = tpPct > 0 ? close[t] * tpPct / 100 : 3 * atr[t];
                        double sl = slPct > 0 ? close[t] * slPct / 100 : 1.5 * atr[t];
                        expectedAction = expectedSide != 0 && tp > 0 && sl > 0 ? Intent.ENTER : Intent.NONE;
                    }
                    got.clear();
                    streamed.clear();
                    columns.onBarClose(t, side, -1, got);
                    streams[side + 1].onBarClose(t, side, -1, streamed);
                    assertThat(got.action()).as("%s bar %d side %d", p, t, side).isEqualTo(expectedAction);
                    assertThat(streamed.action()).as("streaming %s bar %d side %d", p, t, side).isEqualTo(expectedAction);
                    if (expectedAction == Intent.ENTER) {
                        entries++;
                        assertThat(got.sideSign()).isEqualTo(expectedSide);
                        assertThat(streamed.sideSign()).isEqualTo(expectedSide);
                        assertThat(streamed.takeProfitDistance()).isEqualTo(got.takeProfitDistance());
                        assertThat(streamed.stopLossDistance()).isEqualTo(got.stopLossDistance());
                    } else if (expectedAction == Intent.EXIT) {
                        exits++;
                    }
                }
            }
            assertThat(entries).as("entries of %s", p).isGreaterThan(50);
            assertThat(exits).isGreaterThan(1_000);
        }
    }
}
