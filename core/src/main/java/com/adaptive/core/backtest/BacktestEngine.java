package com.adaptive.core.backtest;

import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.metrics.ReturnAccumulator;
import com.adaptive.core.order.AmbiguityPolicy;
import com.adaptive.core.order.BracketEvent;
import com.adaptive.core.order.BracketState;
import com.adaptive.core.order.BracketStateMachine;
import com.adaptive.core.order.ExitReason;
import com.adaptive.core.order.FillModel;
import com.adaptive.core.strategy.Intent;
import com.adaptive.core.strategy.RegimeChangePolicy;
import com.adaptive.core.strategy.RegimeGating;
import com.adaptive.core.strategy.SignalSource;

/**
 * Runs one strategy on one symbol: a single loop over primitive columns that allocates nothing per bar.
 *
 * <p>Order of events in bar t: (1) a market exit decided at the close of t−1 fills at the open; (2) a pending
 * entry fills (market at the open, or a limit inside the bar); (3) the open bracket's take-profit/stop legs are
 * resolved against the bar's range by the {@link FillModel}; (4) equity is marked at the close; (5) the strategy
 * sees bars up to t and may ask to enter or exit, which can fill from bar t+1 on. A position still open after
 * the last bar is closed at the last close (reason {@code end}) so that the sum of trade PnL equals the equity
 * change. The bracket's life follows {@link BracketStateMachine}; an illegal transition throws.
 */
public final class BacktestEngine {
    private static final int NO_BRACKET = -1;
    /** Bars per step of the open-bracket walk; a streaming strategy keeps at least this many bars behind. */
    public static final int WALK_CHUNK = 256;
    private static final int PENDING = BracketState.PENDING_ENTRY.ordinal();
    private static final int ENTRY_FILLED = BracketEvent.ENTRY_FILLED.ordinal();
    private static final int ENTRY_CANCELLED = BracketEvent.ENTRY_CANCELLED.ordinal();
    private static final int TP_FILLED = BracketEvent.TAKE_PROFIT_FILLED.ordinal();
    private static final int SL_FILLED = BracketEvent.STOP_LOSS_FILLED.ordinal();
    private static final int EXIT_FILLED = BracketEvent.EXIT_FILLED.ordinal();

    private final BacktestConfig config;

    public BacktestEngine(BacktestConfig config) {
        this.config = config;
    }

    public BacktestConfig config() {
        return config;
    }

    /** Runs over {@code bars} without regimes or finer bars, into fresh output arrays. */
    public BacktestResult run(BarSeries bars, SignalSource signals, int warmupBars) {
        return run(bars, signals, warmupBars, null, null, new double[bars.size()], new TradeLog());
    }

    /** Runs with per-bar regime ordinals (gating) into fresh output arrays. */
    public BacktestResult run(BarSeries bars, SignalSource signals, int warmupBars, byte[] regimes) {
        return run(bars, signals, warmupBars, regimes, null, new double[bars.size()], new TradeLog());
    }

    /**
     * The full form. {@code regimes} (nullable) holds one regime ordinal per bar, -1 unknown; {@code subBars}
     * (nullable) are the finer bars for {@link AmbiguityPolicy#SUB_BARS}; {@code equityOut} (length ≥ bars) and
     * {@code trades} (cleared first) are reused by callers that run many times, such as the optimizer.
     */
    public BacktestResult run(BarSeries bars, SignalSource signals, int warmupBars, byte[] regimes, BarSeries subBars,
                              double[] equityOut, TradeLog trades) {
        if (equityOut == null) {
            throw new IllegalArgumentException("equityOut is required");
        }
        return run(bars, signals, warmupBars, regimes, subBars, equityOut, trades, null);
    }

