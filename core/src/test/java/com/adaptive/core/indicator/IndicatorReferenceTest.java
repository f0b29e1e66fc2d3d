package com.adaptive.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every indicator against an independent, deliberately naive second computation written here: windowed ones by
 * re-summing each window (O(n·period)), recursive ones (EMA, Wilder ATR/RSI) from their closed-form weighted
 * sums over the whole history rather than the recursion.
 */
class IndicatorReferenceTest {
    private static final int N = 1500;
    private static final double REL = 1e-9;

    private static Bars bars(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        long[] t = new long[N];
        double[] o = new double[N];
        double[] h = new double[N];
        double[] l = new double[N];
        double[] c = new double[N];
        double[] v = new double[N];
        double price = 30_000;
        for (int i = 0; i < N; i++) {
            // a random walk with occasional flat bars and zero volume, the awkward cases
            t[i] = 1_700_000_000_000L + 60_000L * i + (i > N / 2 ? 3_600_000L : 0);
            o[i] = price;
            price = rng.nextInt(20) == 0 ? price : Math.round(price * Math.exp(0.002 * (rng.nextDouble() * 2 - 1)) * 100) / 100.0;
            c[i] = price;
            h[i] = Math.max(o[i], c[i]) + Math.round(rng.nextDouble() * 2000) / 100.0;
            l[i] = Math.min(o[i], c[i]) - Math.round(rng.nextDouble() * 2000) / 100.0;
            v[i] = rng.nextInt(10) == 0 ? 0 : Math.round(rng.nextDouble() * 1e6) / 1e4;
        }
        return new Bars(t, o, h, l, c, v);
    }

    record Bars(long[] t, double[] o, double[] h, double[] l, double[] c, double[] v) {
    }

    private static void assertClose(double[] actual, double[] expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            if (Double.isNaN(expected[i])) {
                assertThat(actual[i]).as("index %d", i).isNaN();
            } else {
                double tol = REL * Math.max(1.0, Math.abs(expected[i]));
                assertThat(actual[i]).as("index %d", i).isBetween(expected[i] - tol, expected[i] + tol);
            }
        }
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    // --- naive references -------------------------------------------------------------------------------

    static double[] naiveSma(double[] x, int p) {
        double[] out = nan(x.length);
        for (int i = p - 1; i < x.length; i++) {
            double s = 0;
            for (int j = i - p + 1; j <= i; j++) {
                s += x[j];
            }
            out[i] = s / p;
        }
        return out;
    }

    /** Exponential smoothing with factor a from a seed at index s, summed as Σ a(1−a)^j x[i−j] + (1−a)^(i−s) seed. */
    static double[] closedFormSmoothing(double[] x, int seedIndex, double seed, double a) {
        double[] out = nan(x.length);
        if (seedIndex >= x.length) {
            return out;
        }
        out[seedIndex] = seed;
        for (int i = seedIndex + 1; i < x.length; i++) {
            double s = Math.pow(1 - a, i - seedIndex) * seed;
            for (int j = 0; j < i - seedIndex; j++) {
                s += a * Math.pow(1 - a, j) * x[i - j];
            }
            out[i] = s;
        }
        return out;
    }

    static double[] naiveEma(double[] x, int p) {
        return closedFormSmoothing(x, p - 1, naiveSma(x, p)[p - 1], 2.0 / (p + 1));
    }

    static double[] naiveTr(double[] h, double[] l, double[] c) {
        double[] tr = nan(c.length);
        for (int i = 1; i < c.length; i++) {
            double[] candidates = {h[i] - l[i], Math.abs(h[i] - c[i - 1]), Math.abs(l[i] - c[i - 1])};
            tr[i] = Arrays.stream(candidates).max().getAsDouble();
        }
        return tr;
    }

    static double[] naiveAtr(double[] h, double[] l, double[] c, int p) {
        double[] tr = naiveTr(h, l, c);
        double seed = 0;
        for (int i = 1; i <= p; i++) {
            seed += tr[i];
        }
        return closedFormSmoothing(tr, p, seed / p, 1.0 / p);
    }

