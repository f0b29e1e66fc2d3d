package com.adaptive.core.regime;

import com.adaptive.core.bar.BarSeries;
import java.util.Arrays;

/** The decisions of one classifier run over a bar series, held as columns (batch form of {@link RegimeClassifier}). */
public final class RegimeClassification {
    private final RegimeConfig config;
    private long[] time = new long[1024];
    private Regime[] regime = new Regime[1024];
    private RegimeRule[] rule = new RegimeRule[1024];
    private Regime[] candidate = new Regime[1024];
    private int[] confirmations = new int[1024];
    private double[] vwapSlope = new double[1024];
    private double[] atrPercentile = new double[1024];
    private double[] volRatio = new double[1024];
    private double[] driftZ = new double[1024];
    private double[] reversalZ = new double[1024];
    private double[] fastVolRatio = new double[1024];
    private int size;

    private RegimeClassification(RegimeConfig config) {
        this.config = config;
    }

    /** Classifies every complete 5-minute bucket of the 1m bars (a trailing, still-open bucket gets no decision). */
    public static RegimeClassification classify(BarSeries bars, RegimeConfig config) {
        RegimeClassification out = new RegimeClassification(config);
        RegimeClassifier classifier = new RegimeClassifier(config, new DecisionListener() {
            @Override
            public void onDecision(long decisionTimeMillis, Regime regime, RegimeRule rule, Regime candidate, int confirmations,
                                   double vwapSlope, double atrPercentile, double volRatio) {
                out.add(decisionTimeMillis, regime, rule, candidate, confirmations, vwapSlope, atrPercentile, volRatio, Double.NaN,
                        Double.NaN, Double.NaN);
            }

            @Override
            public void onDecision(long decisionTimeMillis, Regime regime, RegimeRule rule, Regime candidate, int confirmations,
                                   double vwapSlope, double atrPercentile, double volRatio, double driftZ, double reversalZ,
                                   double fastVolRatio) {
                out.add(decisionTimeMillis, regime, rule, candidate, confirmations, vwapSlope, atrPercentile, volRatio, driftZ,
                        reversalZ, fastVolRatio);
            }
        });
        long[] t = bars.openTimeMillis();
        double[] h = bars.high();
        double[] l = bars.low();
        double[] c = bars.close();
        double[] v = bars.volume();
        for (int i = 0; i < t.length; i++) {
            classifier.onBar(t[i], h[i], l[i], c[i], v[i]);
        }
        return out;
    }

    private void add(long decisionTime, Regime r, RegimeRule ru, Regime cand, int conf, double slope, double pct, double ratio,
                     double drift, double reversal, double fastVol) {
        if (size == time.length) {
            int cap = size * 2;
            time = Arrays.copyOf(time, cap);
            regime = Arrays.copyOf(regime, cap);
            rule = Arrays.copyOf(rule, cap);
            candidate = Arrays.copyOf(candidate, cap);
            confirmations = Arrays.copyOf(confirmations, cap);
            vwapSlope = Arrays.copyOf(vwapSlope, cap);
            atrPercentile = Arrays.copyOf(atrPercentile, cap);
            volRatio = Arrays.copyOf(volRatio, cap);
            driftZ = Arrays.copyOf(driftZ, cap);
            reversalZ = Arrays.copyOf(reversalZ, cap);
            fastVolRatio = Arrays.copyOf(fastVolRatio, cap);
        }
        time[size] = decisionTime;
        regime[size] = r;
        rule[size] = ru;
        candidate[size] = cand;
        confirmations[size] = conf;
        vwapSlope[size] = slope;
        atrPercentile[size] = pct;
        volRatio[size] = ratio;
        driftZ[size] = drift;
        reversalZ[size] = reversal;
        fastVolRatio[size] = fastVol;
        size++;
    }

    /** The decisions with decision time in {@code [fromMillis, toMillis]}, copied (e.g. to chart a few days). */
    public RegimeClassification window(long fromMillis, long toMillis) {
        RegimeClassification out = new RegimeClassification(config);
        for (int i = 0; i < size; i++) {
            if (time[i] >= fromMillis && time[i] <= toMillis) {
                out.add(time[i], regime[i], rule[i], candidate[i], confirmations[i], vwapSlope[i], atrPercentile[i], volRatio[i], driftZ[i],
                        reversalZ[i], fastVolRatio[i]);
            }
        }
        return out;
    }

    public RegimeConfig config() {
        return config;
    }

    public int size() {
        return size;
    }

    public long decisionTimeMillis(int i) {
        return time[i];
    }

    public Regime regime(int i) {
        return regime[i];
    }

    public RegimeRule rule(int i) {
        return rule[i];
    }

    public RegimeDecision get(int i) {
        return new RegimeDecision(time[i], regime[i], rule[i], candidate[i], confirmations[i], vwapSlope[i], atrPercentile[i], volRatio[i],
                driftZ[i], reversalZ[i], fastVolRatio[i]);
    }
}