    /**
     * As the full form, and every bar's closing equity also goes into {@code returns} (reset to the initial capital
     * first) for {@link com.adaptive.core.metrics.MetricsCalculator#of(BacktestResult, ReturnAccumulator, double)};
     * {@code equityOut} may then be null, and the result's equity curve is null: a caller that needs only the metrics
     * (the optimizer) neither writes nor rereads a curve.
     */
    public BacktestResult run(BarSeries bars, SignalSource signals, int warmupBars, byte[] regimes, BarSeries subBars,
                              double[] equityOut, TradeLog trades, ReturnAccumulator returns) {
        final int n = bars.size();
        if (n == 0) {
            throw new IllegalArgumentException("Cannot backtest an empty bar series");
        }
        if (regimes != null && regimes.length != n) {
            throw new IllegalArgumentException("regimes must have " + n + " values, was: " + regimes.length);
        }
        if (equityOut == null && returns == null) {
            throw new IllegalArgumentException("equityOut or returns is required");
        }
        if (returns != null) {
            returns.reset(config.initialCapital());
        }
        final boolean keepCurve = equityOut != null;
        if (keepCurve && equityOut.length < n) {
            throw new IllegalArgumentException("equityOut must hold " + n + " values, was: " + equityOut.length);
        }
        trades.clear();
        final long[] time = bars.openTimeMillis();
        final double[] open = bars.open();
        final double[] high = bars.high();
        final double[] low = bars.low();
        final double[] close = bars.close();
        final FillModel fills = config.fills();
        final PositionSizing sizing = config.sizing();
        final RegimeGating gating = config.gating();
        final boolean exitOnRegime = gating.onRegimeChange() == RegimeChangePolicy.EXIT;
        final double takerFee = fills.takerFeeRate();
        final double makerFee = fills.makerFeeRate();
        final int limitValidBars = config.limitValidBars();

        final boolean useSubBars = fills.policy() == AmbiguityPolicy.SUB_BARS && subBars != null && subBars.size() > 0;
        int[] subFrom = null;
        int[] subTo = null;
        if (useSubBars) {
            subFrom = new int[n];
            subTo = new int[n];
            mapSubBars(time, subBars.openTimeMillis(), subFrom, subTo);
        }
        final double[] subOpen = useSubBars ? subBars.open() : null;
        final double[] subHigh = useSubBars ? subBars.high() : null;
        final double[] subLow = useSubBars ? subBars.low() : null;

        final Intent intent = new Intent();
        double cash = config.initialCapital();
        int side = 0;
        double qty = 0;
        int state = NO_BRACKET;
        double entryPrice = 0;
        double entryFee = 0;
        int entryBar = 0;
        int entryRegime = -1;
        double tp = Double.NaN;
        double sl = Double.NaN;
        // the entry waiting for a fill
        int pendSide = 0;
        boolean pendLimit = false;
        double pendLimitPrice = 0;
        double pendTpDist = Double.NaN;
        double pendSlDist = Double.NaN;
        int pendPlacedBar = 0;
        int pendRegime = -1;
        ExitReason pendingExit = null;
        int blocked = 0;
        int barsInPosition = 0;
        double notional = 0;
        double feesPaid = 0;

        final int lastAsked = n - 1; // nothing is decided on the last bar
        double lastMark = cash;
        // walking an open position without the general path needs the bar's range alone to rule out an exit
        final boolean walkOpen = !useSubBars && !(exitOnRegime && regimes != null);
        for (int t = 0; t < n; t++) {
            if (pendingExit == null && t < lastAsked) {
                if (side == 0 && state == NO_BRACKET) {
                    // flat, nothing pending: only the strategy can start something, so the bars up to its next
                    // possible entry are skipped, equity unchanged (before warm-up it is not asked at all)
                    int from = t < warmupBars ? Math.min(warmupBars, lastAsked) : t;
                    int next = from < lastAsked ? signals.nextCandidate(from, lastAsked, 0) : lastAsked;
                    if (next > t) {
                        if (keepCurve) {
                            java.util.Arrays.fill(equityOut, t, next, cash);
                        }
                        if (returns != null) {
                            returns.addUnchanged(cash, next - t);
                        }
                        t = next;
                    }
                } else if (side != 0 && walkOpen && t > entryBar && t >= warmupBars) {
                    // open bracket: walk the bars on which neither leg can fill (the open and the range stay
                    // strictly inside both levels; an absent leg is NaN and never touched) and the strategy would
                    // not exit, marking equity; the first other bar takes the general path below. Chunks of
                    // WALK_CHUNK bars: the strategy is asked for its next exit within a chunk, then the legs are
                    // checked up to it, so neither search runs far past where the other one stops.
                    double units = side * qty;
                    int u = t;
                    while (true) {
                        int chunkEnd = Math.min(lastAsked, u + WALK_CHUNK);
                        int candidate = signals.nextCandidate(u, chunkEnd, side);
                        int k = u;
                        if (side > 0) {
                            while (k < candidate && !(open[k] <= sl) && !(low[k] <= sl) && !(open[k] >= tp)
                                    && !(high[k] >= tp)) {
                                k++;
                            }
                        } else {
                            while (k < candidate && !(open[k] >= sl) && !(high[k] >= sl) && !(open[k] <= tp)
                                    && !(low[k] <= tp)) {
                                k++;
                            }
                        }
                        for (int m = u; m < k; m++) {
                            double e = cash + units * close[m];
                            if (keepCurve) {
                                equityOut[m] = e;
                            }
                            if (returns != null) {
                                returns.add(e);
                            }
                        }
                        u = k;
                        if (k < candidate || candidate < chunkEnd || chunkEnd == lastAsked) {
                            break;
                        }
                    }
                    barsInPosition += u - t;
                    t = u;
                }
            }
            // (1) market exit decided at the previous close
            if (pendingExit != null) {
                double px = fills.marketPrice(-side, open[t]);
                double fee = qty * px * takerFee;
                cash += side * qty * px - fee;
                notional += qty * px;
                feesPaid += fee;
                state = BracketStateMachine.next(state, EXIT_FILLED);
                trades.add(entryBar, t, time[entryBar], time[t], side, qty, entryPrice, px, entryFee + fee,
                        side * qty * (px - entryPrice) - entryFee - fee, pendingExit, entryRegime);
                side = 0;
                qty = 0;
                state = NO_BRACKET;
                pendingExit = null;
            }
            // (2) pending entry
            boolean filledInsideBar = false;
            if (state == PENDING) {
                double px;
                double feeRate;
                if (!pendLimit) {
                    px = fills.marketPrice(pendSide, open[t]);
                    feeRate = takerFee;
                } else {
                    int code = fills.limitEntry(pendSide, pendLimitPrice, open[t], high[t], low[t]);
                    px = code == FillModel.FILL_AT_OPEN ? open[t] : pendLimitPrice;
                    feeRate = makerFee;
                    filledInsideBar = code == FillModel.FILL_AT_LIMIT;
                    if (code == FillModel.NO_FILL) {
                        px = Double.NaN;
                        if (t - pendPlacedBar >= limitValidBars) {
                            BracketStateMachine.next(state, ENTRY_CANCELLED);
                            state = NO_BRACKET;
                        }
                    }
                }
                if (px == px) {
                    state = BracketStateMachine.next(state, ENTRY_FILLED);
                    side = pendSide;
                    qty = sizing.quantity(cash, px, pendSlDist, feeRate);
                    entryFee = qty * px * feeRate;
                    cash -= side * qty * px + entryFee;
                    notional += qty * px;
                    feesPaid += entryFee;
                    entryPrice = px;
                    entryBar = t;
                    entryRegime = pendRegime;
                    tp = px + side * pendTpDist;
                    sl = px - side * pendSlDist;
                }
            }
            // (3) take-profit / stop-loss inside bar t
            if (side != 0) {
                // on the entry bar the open came before the fill, so a "gap" against it means nothing; after a limit
                // fill inside the bar the high may have come before the fill, so only the stop is certain
                boolean gapCheck = entryBar != t;
                double target = filledInsideBar ? Double.NaN : tp;
                int code;
                double px;
                int j = -1;
                if (useSubBars) {
                    j = FillModel.firstSubBarWithExit(side, target, sl, subHigh, subLow, subFrom[t], subTo[t]);
                }
                if (j >= 0) {
                    code = fills.resolveExitInSubBar(side, target, sl, subOpen[j], subHigh[j], subLow[j],
                            gapCheck || j > subFrom[t]);
                    px = code == FillModel.NO_EXIT ? 0 : fills.exitPrice(code, side, target, sl, subOpen[j]);
                } else if (useSubBars && subFrom[t] < subTo[t]) {
                    code = FillModel.NO_EXIT;
                    px = 0;
                } else {
                    code = fills.resolveExit(side, target, sl, open[t], high[t], low[t], gapCheck);
                    px = code == FillModel.NO_EXIT ? 0 : fills.exitPrice(code, side, target, sl, open[t]);
                }
                if (code != FillModel.NO_EXIT) {
                    boolean isTarget = code == FillModel.TAKE_PROFIT_AT_LEVEL || code == FillModel.TAKE_PROFIT_AT_OPEN;
                    double fee = qty * px * fills.exitFeeRate(code);
                    cash += side * qty * px - fee;
                    notional += qty * px;
                    feesPaid += fee;
                    state = BracketStateMachine.next(state, isTarget ? TP_FILLED : SL_FILLED);
                    trades.add(entryBar, t, time[entryBar], time[t], side, qty, entryPrice, px, entryFee + fee,
                            side * qty * (px - entryPrice) - entryFee - fee,
                            isTarget ? ExitReason.TAKE_PROFIT : ExitReason.STOP_LOSS, entryRegime);
                    side = 0;
                    qty = 0;
                    state = NO_BRACKET;
                }
            }
            // (4) mark to market at the close
            double mark;
            if (side != 0) {
                barsInPosition++;
                mark = cash + side * qty * close[t];
            } else {
                mark = cash;
            }
            if (keepCurve) {
                equityOut[t] = mark;
            }
            // the last bar's equity is final only after the end-of-data close below
            if (returns != null && t < lastAsked) {
                returns.add(mark);
            }
            lastMark = mark;
            // (5) decide on the close of t; nothing decided on the last bar could ever fill
            if (t >= warmupBars && t < n - 1) {
                int regime = regimes == null ? -1 : regimes[t];
                boolean allowed = gating.allows(regime);
                if (side != 0 && !allowed && exitOnRegime) {
                    pendingExit = ExitReason.REGIME;
                } else {
                    intent.clear();
                    signals.onBarClose(t, side, regime, intent);
                    int action = intent.action();
                    if (action == Intent.ENTER && side == 0 && state == NO_BRACKET) {
                        if (allowed) {
                            state = PENDING;
                            pendSide = intent.sideSign();
                            pendLimit = intent.isLimit();
                            pendLimitPrice = intent.limitPrice();
                            pendTpDist = intent.takeProfitDistance();
                            pendSlDist = intent.stopLossDistance();
                            pendPlacedBar = t;
                            pendRegime = regime;
                        } else {
                            blocked++;
                        }
                    } else if (action == Intent.EXIT && side != 0) {
                        pendingExit = ExitReason.SIGNAL;
                    }
                }
            }
        }
        if (state == PENDING) {
            BracketStateMachine.next(state, ENTRY_CANCELLED);
        }
        if (side != 0) {
            int last = n - 1;
            double px = fills.marketPrice(-side, close[last]);
            double fee = qty * px * takerFee;
            cash += side * qty * px - fee;
            notional += qty * px;
            feesPaid += fee;
            BracketStateMachine.next(state, EXIT_FILLED);
            trades.add(entryBar, last, time[entryBar], time[last], side, qty, entryPrice, px, entryFee + fee,
                    side * qty * (px - entryPrice) - entryFee - fee, ExitReason.END, entryRegime);
            if (keepCurve) {
                equityOut[last] = cash;
            }
            lastMark = cash;
        }
        if (returns != null) {
            returns.add(lastMark);
        }
        double[] equity = !keepCurve ? null : equityOut.length == n ? equityOut : java.util.Arrays.copyOf(equityOut, n);
        return new BacktestResult(time, equity, trades, regimes, config.initialCapital(), blocked, barsInPosition,
                notional, feesPaid);
    }

    /** For each bar, the range of finer bars whose open time lies inside it (bars end where the next begins). */
    private static void mapSubBars(long[] time, long[] subTime, int[] from, int[] to) {
        int n = time.length;
        long typicalMillis = n > 1 ? time[1] - time[0] : Long.MAX_VALUE / 4;
        for (int i = 2; i < n; i++) {
            typicalMillis = Math.min(typicalMillis, time[i] - time[i - 1]);
        }
        int j = 0;
        for (int t = 0; t < n; t++) {
            long start = time[t];
            long end = t + 1 < n ? Math.min(time[t + 1], start + typicalMillis) : start + typicalMillis;
            while (j < subTime.length && subTime[j] < start) {
                j++;
            }
            from[t] = j;
            int k = j;
            while (k < subTime.length && subTime[k] < end) {
                k++;
            }
            to[t] = k;
            j = k;
        }
    }
}
