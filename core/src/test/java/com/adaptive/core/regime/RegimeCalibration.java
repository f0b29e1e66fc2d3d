package com.adaptive.core.regime;

import com.adaptive.core.sim.RegimeSimulator;
import com.adaptive.core.sim.SimulatedMarket;
import com.adaptive.core.sim.SimulatorConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The calibration run behind {@link RegimeConfig#DEFAULTS}: a grid search on simulator seeds 1–5 only (60 days
 * each), scored by overall accuracy minus any shortfall of the TRENDING, RANGING or HIGH_VOLATILITY recall below
 * 85 %. The rule structure (drift score, VOL_RISING, HIGH_VOL_NO_DRIFT) and the grid's ranges came from fitting
 * trees and grids to per-decision features of seeds 1–5 ({@link RegimeFeatureStudy}); this run fixes the thresholds
 * with the real classifier, hysteresis included. Single-threaded (the machine is shared); about a minute. Not a
 * test; run it with
 * {@code java -cp core/target/classes:core/target/test-classes com.adaptive.core.regime.RegimeCalibration}.
 * Report on other seeds ({@code adaptive regime evaluate --seeds 101-110}, or {@code ... RegimeCalibration evaluate 101-110}).
 */
public final class RegimeCalibration {
    private RegimeCalibration() {
    }

    public static void main(String[] args) {
        if (args.length >= 2 && args[0].equals("evaluate")) {
            // evaluate FROM-TO [config.properties]: the confusion matrix of the defaults (or of the file) on those seeds
            RegimeConfig config = args.length > 2 ? RegimeConfig.load(java.nio.file.Path.of(args[2])) : RegimeConfig.DEFAULTS;
            String[] r = args[1].split("-");
            RegimeEvaluation e = new RegimeEvaluation();
            for (long seed = Long.parseLong(r[0]); seed <= Long.parseLong(r[r.length - 1]); seed++) {
                SimulatedMarket m = new RegimeSimulator(SimulatorConfig.DEFAULTS).simulate(seed, 86_400);
                e.add(RegimeClassification.classify(m.bars(), config), m.labels());
            }
            System.out.print(e.format());
            System.out.printf(Locale.ROOT, "accuracy %.4f%n", e.accuracy());
            return;
        }
        List<SimulatedMarket> markets = new ArrayList<>();
        for (long seed = 1; seed <= 5; seed++) {
            markets.add(new RegimeSimulator(SimulatorConfig.DEFAULTS).simulate(seed, 86_400));
        }
        RegimeConfig d = RegimeConfig.DEFAULTS;
        // the windows, the ATR/high-volatility thresholds and the slope confirmation were fixed by earlier passes of
        // this grid (trendSlopeMin 0–1, driftLongWeight 0.25–1, highVolDriftMax 1.2/1.6, atr percentile 0.96/0.98 with
        // the real classifier; window blends and the other thresholds from RegimeFeatureStudy's features of seeds 1–5)
        List<RegimeConfig> grid = new ArrayList<>();
        for (double trend : new double[] {0.8, 0.9, 1.0}) {
            for (double band : new double[] {0.0, 0.1}) {
                for (double volWeight : new double[] {0.5, 0.75}) {
                    for (double reversal : new double[] {0.75, 1.0, 1.25, 1e9}) {
                        for (double fastVol : new double[] {1.5, 1.6, 1.8, 1e9}) {
                            for (int confirm : new int[] {1, 2}) {
                                grid.add(new RegimeConfig(14, 120, 60, 60, 2880, 168, 0.5, 0.5, 0.98, 1.6, 0.75, 2.0,
                                        confirm, 120, 240, 0.5, trend, trend - band, volWeight, 1.3, 1.6, 60, reversal, 15, fastVol));
                            }
                        }
                    }
                }
            }
        }
        record Scored(double score, RegimeEvaluation evaluation, RegimeConfig config) {
        }
        List<Scored> scored = grid.stream().map(c -> {
            RegimeEvaluation e = new RegimeEvaluation();
            for (SimulatedMarket m : markets) {
                e.add(RegimeClassification.classify(m.bars(), c), m.labels());
            }
            double minRecall = Math.min(e.recall(Regime.TRENDING), Math.min(e.recall(Regime.RANGING), e.recall(Regime.HIGH_VOLATILITY)));
            return new Scored(e.accuracy() - Math.max(0, 0.85 - minRecall), e, c);
        }).sorted(Comparator.comparingDouble(Scored::score).reversed()).toList();
        for (Scored s : scored.subList(0, Math.min(12, scored.size()))) {
            RegimeEvaluation e = s.evaluation();
            System.out.printf(Locale.ROOT, "score %.4f acc %.4f T %.3f R %.3f X %.3f H %.3f | %s%n", s.score(), e.accuracy(),
                    e.recall(Regime.TRENDING), e.recall(Regime.RANGING), e.recall(Regime.TRANSITION), e.recall(Regime.HIGH_VOLATILITY),
                    s.config().toProperties().replace('\n', ' '));
        }
    }
}
