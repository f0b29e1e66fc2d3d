package com.adaptive.core.order;

/**
 * Decides, from one bar's OHLC, whether and at what price a bracket's orders fill; fees and slippage in basis points.
 *
 * <p>Rules (long shown; short mirrors every comparison):
 * <ul>
 *   <li>Market entry and market exit fill at the open, moved against the trader by the slippage; taker fee.</li>
 *   <li>Limit entry at L fills at the open if the open is at or below L (a gap gives the better price), else at L
 *       when the low reaches L; maker fee, no slippage.</li>
 *   <li>Take-profit is a limit: fills at its level when the high reaches it, or at the open if the bar opens beyond
 *       it; maker fee, no slippage.</li>
 *   <li>Stop-loss is a stop-market: fills at its level when the low reaches it, or at the open when the bar gaps
 *       through it; slippage against the trader; taker fee.</li>
 *   <li>Both legs inside one bar: the {@link AmbiguityPolicy} decides.</li>
 * </ul>
 * Immutable and thread-safe; all methods take and return primitives so the backtest loop never allocates.
 */
public final class FillModel {
    public static final int NO_EXIT = 0;
    public static final int TAKE_PROFIT_AT_LEVEL = 1;
    public static final int TAKE_PROFIT_AT_OPEN = 2;
    public static final int STOP_AT_LEVEL = 3;
    public static final int STOP_AT_OPEN = 4;

    public static final int NO_FILL = 0;
    public static final int FILL_AT_OPEN = 1;
    public static final int FILL_AT_LIMIT = 2;

    private static final double BPS = 10_000.0;

    private final double makerFeeBps;
    private final double takerFeeBps;
    private final double slippageBps;
    private final AmbiguityPolicy policy;
    private final double makerFeeRate;
    private final double takerFeeRate;
    private final double slippageRate;

    public FillModel(double makerFeeBps, double takerFeeBps, double slippageBps, AmbiguityPolicy policy) {
        if (!(makerFeeBps >= 0) || !(takerFeeBps >= 0) || !(slippageBps >= 0)) {
            throw new IllegalArgumentException("fees and slippage must be non-negative bps, were maker=" + makerFeeBps
                    + " taker=" + takerFeeBps + " slippage=" + slippageBps);
        }
        if (policy == null) {
            throw new IllegalArgumentException("ambiguity policy is required");
        }
        this.makerFeeBps = makerFeeBps;
        this.takerFeeBps = takerFeeBps;
        this.slippageBps = slippageBps;
        this.policy = policy;
        this.makerFeeRate = makerFeeBps / BPS;
        this.takerFeeRate = takerFeeBps / BPS;
        this.slippageRate = slippageBps / BPS;
    }

    /** Binance spot defaults: 10 bps maker and taker, 1 bp slippage, STOP_FIRST. */
    public static FillModel defaults() {
        return new FillModel(10, 10, 1, AmbiguityPolicy.STOP_FIRST);
    }

    /** No fees, no slippage: for hand-checkable scenarios. */
    public static FillModel frictionless(AmbiguityPolicy policy) {
        return new FillModel(0, 0, 0, policy);
    }

    public FillModel withPolicy(AmbiguityPolicy newPolicy) {
        return new FillModel(makerFeeBps, takerFeeBps, slippageBps, newPolicy);
    }

    public AmbiguityPolicy policy() {
        return policy;
    }

    public double makerFeeBps() {
        return makerFeeBps;
    }

    public double takerFeeBps() {
        return takerFeeBps;
    }

    public double slippageBps() {
        return slippageBps;
    }

    public double makerFeeRate() {
        return makerFeeRate;
    }

    public double takerFeeRate() {
        return takerFeeRate;
    }

    /** Price of a market order in direction {@code tradeSign} (+1 buy, -1 sell) at {@code reference}: slippage hurts. */
    public double marketPrice(int tradeSign, double reference) {
        return reference * (1 + tradeSign * slippageRate);
    }

    /** Whether a limit entry for {@code sideSign} at {@code limit} fills in this bar: NO_FILL, FILL_AT_OPEN or FILL_AT_LIMIT. */
    public int limitEntry(int sideSign, double limit, double open, double high, double low) {
        if (sideSign > 0) {
            return open <= limit ? FILL_AT_OPEN : low <= limit ? FILL_AT_LIMIT : NO_FILL;
        }
        return open >= limit ? FILL_AT_OPEN : high >= limit ? FILL_AT_LIMIT : NO_FILL;
    }