    static double[] naiveRsi(double[] c, int p) {
        double[] gains = new double[c.length];
        double[] losses = new double[c.length];
        for (int i = 1; i < c.length; i++) {
            gains[i] = Math.max(0, c[i] - c[i - 1]);
            losses[i] = Math.max(0, c[i - 1] - c[i]);
        }
        double g = 0;
        double lo = 0;
        for (int i = 1; i <= p; i++) {
            g += gains[i];
            lo += losses[i];
        }
        double[] ag = closedFormSmoothing(gains, p, g / p, 1.0 / p);
        double[] al = closedFormSmoothing(losses, p, lo / p, 1.0 / p);
        double[] out = nan(c.length);
        for (int i = p; i < c.length; i++) {
            out[i] = ag[i] + al[i] == 0 ? 0 : 100 - 100 / (1 + ag[i] / al[i]);
        }
        return out;
    }

    static double[] naiveSessionVwap(long[] t, double[] h, double[] l, double[] c, double[] v) {
        double[] out = new double[c.length];
        for (int i = 0; i < c.length; i++) {
            long day = t[i] / 86_400_000L;
            double pv = 0;
            double vol = 0;
            for (int j = i; j >= 0 && t[j] / 86_400_000L == day; j--) {
                pv += (h[j] + l[j] + c[j]) / 3 * v[j];
                vol += v[j];
            }
            out[i] = vol == 0 ? Double.NaN : pv / vol;
        }
        return out;
    }

    static double[] naiveRollingVwap(double[] h, double[] l, double[] c, double[] v, int p) {
        double[] out = nan(c.length);
        for (int i = p - 1; i < c.length; i++) {
            double pv = 0;
            double vol = 0;
            for (int j = i - p + 1; j <= i; j++) {
                pv += (h[j] + l[j] + c[j]) / 3 * v[j];
                vol += v[j];
            }
            out[i] = vol == 0 ? Double.NaN : pv / vol;
        }
        return out;
    }

    static double[] naiveStd(double[] x, int p, int firstIndex) {
        double[] out = nan(x.length);
        for (int i = firstIndex; i < x.length; i++) {
            double mean = 0;
            for (int j = i - p + 1; j <= i; j++) {
                mean += x[j];
            }
            mean /= p;
            double ss = 0;
            for (int j = i - p + 1; j <= i; j++) {
                ss += (x[j] - mean) * (x[j] - mean);
            }
            out[i] = Math.sqrt(ss / p);
        }
        return out;
    }

    // --- the comparisons ----------------------------------------------------------------------------------

    @ParameterizedTest(name = "period {0}")
    @ValueSource(ints = {1, 2, 3, 14, 50})
    void smaEmaAtrRsiMatchTheirNaiveReferences(int period) {
        Bars b = bars(period);
        assertClose(Indicators.sma(b.c(), period), naiveSma(b.c(), period));
        assertClose(Indicators.ema(b.c(), period), naiveEma(b.c(), period));
        assertClose(Indicators.trueRange(b.h(), b.l(), b.c()), naiveTr(b.h(), b.l(), b.c()));
        assertClose(Indicators.atr(b.h(), b.l(), b.c(), period), naiveAtr(b.h(), b.l(), b.c(), period));
        assertClose(Indicators.rsi(b.c(), period), naiveRsi(b.c(), period));
    }

