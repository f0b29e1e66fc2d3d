package com.adaptive.core.strategy;

import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.indicator.AtrIndicator;
import com.adaptive.core.indicator.EmaIndicator;
import com.adaptive.core.indicator.SessionVwapIndicator;
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
    private final double tpFraction;
    private final double slFraction;
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
        this.tpFraction = tpPct / 100.0;
        this.slFraction = slPct / 100.0;
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
        // only the columns the rule reads are computed; an unused slot gets the close column: the VWAP slot with
        // vwap=0 is masked by the rule, an unused ATR slot is never read
        double[] close = bars.close();
        double[] atr = needsAtr ? cache.atr(atrBars) : close;
        double[] vwap = useVwap ? cache.sessionVwap() : close;
        double[] fast = cache.emaOfClose(fastBars);
        double[] slow = cache.emaOfClose(slowBars);
        // the per-bar action bits depend on the EMA pair, the VWAP switch and shorts only, so the optimizer's
        // combinations that differ in bracket sizes alone share them (and walk 3 bits per bar, not 4 columns)
        long[][] bits = cache.derived(ID + ":bits:" + fastBars + ":" + slowBars + ":" + useVwap + ":" + allowShort,
                () -> actionBits(close, vwap, fast, slow));
        return new Signals(this, close, vwap, fast, slow, atr, bits);
    }

    /**
     * The live form: the indicators advance bar by bar with the streaming updaters (bit-identical to the batch
     * columns) as bars close, so a backtest runs indicators, rule and fills in one pass with nothing but the bars
     * in memory. Must be asked in increasing bar order (bars may be skipped; they are caught up).
     */
    @Override
    public SignalSource bindStreaming(BarSeries bars) {
        return new Signals(this, bars);
    }

    static final int NOTHING = 0;
    static final int EXIT = 2;

    /**
     * The S1 rule, the one copy both bindings call: given the position side and this bar's and the previous bar's
     * close, session VWAP and EMAs, returns {@link #EXIT}, +1 / -1 (enter long / short) or {@link #NOTHING}. NaN
     * indicators during warm-up make every comparison false, so no entry can fire before warm-up. Non-short-circuit
     * {@code &} and {@code |} on purpose: the comparisons flip often, so branches on them mispredict; one rarely
     * taken branch on the combined edge is cheap. With {@code vwap=0} the VWAP terms are masked to true.
     */
    int decide(int positionSide, double c, double v, double f, double s, double cPrev, double vPrev, double fPrev,
               double sPrev) {
        if (positionSide > 0) {
            return exitsLong(f, s) ? EXIT : NOTHING;
        }
        if (positionSide < 0) {
            return exitsShort(f, s) ? EXIT : NOTHING;
        }
        if (longSetup(c, v, f, s) & !longSetup(cPrev, vPrev, fPrev, sPrev)) {
            return 1;
        }
        if (shortSetup(c, v, f, s) & !shortSetup(cPrev, vPrev, fPrev, sPrev)) {
            return -1;
        }
        return NOTHING;
    }

    /** The long condition on one bar: above the session VWAP (unless {@code vwap=0}) and fast EMA above slow. */
    boolean longSetup(double c, double v, double f, double s) {
        return ((c > v) | !useVwap) & (f > s);
    }

    /** The short condition on one bar (never with {@code short=0}): the mirror image of {@link #longSetup}. */
    boolean shortSetup(double c, double v, double f, double s) {
        // && on the switch: a long-only run (the default) skips the comparisons altogether
        return allowShort && (((c < v) | !useVwap) & (f < s));
    }

    static boolean exitsLong(double f, double s) {
        return f < s;
    }

    static boolean exitsShort(double f, double s) {
        return f > s;
    }

    /** Writes the intent of a {@link #decide} code; the bracket distances from the close and the ATR of the bar. */
    void act(int code, double close, double atr, Intent out) {
        if (code == EXIT) {
            out.exit();
        } else if (code != NOTHING) {
            double tp = tpFraction > 0 ? close * tpFraction : tpAtr * atr;
            double sl = slFraction > 0 ? close * slFraction : slAtr * atr;
            Brackets.enterMarket(out, code, tp, tpFraction > 0 || tpAtr > 0, sl, slFraction > 0 || slAtr > 0);
        }
    }

    /**
     * Per bar t, one bit each: {@link #decide} acts at t for a flat position (entry edge), a long one and a short one
     * (exit); words of 64 bars, bar t at bit t of word t / 64.
     */
    long[][] actionBits(double[] close, double[] vwap, double[] fast, double[] slow) {
        int n = close.length;
        int words = (n >> 6) + 1;
        long[] entry = new long[words];
        long[] exitLong = new long[words];
        long[] exitShort = new long[words];
        boolean longBefore = n > 0 && longSetup(close[0], vwap[0], fast[0], slow[0]);
        boolean shortBefore = n > 0 && shortSetup(close[0], vwap[0], fast[0], slow[0]);
        long wordEntry = 0;
        long wordLong = 0;
        long wordShort = 0;
        for (int t = 0; t < n; t++) {
            double f = fast[t];
            double s = slow[t];
            boolean longNow = longSetup(close[t], vwap[t], f, s);
            boolean shortNow = shortSetup(close[t], vwap[t], f, s);
            wordEntry |= ((longNow & !longBefore) | (shortNow & !shortBefore) ? 1L : 0L) << t;
            wordLong |= (exitsLong(f, s) ? 1L : 0L) << t;
            wordShort |= (exitsShort(f, s) ? 1L : 0L) << t;
            if ((t & 63) == 63 || t == n - 1) {
                entry[t >>> 6] = wordEntry;
                exitLong[t >>> 6] = wordLong;
                exitShort[t >>> 6] = wordShort;
                wordEntry = 0;
                wordLong = 0;
                wordShort = 0;
            }
            longBefore = longNow;
            shortBefore = shortNow;
        }
        return new long[][] {entry, exitLong, exitShort};
    }

    /**
     * The rule over indicator columns, either whole-series batch columns ({@link #bind}; stateless, any bar in any
     * order) or small blocks refilled by the streaming updaters as the asked bar passes the end of the current block
     * ({@link #bindStreaming}; increasing order). One class for both so that the engine's call site stays
     * monomorphic and inlined.
     */
    private static final class Signals implements SignalSource {
        /**
         * Bars per block: the columns of a window of two blocks (4 × 32 KB) stay in L2 while the engine walks them.
         * The window keeps the previous block, so bars up to a block behind the newest computed one can still be
         * asked: the engine's walk asks ahead by up to {@link com.adaptive.core.backtest.BacktestEngine#WALK_CHUNK}.
         */
        static final int BLOCK = 2048;
        static final int WINDOW = 2 * BLOCK;
        private final S1TrendStrategy rule;
        private final double[] close;
        private final double[] vwap;
        private final double[] fast;
        private final double[] slow;
        private final double[] atr;
        /** Column index = bar - base; a block holds the bar before its first in slot 0. */
        private int base;
        /** Bars below limit (and above base in a block) are available. */
        private int limit;
        private final int minIndex;
        // streaming state (null for whole columns)
        private final long[] time;
        private final double[] high;
        private final double[] low;
        private final double[] volume;
        private final EmaIndicator fastEma;
        private final EmaIndicator slowEma;
        private final AtrIndicator atrIndicator;
        private final SessionVwapIndicator vwapIndicator;
        /** Per block slot, one bit: the rule ({@link #decide}) acts on this bar for a flat, long, short position. */
        private final long[] entryBits;
        private final long[] exitLongBits;
        private final long[] exitShortBits;

        /** Whole columns and their action bits ({@link #actionBits}). */
        Signals(S1TrendStrategy rule, double[] close, double[] vwap, double[] fast, double[] slow, double[] atr,
                long[][] bits) {
            this.rule = rule;
            this.close = close;
            this.vwap = vwap;
            this.fast = fast;
            this.slow = slow;
            this.atr = atr;
            this.base = 0;
            this.limit = close.length;
            this.minIndex = 0;
            this.time = null;
            this.high = null;
            this.low = null;
            this.volume = null;
            this.fastEma = null;
            this.slowEma = null;
            this.atrIndicator = null;
            this.vwapIndicator = null;
            this.entryBits = bits[0];
            this.exitLongBits = bits[1];
            this.exitShortBits = bits[2];
        }

        /** Streaming blocks. */
        Signals(S1TrendStrategy rule, BarSeries bars) {
            this.rule = rule;
            this.close = bars.close();
            this.vwap = nanColumn(WINDOW + 1);
            this.fast = nanColumn(WINDOW + 1);
            this.slow = nanColumn(WINDOW + 1);
            this.atr = nanColumn(WINDOW + 1);
            this.base = -1 - BLOCK;
            this.limit = 0;
            this.minIndex = 1;
            this.time = bars.openTimeMillis();
            this.high = bars.high();
            this.low = bars.low();
            this.volume = bars.volume();
            this.fastEma = new EmaIndicator(rule.fastBars);
            this.slowEma = new EmaIndicator(rule.slowBars);
            // unused updaters exist too (and are skipped per bar) so that the block loop has one shape
            this.atrIndicator = new AtrIndicator(rule.atrBars);
            this.vwapIndicator = new SessionVwapIndicator();
            this.entryBits = new long[(WINDOW >> 6) + 1];
            this.exitLongBits = new long[(WINDOW >> 6) + 1];
            this.exitShortBits = new long[(WINDOW >> 6) + 1];
        }

        private static double[] nanColumn(int n) {
            double[] a = new double[n];
            java.util.Arrays.fill(a, Double.NaN);
            return a;
        }

        @Override
        public void onBarClose(int t, int positionSide, int regimeOrdinal, Intent out) {
            if (t >= limit || t - base < minIndex) {
                refill(t);
            }
            int i = t - base;
            long[] acting = positionSide == 0 ? entryBits : positionSide > 0 ? exitLongBits : exitShortBits;
            if ((acting[i >>> 6] & (1L << i)) == 0) {
                return; // the rule does nothing here (the bits are decide(...) != NOTHING): no column is read
            }
            int code;
            if (positionSide != 0) {
                code = EXIT; // with a position decide(...) is EXIT or NOTHING, and the bit says it is not NOTHING
            } else if (!rule.allowShort) {
                code = 1; // flat and long-only: decide(...) is +1 or NOTHING
            } else {
                // bar 0 has no previous bar: comparing it with itself makes "was" equal "is", so no edge
                int tPrev = t == 0 ? 0 : t - 1;
                int p = tPrev - base;
                code = rule.decide(0, close[t], vwap[i], fast[i], slow[i], close[tPrev], vwap[p], fast[p], slow[p]);
            }
            rule.act(code, close[t], atr[i], out);
        }

        @Override
        public int nextCandidate(int from, int to, int positionSide) {
            long[] bits = positionSide == 0 ? entryBits : positionSide > 0 ? exitLongBits : exitShortBits;
            int t = from;
            while (t < to) {
                if (t >= limit || t - base < minIndex) {
                    refill(t);
                }
                int i = t - base;
                int end = Math.min(limit, to) - base;
                int w = i >>> 6;
                long word = bits[w] & (-1L << i);
                while (true) {
                    if (word != 0) {
                        int j = (w << 6) + Long.numberOfTrailingZeros(word);
                        return j < end ? j + base : to;
                    }
                    if (++w << 6 >= end) {
                        break;
                    }
                    word = bits[w];
                }
                t = end + base;
            }
            return to;
        }

        /** Advances the streaming updaters block by block until bar t is in the current block. */
        private void refill(int t) {
            if (fastEma == null || t - base < minIndex) {
                throw new IllegalStateException(fastEma == null ? "bar " + t + " is outside the series"
                        : "streaming signals must be asked in increasing bar order: bar " + t + " after bar " + (limit - 1));
            }
            int n = close.length;
            if (t >= n) {
                throw new IllegalStateException("bar " + t + " is outside the series");
            }
            while (limit <= t) {
                int first = limit;
                int end = Math.min(n, first + BLOCK);
                // the newer block becomes the older one: slots BLOCK..WINDOW move to 0..BLOCK, so slot BLOCK then
                // holds the bar before `first`, and the new bars go to slots BLOCK + 1..WINDOW
                for (double[] column : new double[][] {vwap, fast, slow, atr}) {
                    System.arraycopy(column, BLOCK, column, 0, BLOCK + 1);
                }
                int shift = BLOCK >> 6;
                for (long[] bits : new long[][] {entryBits, exitLongBits, exitShortBits}) {
                    System.arraycopy(bits, shift, bits, 0, bits.length - shift);
                    java.util.Arrays.fill(bits, bits.length - shift, bits.length, 0L);
                }
                base = first - 1 - BLOCK;
                fill(first, end);
                limit = end;
            }
        }

        /** Bars [from, to) into slots 1.. of the block columns, and their entry bits. */
        private void fill(int from, int to) {
            // the updaters advance as local copies so that their state stays in registers (escape analysis) and
            // the recurrences overlap instead of each waiting on memory; the results are the updaters' own
            final int off = base;
            final double[] c = close;
            final boolean useVwap = rule.useVwap;
            final boolean useAtr = rule.needsAtr;
            final long[] bits = entryBits;
            final long[] longBits = exitLongBits;
            final long[] shortBits = exitShortBits;
            EmaIndicator f = fastEma.copy();
            EmaIndicator s = slowEma.copy();
            SessionVwapIndicator v = vwapIndicator.copy();
            AtrIndicator a = atrIndicator.copy();
            // the setups of the bar before the block (bar 0 is compared with itself: no edge on the first bar)
            int p = from - 1 - off;
            boolean longBefore = from > 0 && rule.longSetup(c[from - 1], vwap[p], fast[p], slow[p]);
            boolean shortBefore = from > 0 && rule.shortSetup(c[from - 1], vwap[p], fast[p], slow[p]);
            // the first word may hold the bits of the bar before the block (slot BLOCK): kept, not overwritten
            int w0 = (from - off) >>> 6;
            long wordEntry = bits[w0];
            long wordLong = longBits[w0];
            long wordShort = shortBits[w0];
            for (int k = from; k < to; k++) {
                int j = k - off;
                double x = c[k];
                double fk = f.update(x);
                double sk = s.update(x);
                double vk = 0;
                if (useVwap) {
                    vk = v.update(time[k], high[k], low[k], x, volume[k]);
                }
                if (useAtr) {
                    atr[j] = a.update(high[k], low[k], x);
                }
                fast[j] = fk;
                slow[j] = sk;
                vwap[j] = vk;
                boolean longNow = rule.longSetup(x, vk, fk, sk);
                boolean shortNow = rule.shortSetup(x, vk, fk, sk);
                if (k == 0) {
                    longBefore = longNow;
                    shortBefore = shortNow;
                }
                // the bits are decide(side, ...) != NOTHING for side 0, +1, -1, from the same conditions
                long entry = (longNow & !longBefore) | (shortNow & !shortBefore) ? 1L : 0L;
                long exitLong = exitsLong(fk, sk) ? 1L : 0L;
                long exitShort = exitsShort(fk, sk) ? 1L : 0L;
                // 64 bars gather in registers and are stored once
                wordEntry |= entry << j;
                wordLong |= exitLong << j;
                wordShort |= exitShort << j;
                if ((j & 63) == 63 || k == to - 1) {
                    bits[j >>> 6] = wordEntry;
                    longBits[j >>> 6] = wordLong;
                    shortBits[j >>> 6] = wordShort;
                    wordEntry = 0;
                    wordLong = 0;
                    wordShort = 0;
                }
                longBefore = longNow;
                shortBefore = shortNow;
            }
            fastEma.restore(f);
            slowEma.restore(s);
            vwapIndicator.restore(v);
            atrIndicator.restore(a);
        }
    }
}
