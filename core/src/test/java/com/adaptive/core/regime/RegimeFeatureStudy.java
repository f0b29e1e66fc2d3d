package com.adaptive.core.regime;

import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.indicator.AtrIndicator;
import com.adaptive.core.indicator.LinearRegressionSlopeIndicator;
import com.adaptive.core.sim.RegimeSimulator;
import com.adaptive.core.sim.SimulatedMarket;
import com.adaptive.core.sim.SimulatorConfig;
import java.io.BufferedWriter;
import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Study of 2026-11-29 (second): dumps, at every decision of the default classifier on seeds 1–5 and 101–110, the
 * classifier's three inputs plus candidate statistics that separate mean reversion from drift — normalised net move
 * over W bars (a one-sample variance ratio), Kaufman efficiency ratio, rolling variance ratios, rescaled range,
 * short/medium volatility ratios — for fitting trees as an upper bound. Not a test; run with
 * {@code java -cp core/target/classes:core/target/test-classes com.adaptive.core.regime.RegimeFeatureStudy FILE}.
 */
public final class RegimeFeatureStudy {
    private RegimeFeatureStudy() {
    }

    public static void main(String[] a) throws IOException {
        try (PrintWriter w = new PrintWriter(new BufferedWriter(new FileWriter(a[0])))) {
            boolean header = true;
            for (long seed : new long[] {1, 2, 3, 4, 5, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110}) {
                SimulatedMarket m = new RegimeSimulator(SimulatorConfig.DEFAULTS).simulate(seed, 86_400);
                BarSeries b = m.bars();
                RegimeClassification cl = RegimeClassification.classify(b, RegimeConfig.DEFAULTS);
                int n = b.size();
                double[] c = b.close();
                double[] x = new double[n];
                for (int i = 0; i < n; i++) {
                    x[i] = Math.log(c[i]);
                }
                double[] r2c = new double[n + 1];
                double[] rac = new double[n + 1];
                for (int i = 0; i < n; i++) {
                    double r = i == 0 ? 0 : x[i] - x[i - 1];
                    r2c[i + 1] = r2c[i] + r * r;
                    rac[i + 1] = rac[i] + Math.abs(r);
                }
                double[] atr = AtrIndicator.compute(b.high(), b.low(), c, 14);
                List<String> names = new ArrayList<>();
                List<double[]> cols = new ArrayList<>();
                int[] ws = {15, 30, 60, 120, 240, 480};
                // sigma over W
                for (int W : new int[] {30, 60, 90, 120, 180, 240, 360, 480}) {
                    double[] o = nan(n);
                    for (int i = W; i < n; i++) {
                        double s = Math.sqrt((r2c[i + 1] - r2c[i + 1 - W]) / W);
                        o[i] = (x[i] - x[i - W]) / (s * Math.sqrt(W));
                    }
                    names.add("nz" + W);
                    cols.add(o);
                }
                for (int W : new int[] {30, 60, 120, 240}) {
                    double[] o = nan(n);
                    for (int i = W; i < n; i++) {
                        o[i] = Math.abs(x[i] - x[i - W]) / (rac[i + 1] - rac[i + 1 - W]);
                    }
                    names.add("er" + W);
                    cols.add(o);
                }
                int[][] vrs = {{10, 120}, {10, 240}, {30, 240}, {30, 480}, {60, 480}};
                for (int[] km : vrs) {
                    int k = km[0];
                    int M = km[1];
                    double[] d2 = new double[n + 1];
                    for (int j = 0; j < n; j++) {
                        double d = j >= k ? x[j] - x[j - k] : 0;
                        d2[j + 1] = d2[j] + d * d;
                    }
                    double[] o = nan(n);
                    for (int i = M + k; i < n; i++) {
                        o[i] = (d2[i + 1] - d2[i + 1 - M]) / (k * (r2c[i + 1] - r2c[i + 1 - M]));
                    }
                    names.add("vr" + k + "_" + M);
                    cols.add(o);
                }
                for (int W : new int[] {60, 120, 240}) {
                    double[] o = nan(n);
                    for (int i = W; i < n; i++) {
                        double hi = -1e9;
                        double lo = 1e9;
                        for (int j = i - W; j <= i; j++) {
                            hi = Math.max(hi, x[j]);
                            lo = Math.min(lo, x[j]);
                        }
                        double s = Math.sqrt((r2c[i + 1] - r2c[i + 1 - W]) / W);
                        o[i] = (hi - lo) / (s * Math.sqrt(W));
                    }
                    names.add("rr" + W);
                    cols.add(o);
                }
                int[][] vols = {{15, 240}, {30, 240}, {60, 480}, {15, 2880}, {30, 2880}, {120, 2880}, {240, 2880}};
                for (int[] sl : vols) {
                    double[] o = nan(n);
                    for (int i = sl[1]; i < n; i++) {
                        o[i] = Math.sqrt((r2c[i + 1] - r2c[i + 1 - sl[0]]) / sl[0] / ((r2c[i + 1] - r2c[i + 1 - sl[1]]) / sl[1]));
                    }
                    names.add("v" + sl[0] + "_" + sl[1]);
                    cols.add(o);
                }
                for (int W : new int[] {30, 60, 120, 240}) {
                    double[] s = LinearRegressionSlopeIndicator.compute(c, W);
                    double[] o = new double[n];
                    for (int i = 0; i < n; i++) {
                        o[i] = s[i] * 60 / atr[i];
                    }
                    names.add("c" + W);
                    cols.add(o);
                }
                if (header) {
                    w.println("seed,label,age,pred,slope,pct,ratio," + String.join(",", names));
                    header = false;
                }
                int age = 0;
                Regime[] lab = m.labels().regimes();
                int[] ageArr = new int[n];
                for (int i = 0; i < n; i++) {
                    age = i > 0 && lab[i] == lab[i - 1] ? age + 1 : 0;
                    ageArr[i] = age;
                }
                for (int d = 0; d < cl.size(); d++) {
                    if (cl.rule(d) == RegimeRule.WARMUP) {
                        continue;
                    }
                    int i = 5 * d + 4;
                    RegimeDecision dec = cl.get(d);
                    StringBuilder sb = new StringBuilder().append(seed).append(',').append(lab[i].ordinal()).append(',')
                            .append(ageArr[i]).append(',').append(dec.regime().ordinal()).append(',').append((float) dec.vwapSlope())
                            .append(',').append((float) dec.atrPercentile()).append(',').append((float) dec.volRatio());
                    for (double[] col : cols) {
                        sb.append(',').append((float) col[i]);
                    }
                    w.println(sb);
                }
            }
        }
    }

    private static double[] nan(int n) {
        double[] o = new double[n];
        java.util.Arrays.fill(o, Double.NaN);
        return o;
    }
}
