package com.adaptive.core.strategy;

import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.regime.Regime;

import java.util.Map;
import java.util.Set;

/**
 * S1 trend: long when the close is above the session VWAP and the fast EMA is above the slow EMA, entered on the
 * bar where that condition turns true; the bracket's take-profit and stop are ATR multiples or, when
 * {@code tp_pct}/{@code sl_pct} are positive, percentages of the close. Exits on the signal when the fast EMA
 * crosses back under the slow one. Short (mirror image) only with {@code short=1}: spot is long-only by default.
 * {@code vwap=0} drops the VWAP condition, leaving a plain EMA crossover with a bracket.
 *
 * <p>Warm-up: {@code max(slow - 1, atr)} bars for the EMAs and ATR; the session VWAP restarts at each UTC midnight
 * and so depends on data from the day's first bar only.
 */
public final class S1TrendStrategy implements Strategy {
    public static final String ID = "S1";
    public static final StrategyParams DEFAULTS = StrategyParams.of(Map.of(
            "fast", 20.0, "slow", 50.0, "atr", 14.0, "tp_atr", 3.0, "sl_atr", 1.5,
            "tp_pct", 0.0, "sl_pct", 0.0, "short", 0.0, "vwap", 1.0));

    private final StrategyParams params;
    private final int fastBars;
    private final int slowBars;
    private final int atrBars;
    private final double tpAtr;
    private final double slAtr;
    private final double tpPct;
    private final double slPct;
    private final boolean allowShort;
    private final boolean useVwap;
    private final boolean needsAtr;

    public S1TrendStrategy(StrategyParams given) {
        given.requireKnown(DEFAULTS.asMap().keySet(), ID);
        this.params = given.over(DEFAULTS);
        this.fastBars = params.getInt("fast", 1);
        this.slowBars = params.getInt("slow", 1);
        if (fastBars >= slowBars) {
            throw new IllegalArgumentException("parameter fast must be below slow, were: " + fastBars + ", " + slowBars);
        }
        this.atrBars = params.getInt("atr", 1);
        this.tpAtr = params.getDouble("tp_atr", 0);
        this.slAtr = params.getDouble("sl_atr", 0);
        this.tpPct = params.getDouble("tp_pct", 0);
        this.slPct = params.getDouble("sl_pct", 0);
        this.allowShort = params.getBoolean("short");
        this.useVwap = params.getBoolean("vwap");
        this.needsAtr = (tpPct == 0 && tpAtr > 0) || (slPct == 0 && slAtr > 0);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public StrategyParams params() {
        return params;
    }

    @Override
    public int warmupBars() {
        return Math.max(slowBars - 1, needsAtr ? atrBars : 0);
    }

    @Override
    public Set<Regime> defaultAllowedRegimes() {
        return Set.of(Regime.TRENDING);
    }

    @Override
    public SignalSource bind(BarSeries bars, IndicatorCache cache) {
        // only the columns the rule reads are computed; an unused ATR slot gets the close column, never read
        double[] close = bars.close();
        double[] atr = needsAtr ? cache.atr(atrBars) : close;
        double[] fast = cache.emaOfClose(fastBars);
        double[] slow = cache.emaOfClose(slowBars);
        if (useVwap) {
            return new VwapSignals(close, cache.sessionVwap(), fast, slow, atr, tpAtr, slAtr, tpPct, slPct, allowShort);
        }
        return new CrossSignals(close, fast, slow, atr, tpAtr, slAtr, tpPct, slPct, allowShort);
    }

    /**
     * The per-bar rule over precomputed columns; stateless, so any bar may be asked in any order. Two final
     * subclasses rather than a flag tested per bar: the flag made the hot condition measurably slower.
     */
    private abstract static class Signals implements SignalSource {
        final double[] close;
        final double[] fast;
        final double[] slow;
        final double[] atr;
        final double tpAtr;
        final double slAtr;
        final double tpFraction;
        final double slFraction;
        final boolean allowShort;

        Signals(double[] close, double[] fast, double[] slow, double[] atr, double tpAtr, double slAtr, double tpPct,
                double slPct, boolean allowShort) {
            this.close = close;
            this.fast = fast;
            this.slow = slow;
            this.atr = atr;
            this.tpAtr = tpAtr;
            this.slAtr = slAtr;
            this.tpFraction = tpPct / 100.0;
            this.slFraction = slPct / 100.0;
            this.allowShort = allowShort;
        }

        /** Exit on the cross back; true when the position side was handled (non-flat). */
        final boolean exitIfHeld(int t, int positionSide, Intent out) {
            if (positionSide > 0) {
                if (fast[t] < slow[t]) {
                    out.exit();
                }
                return true;
            }
            if (positionSide < 0) {
                if (fast[t] > slow[t]) {
                    out.exit();
                }
                return true;
            }
            return false;
        }

        final void enter(int t, int side, Intent out) {
            double tp = tpFraction > 0 ? close[t] * tpFraction : tpAtr * atr[t];
            double sl = slFraction > 0 ? close[t] * slFraction : slAtr * atr[t];
            Brackets.enterMarket(out, side, tp, tpFraction > 0 || tpAtr > 0, sl, slFraction > 0 || slAtr > 0);
        }
    }

    /** S1 proper: trend by the EMAs and price above (below) the session VWAP. */
    private static final class VwapSignals extends Signals {
        private final double[] vwap;

        VwapSignals(double[] close, double[] vwap, double[] fast, double[] slow, double[] atr, double tpAtr, double slAtr,
                    double tpPct, double slPct, boolean allowShort) {
            super(close, fast, slow, atr, tpAtr, slAtr, tpPct, slPct, allowShort);
            this.vwap = vwap;
        }

        @Override
        public void onBarClose(int t, int positionSide, int regimeOrdinal, Intent out) {
            if (exitIfHeld(t, positionSide, out) || t == 0) {
                return;
            }
            // NaN indicators during warm-up make every comparison false, so no entry can fire before warm-up.
            // Non-short-circuit & on purpose: the comparisons flip often, so branches on them mispredict; one rarely
            // taken branch on the combined edge is cheap.
            boolean up = (close[t] > vwap[t]) & (fast[t] > slow[t]);
            boolean wasUp = (close[t - 1] > vwap[t - 1]) & (fast[t - 1] > slow[t - 1]);
            if (up & !wasUp) {
                enter(t, 1, out);
            } else if (allowShort) {
                boolean down = (close[t] < vwap[t]) & (fast[t] < slow[t]);
                boolean wasDown = (close[t - 1] < vwap[t - 1]) & (fast[t - 1] < slow[t - 1]);
                if (down & !wasDown) {
                    enter(t, -1, out);
                }
            }
        }
    }

    /** {@code vwap=0}: a plain EMA crossover with the bracket. */
    private static final class CrossSignals extends Signals {
        CrossSignals(double[] close, double[] fast, double[] slow, double[] atr, double tpAtr, double slAtr, double tpPct,
                     double slPct, boolean allowShort) {
            super(close, fast, slow, atr, tpAtr, slAtr, tpPct, slPct, allowShort);
        }

        @Override
        public void onBarClose(int t, int positionSide, int regimeOrdinal, Intent out) {
            if (exitIfHeld(t, positionSide, out) || t == 0) {
                return;
            }
            boolean up = fast[t] > slow[t];
            boolean wasUp = fast[t - 1] > slow[t - 1];
            if (up & !wasUp) {
                enter(t, 1, out);
            } else if (allowShort && (fast[t] < slow[t]) & !(fast[t - 1] < slow[t - 1])) {
                enter(t, -1, out);
            }
        }
    }
}
