package com.adaptive.core.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shared-ring windows against a naive recomputation at every step, and their limiting cases. */
class ReturnWindowsTest {
    private static double[] sums(double[] r, int end, int n) {
        double s = 0;
        double q = 0;
        for (int i = end - n + 1; i <= end; i++) {
            s += r[i];
            q += r[i] * r[i];
        }
        return new double[] {s, q};
    }

    @Test
    void everyWindowMatchesANaiveRecomputation() {
        Random rng = new Random(7);
        // vol, drift short, drift long, reversal, fast vol
        for (int[] w : new int[][] {{60, 120, 240, 60, 15}, {2, 2, 2, 2, 2}, {5, 3, 7, 4, 2}, {300, 12, 12, 50, 299}}) {
            ReturnWindows windows = new ReturnWindows(w[0], w[1], w[2], 0.5, w[3], w[4]);
            double[] r = new double[3000];
            for (int i = 0; i < r.length; i++) {
                // drift that changes sign every 400 returns, on top of noise
                r[i] = 0.001 * rng.nextGaussian() + ((i / 400) % 2 == 0 ? 0.0003 : -0.0002);
                windows.add(r[i]);
                if (i + 1 >= w[0]) {
                    double[] v = sums(r, i, w[0]);
                    double mean = v[0] / w[0];
                    assertThat(windows.volatility()).isCloseTo(Math.sqrt(v[1] / w[0] - mean * mean), within(1e-12));
                } else {
                    assertThat(windows.volatility()).isNaN();
                }
                if (i + 1 >= w[2]) {
                    double[] s = sums(r, i, w[1]);
                    double[] l = sums(r, i, w[2]);
                    assertThat(windows.driftZ()).isCloseTo((s[0] / Math.sqrt(s[1]) + 0.5 * l[0] / Math.sqrt(l[1])) / 1.5, within(1e-9));
                    if (i + 1 >= w[4]) {
                        double[] f = sums(r, i, w[4]);
                        assertThat(windows.fastVolRatio()).isCloseTo(Math.sqrt(f[1] / w[4] / (l[1] / w[2])), within(1e-9));
                    }
                } else {
                    assertThat(windows.driftZ()).isNaN();
                }
                if (i + 1 >= w[3]) {
                    double[] v = sums(r, i, w[3]);
                    assertThat(windows.reversalZ()).isCloseTo(v[0] / Math.sqrt(v[1]), within(1e-9));
                } else {
                    assertThat(windows.reversalZ()).isNaN();
                }
            }
        }
    }

    @Test
    void aSteadyMoveGivesRootNAndAnAlternatingOneZero() {
        ReturnWindows up = new ReturnWindows(16, 16, 64, 1.0, 16, 4);
        ReturnWindows flat = new ReturnWindows(16, 16, 64, 1.0, 16, 4);
        for (int i = 0; i < 200; i++) {
            up.add(0.001);
            flat.add(i % 2 == 0 ? 0.001 : -0.001);
        }
        assertThat(up.driftZ()).isCloseTo((4.0 + 8.0) / 2, within(1e-9));
        assertThat(up.reversalZ()).isCloseTo(4.0, within(1e-9));
        assertThat(up.fastVolRatio()).isCloseTo(1.0, within(1e-12));
        assertThat(flat.driftZ()).isCloseTo(0.0, within(1e-9));
        assertThat(flat.volatility()).isCloseTo(0.001, within(1e-12));
    }

    @Test
    void aWindowWithoutMovementIsUndefined() {
        ReturnWindows windows = new ReturnWindows(4, 4, 8, 0.5, 4, 2);
        for (int i = 0; i < 20; i++) {
            windows.add(0.0);
        }
        assertThat(windows.driftZ()).isNaN();
        assertThat(windows.reversalZ()).isNaN();
        assertThat(windows.fastVolRatio()).isNaN();
        assertThat(windows.volatility()).isZero();
    }
}