    /**
     * Which exit leg of an open position fills in this bar, one of the {@code *_AT_*} codes or NO_EXIT. NaN levels are
     * absent legs. {@code gapCheck} is false on a bar whose open preceded the entry fill (a limit filled inside it),
     * because that open was not seen while the position was held.
     */
    public int resolveExit(int sideSign, double takeProfit, double stopLoss, double open, double high, double low,
                           boolean gapCheck) {
        return resolve(sideSign, takeProfit, stopLoss, open, high, low, gapCheck, policy);
    }

    /**
     * SUB_BARS: the index in {@code [from, to)} of the first finer bar in which a leg fills (resolve it with
     * {@link #resolveExitInSubBar}), or -1 when none does.
     */
    public static int firstSubBarWithExit(int sideSign, double takeProfit, double stopLoss, double[] high, double[] low,
                                          int from, int to) {
        for (int j = from; j < to; j++) {
            boolean touched = sideSign > 0 ? (low[j] <= stopLoss || high[j] >= takeProfit)
                    : (high[j] >= stopLoss || low[j] <= takeProfit);
            if (touched) {
                return j;
            }
        }
        return -1;
    }

    /** Resolves the exit inside one finer bar; a finer bar holding both legs falls back to STOP_FIRST. */
    public int resolveExitInSubBar(int sideSign, double takeProfit, double stopLoss, double open, double high, double low,
                                   boolean gapCheck) {
        return resolve(sideSign, takeProfit, stopLoss, open, high, low, gapCheck, AmbiguityPolicy.STOP_FIRST);
    }

    private static int resolve(int sideSign, double takeProfit, double stopLoss, double open, double high, double low,
                               boolean gapCheck, AmbiguityPolicy rule) {
        boolean stopHit;
        boolean targetHit;
        if (sideSign > 0) {
            if (gapCheck && open <= stopLoss) {
                return STOP_AT_OPEN;
            }
            if (gapCheck && open >= takeProfit) {
                return TAKE_PROFIT_AT_OPEN;
            }
            stopHit = low <= stopLoss;
            targetHit = high >= takeProfit;
        } else {
            if (gapCheck && open >= stopLoss) {
                return STOP_AT_OPEN;
            }
            if (gapCheck && open <= takeProfit) {
                return TAKE_PROFIT_AT_OPEN;
            }
            stopHit = high >= stopLoss;
            targetHit = low <= takeProfit;
        }
        if (stopHit && targetHit) {
            if (rule == AmbiguityPolicy.ADAPTIVE_OHLC) {
                // the extreme nearer the open is assumed to be reached first; a tie stays conservative
                boolean lowFirst = open - low <= high - open;
                boolean stopIsLow = sideSign > 0;
                return lowFirst == stopIsLow ? STOP_AT_LEVEL : TAKE_PROFIT_AT_LEVEL;
            }
            return STOP_AT_LEVEL;
        }
        if (stopHit) {
            return STOP_AT_LEVEL;
        }
        return targetHit ? TAKE_PROFIT_AT_LEVEL : NO_EXIT;
    }

    /** Fill price of an exit code: TP at its level or the open; the stop at its level or the open, minus slippage. */
    public double exitPrice(int exitCode, int sideSign, double takeProfit, double stopLoss, double open) {
        switch (exitCode) {
            case TAKE_PROFIT_AT_LEVEL:
                return takeProfit;
            case TAKE_PROFIT_AT_OPEN:
                return open;
            case STOP_AT_LEVEL:
                return stopLoss * (1 - sideSign * slippageRate);
            case STOP_AT_OPEN:
                return open * (1 - sideSign * slippageRate);
            default:
                throw new IllegalArgumentException("not an exit code: " + exitCode);
        }
    }

    /** Fee rate of an exit code: a take-profit rests (maker), a stop takes liquidity (taker). */
    public double exitFeeRate(int exitCode) {
        return exitCode == TAKE_PROFIT_AT_LEVEL || exitCode == TAKE_PROFIT_AT_OPEN ? makerFeeRate : takerFeeRate;
    }
}