    @ParameterizedTest(name = "period {0}")
    @ValueSource(ints = {2, 3, 20, 120})
    void windowedIndicatorsMatchTheirNaiveReferences(int period) {
        Bars b = bars(100 + period);
        assertClose(Indicators.sessionVwap(b.t(), b.h(), b.l(), b.c(), b.v()), naiveSessionVwap(b.t(), b.h(), b.l(), b.c(), b.v()));
        assertClose(Indicators.rollingVwap(b.h(), b.l(), b.c(), b.v(), period), naiveRollingVwap(b.h(), b.l(), b.c(), b.v(), period));

        BollingerBands bb = Indicators.bollinger(b.c(), period, 2.5);
        double[] mid = naiveSma(b.c(), period);
        double[] sd = naiveStd(b.c(), period, period - 1);
        double[] up = nan(N);
        double[] lo = nan(N);
        for (int i = period - 1; i < N; i++) {
            up[i] = mid[i] + 2.5 * sd[i];
            lo[i] = mid[i] - 2.5 * sd[i];
        }
        assertClose(bb.middle(), mid);
        // a standard deviation near zero magnifies the variance's last-bit rounding through the square root:
        // compare the bands to 1e-10 of the price level (3e-6 at 30,000)
        for (int i = period - 1; i < N; i++) {
            double tol = 1e-10 * mid[i];
            assertThat(bb.upper()[i] - up[i]).as("index %d", i).isBetween(-tol, tol);
            assertThat(bb.lower()[i] - lo[i]).as("index %d", i).isBetween(-tol, tol);
        }

        DonchianChannel dc = Indicators.donchian(b.h(), b.l(), period);
        double[] hi = nan(N);
        double[] low = nan(N);
        for (int i = period - 1; i < N; i++) {
            hi[i] = Arrays.stream(b.h(), i - period + 1, i + 1).max().getAsDouble();
            low[i] = Arrays.stream(b.l(), i - period + 1, i + 1).min().getAsDouble();
        }
        assertThat(dc.upper()).containsExactly(hi);
        assertThat(dc.lower()).containsExactly(low);

        double[] logReturns = new double[N];
        for (int i = 1; i < N; i++) {
            logReturns[i] = Math.log(b.c()[i] / b.c()[i - 1]);
        }
        double[] vol = Indicators.realizedVolatility(b.c(), period);
        double[] naiveVol = naiveStd(logReturns, period, period);
        for (int i = 0; i < N; i++) {
            if (i < period) {
                assertThat(vol[i]).isNaN();
            } else {
                assertThat(vol[i]).as("index %d", i).isCloseTo(naiveVol[i], org.assertj.core.api.Assertions.within(1e-12));
            }
        }

        double[] rank = Indicators.percentileRank(b.c(), period);
        double[] naiveRank = nan(N);
        for (int i = period - 1; i < N; i++) {
            int below = 0;
            int ties = 0;
            for (int j = i - period + 1; j < i; j++) {
                below += b.c()[j] < b.c()[i] ? 1 : 0;
                ties += b.c()[j] == b.c()[i] ? 1 : 0;
            }
            naiveRank[i] = (below + ties / 2.0) / (period - 1);
        }
        assertThat(rank).containsExactly(naiveRank);

        // the query form, on values rounded to create many ties: rank of a fresh value against the window
        PercentileRankIndicator window = new PercentileRankIndicator(period);
        SplittableRandom rng = new SplittableRandom(period);
        double[] seen = new double[N];
        for (int i = 0; i < N; i++) {
            seen[i] = Math.round(b.c()[i] / 10.0);
            window.add(seen[i]);
            double query = Math.round(b.c()[Math.min(N - 1, i + rng.nextInt(50))] / 10.0);
            double expected = Double.NaN;
            if (i >= period - 1) {
                int below = 0;
                int ties = 0;
                for (int j = i - period + 1; j <= i; j++) {
                    below += seen[j] < query ? 1 : 0;
                    ties += seen[j] == query ? 1 : 0;
                }
                expected = (below + ties / 2.0) / period;
            }
            assertThat(Double.valueOf(window.rankInWindow(query))).as("index %d", i).isEqualTo(Double.valueOf(expected));
        }

        double[] slope = Indicators.linearRegressionSlope(b.c(), period);
        double[] naiveSlope = nan(N);
        for (int i = period - 1; i < N; i++) {
            double mx = (period - 1) / 2.0;
            double my = 0;
            for (int j = 0; j < period; j++) {
                my += b.c()[i - period + 1 + j];
            }
            my /= period;
            double sxy = 0;
            double sxx = 0;
            for (int j = 0; j < period; j++) {
                sxy += (j - mx) * (b.c()[i - period + 1 + j] - my);
                sxx += (j - mx) * (j - mx);
            }
            naiveSlope[i] = sxy / sxx;
        }
        // the sliding sums carry about 1e-16 of Σxy (~1e9 here); 1e-6 of price per bar is far below a tick
        for (int i = 0; i < N; i++) {
            if (Double.isNaN(naiveSlope[i])) {
                assertThat(slope[i]).isNaN();
            } else {
                assertThat(slope[i] - naiveSlope[i]).as("index %d", i).isBetween(-1e-6, 1e-6);
            }
        }
    }
}
