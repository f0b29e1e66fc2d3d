package com.adaptive.core.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** drift_z against a naive recomputation of both windows at every step, and its limiting cases. */
class RollingDriftTest {
    private static double naive(double[] r, int end, int shortBars, int longBars, double w) {
        double ss = 0;
        double sq = 0;
        for (int i = end - shortBars + 1; i <= end; i++) {
            ss += r[i];
            sq += r[i] * r[i];
        }
        double ls = 0;
        double lq = 0;
        for (int i = end - longBars + 1; i <= end; i++) {
            ls += r[i];
            lq += r[i] * r[i];
        }
        return (ss / Math.sqrt(sq) + w * ls / Math.sqrt(lq)) / (1 + w);
    }

    @Test
    void matchesANaiveRecomputationOfBothWindows() {
        Random rng = new Random(7);
        for (int[] windows : new int[][] {{2, 2}, {3, 7}, {12, 12}, {120, 240}, {50, 51}}) {
            int s = windows[0];
            int l = windows[1];
            RollingDrift drift = new RollingDrift(s, l, 0.5);
            double[] r = new double[3000];
            for (int i = 0; i < r.length; i++) {
                // drift that changes sign every 400 returns, on top of noise
                r[i] = 0.001 * rng.nextGaussian() + ((i / 400) % 2 == 0 ? 0.0003 : -0.0002);
                drift.add(r[i]);
                if (i + 1 < l) {
                    assertThat(drift.value()).isNaN();
                } else {
                    assertThat(drift.value()).isCloseTo(naive(r, i, s, l, 0.5), within(1e-9));
                }
            }
        }
    }

    @Test
    void aSteadyMoveGivesRootNAndAnAlternatingOneZero() {
        RollingDrift up = new RollingDrift(16, 64, 1.0);
        RollingDrift flat = new RollingDrift(16, 64, 1.0);
        for (int i = 0; i < 200; i++) {
            up.add(0.001);
            flat.add(i % 2 == 0 ? 0.001 : -0.001);
        }
        assertThat(up.value()).isCloseTo((4.0 + 8.0) / 2, within(1e-9));
        assertThat(flat.value()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void aWindowWithoutMovementIsUndefined() {
        RollingDrift drift = new RollingDrift(4, 8, 0.5);
        for (int i = 0; i < 20; i++) {
            drift.add(0.0);
        }
        assertThat(drift.value()).isNaN();
    }
}
