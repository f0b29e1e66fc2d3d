package com.adaptive.core.backtest;

import com.adaptive.core.order.ExitReason;

import java.util.Arrays;

/**
 * Closed trades as parallel primitive columns, grown by doubling (amortised, never per bar). A trade's
 * {@code pnl} is {@code side * quantity * (exitPrice - entryPrice) - fees}, fees of both fills included.
 */
public final class TradeLog {
    private static final ExitReason[] REASONS = ExitReason.values();
    private int size;
    private int[] entryBar;
    private int[] exitBar;
    private long[] entryTimeMillis;
    private long[] exitTimeMillis;
    private byte[] side;
    private double[] quantity;
    private double[] entryPrice;
    private double[] exitPrice;
    private double[] fees;
    private double[] pnl;
    private byte[] exitReason;
    private byte[] entryRegime;

    public TradeLog() {
        this(64);
    }

    public TradeLog(int initialCapacity) {
        int c = Math.max(4, initialCapacity);
        entryBar = new int[c];
        exitBar = new int[c];
        entryTimeMillis = new long[c];
        exitTimeMillis = new long[c];
        side = new byte[c];
        quantity = new double[c];
        entryPrice = new double[c];
        exitPrice = new double[c];
        fees = new double[c];
        pnl = new double[c];
        exitReason = new byte[c];
        entryRegime = new byte[c];
    }

    /** Appends one closed trade. */
    public void add(int entryBarIndex, int exitBarIndex, long entryTime, long exitTime, int sideSign, double qty,
                    double entryPx, double exitPx, double totalFees, double profit, ExitReason reason, int regimeOrdinal) {
        if (size == pnl.length) {
            grow();
        }
        entryBar[size] = entryBarIndex;
        exitBar[size] = exitBarIndex;
        entryTimeMillis[size] = entryTime;
        exitTimeMillis[size] = exitTime;
        side[size] = (byte) sideSign;
        quantity[size] = qty;
        entryPrice[size] = entryPx;
        exitPrice[size] = exitPx;
        fees[size] = totalFees;
        pnl[size] = profit;
        exitReason[size] = (byte) reason.ordinal();
        entryRegime[size] = (byte) regimeOrdinal;
        size++;
    }

    /** Forgets all trades, keeping the capacity (the optimizer reuses one log per thread). */
    public void clear() {
        size = 0;
    }

    public int size() {
        return size;
    }

    public int entryBar(int i) {
        return entryBar[i];
    }

    public int exitBar(int i) {
        return exitBar[i];
    }

    public long entryTimeMillis(int i) {
        return entryTimeMillis[i];
    }

    public long exitTimeMillis(int i) {
        return exitTimeMillis[i];
    }

    public int side(int i) {
        return side[i];
    }

    public double quantity(int i) {
        return quantity[i];
    }

    public double entryPrice(int i) {
        return entryPrice[i];
    }

    public double exitPrice(int i) {
        return exitPrice[i];
    }

    public double fees(int i) {
        return fees[i];
    }

    public double pnl(int i) {
        return pnl[i];
    }

    public ExitReason exitReason(int i) {
        return REASONS[exitReason[i]];
    }

    /** Regime ordinal at the signal bar of the entry, -1 when unknown. */
    public int entryRegime(int i) {
        return entryRegime[i];
    }

    /** Sum of all trade PnL. */
    public double totalPnl() {
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += pnl[i];
        }
        return sum;
    }

    /** One trade as a value, for tests and reports. */
    public Trade trade(int i) {
        return new Trade(entryBar[i], exitBar[i], entryTimeMillis[i], exitTimeMillis[i], side[i], quantity[i],
                entryPrice[i], exitPrice[i], fees[i], pnl[i], exitReason(i), entryRegime[i]);
    }

    /** One closed trade. */
    public record Trade(int entryBar, int exitBar, long entryTimeMillis, long exitTimeMillis, int side, double quantity,
                        double entryPrice, double exitPrice, double fees, double pnl, ExitReason exitReason,
                        int entryRegime) {
    }

    private void grow() {
        int c = pnl.length * 2;
        entryBar = Arrays.copyOf(entryBar, c);
        exitBar = Arrays.copyOf(exitBar, c);
        entryTimeMillis = Arrays.copyOf(entryTimeMillis, c);
        exitTimeMillis = Arrays.copyOf(exitTimeMillis, c);
        side = Arrays.copyOf(side, c);
        quantity = Arrays.copyOf(quantity, c);
        entryPrice = Arrays.copyOf(entryPrice, c);
        exitPrice = Arrays.copyOf(exitPrice, c);
        fees = Arrays.copyOf(fees, c);
        pnl = Arrays.copyOf(pnl, c);
        exitReason = Arrays.copyOf(exitReason, c);
        entryRegime = Arrays.copyOf(entryRegime, c);
    }
}
