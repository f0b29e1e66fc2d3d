package com.adaptive.core.metrics;

import com.adaptive.core.backtest.TradeLog;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class ReturnAccumulatorTest {

    /** A curve with flat stretches (at a peak and under water), moves, and odd values (0, NaN) in some variants. */
    private static double[] curve(long seed, boolean odd) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] e = new double[5_000];
        double x = 1_000;
        for (int i = 0; i < e.length; ) {
            int run = 1 + rnd.nextInt(40);
            if (rnd.nextInt(3) == 0) {
                for (int k = 0; k < run && i < e.length; k++) {
                    x *= 1 + (rnd.nextDouble() - 0.52) * 0.01;
                    e[i++] = x;
                }
            } else {
                if (odd && rnd.nextInt(20) == 0) {
                    x = rnd.nextBoolean() ? 0 : Double.NaN;
                } else if (!(x > 0)) {
                    x = 1_000;
                }
                for (int k = 0; k < run && i < e.length; k++) {
                    e[i++] = x;
                }
            }
        }
        return e;
    }

    @Test
    void skippedBarsOnlyMoveThePreviousEquity() {
        double[] e = curve(7, false);
        byte[] regimes = new byte[e.length];
        for (int i = 0; i < e.length; i++) {
            regimes[i] = (byte) (i / 50 % 3);
        }
        ReturnAccumulator byHand = new ReturnAccumulator();
        byHand.reset(1_000);
        for (int i = 0; i < e.length; i++) {
            if (regimes[i] == 1) {
                byHand.add(e[i]);
            } else {
                byHand.skip(e[i]);
            }
        }
        assertThat(MetricsCalculator.compute(byHand, 1_000, regimes, 1, new TradeLog(), 1))
                .isEqualTo(MetricsCalculator.compute(e, 1_000, regimes, 1, new TradeLog(), 1));
    }

    @Test
    void unchangedStretchesGiveTheSameMetricsAsBarByBar() {
        for (long seed = 1; seed <= 30; seed++) {
            double[] e = curve(seed, seed % 3 == 0);
            ReturnAccumulator bulk = new ReturnAccumulator();
            bulk.reset(1_000);
            for (int i = 0; i < e.length; ) {
                int j = i + 1;
                while (j < e.length && Double.compare(e[j], e[i]) == 0) {
                    j++;
                }
                bulk.addUnchanged(e[i], j - i);
                i = j;
            }
            PerformanceMetrics expected = MetricsCalculator.compute(e, 1_000, null, MetricsCalculator.ALL_REGIMES,
                    new TradeLog(), 1);
            PerformanceMetrics actual = MetricsCalculator.compute(bulk, 1_000, null, MetricsCalculator.ALL_REGIMES,
                    new TradeLog(), 1);
            assertThat(actual).as("seed %d", seed).isEqualTo(expected);
            assertThat(bulk.count()).isEqualTo(e.length);
            ReturnAccumulator oneByOne = new ReturnAccumulator();
            oneByOne.reset(1_000);
            for (double x : e) {
                oneByOne.add(x);
            }
            assertThat(MetricsCalculator.compute(oneByOne, 1_000, null, MetricsCalculator.ALL_REGIMES, new TradeLog(), 1))
                    .isEqualTo(expected);
        }
    }
}
