package com.adaptive.core.metrics;

import com.adaptive.core.backtest.BacktestResult;
import com.adaptive.core.backtest.TradeLog;

/**
 * Computes {@link PerformanceMetrics} from equity marked at each bar's close and the closed trades.
 *
 * <p>With E₋₁ the starting capital and Eᵢ the equity after bar i, the bar return is rᵢ = Eᵢ / Eᵢ₋₁ − 1 and
 * a year holds Y = 525,600 / barMinutes bars (crypto trades 24/7: 365 × 1,440 minutes).
 * <ul>
 *   <li>total return = Π(1 + rᵢ) − 1 (= E_end / E₋₁ − 1 overall); years = bars × barMinutes / 525,600;
 *       CAGR = (1 + total return)^(1 / years) − 1</li>
 *   <li>annual volatility = s · √Y with s the sample standard deviation of rᵢ; Sharpe = mean(r) / s · √Y (risk-free
 *       0); Sortino = mean(r) / √(mean(min(rᵢ, 0)²)) · √Y; Calmar = CAGR / max drawdown</li>
 *   <li>max drawdown = max over i of 1 − Eᵢ / max_{k≤i} E_k; its duration = the longest run of bars, in minutes, from
 *       a peak until equity first regains it (or the end)</li>
 *   <li>win rate = trades with PnL &gt; 0 / trades; profit factor = Σ winning PnL / |Σ losing PnL|; expectancy =
 *       mean PnL; average win / loss = mean PnL of winners / of losers (losers negative); payoff ratio = average
 *       win / |average loss|; SQN = √N · mean(PnL) / sample sd(PnL)</li>
 *   <li>exposure = bars held (entry bar up to, not including, the exit bar) / bars; average holding = mean
 *       (exit bar − entry bar) × barMinutes; turnover = Σ traded notional (entry and exit) / mean equity;
 *       fees paid = Σ trade fees</li>
 * </ul>
 * A subset view (one regime) uses only the bars whose regime matches, compounding their returns, and only the
 * trades entered in that regime.
 */
public final class MetricsCalculator {
    public static final double MINUTES_PER_YEAR = 525_600.0;
    /** Selects every bar and trade. */
    public static final int ALL_REGIMES = Integer.MIN_VALUE;

    private MetricsCalculator() {
    }

    /** Metrics of a whole run. */
    public static PerformanceMetrics of(BacktestResult result, double barMinutes) {
        return compute(result.equity(), result.initialCapital(), null, ALL_REGIMES, result.trades(), barMinutes);
    }

    /** Metrics of the bars and trades of one regime ordinal in a run. */
    public static PerformanceMetrics ofRegime(BacktestResult result, int regimeOrdinal, double barMinutes) {
        return compute(result.equity(), result.initialCapital(), result.regimes(), regimeOrdinal, result.trades(), barMinutes);
    }

    /** The bar length in minutes: the smallest step between consecutive open times (1 for a single bar). */
    public static double barMinutes(long[] openTimeMillis) {
        long step = Long.MAX_VALUE;
        for (int i = 1; i < openTimeMillis.length; i++) {
            step = Math.min(step, openTimeMillis[i] - openTimeMillis[i - 1]);
        }
        return step == Long.MAX_VALUE ? 1.0 : step / 60_000.0;
    }

    /**
     * The general form: bars i with {@code regimes[i] == regimeFilter} only (all bars when {@code regimes} is null or
     * the filter is {@link #ALL_REGIMES}); trades likewise by entry regime.
     */
    public static PerformanceMetrics compute(double[] equity, double startEquity, byte[] regimes, int regimeFilter,
                                             TradeLog trades, double barMinutes) {
        boolean all = regimes == null || regimeFilter == ALL_REGIMES;
        ReturnAccumulator returns = new ReturnAccumulator();
        returns.reset(startEquity);
        returns.addAll(equity, all ? null : regimes, regimeFilter);
        return compute(returns, startEquity, regimes, regimeFilter, trades, barMinutes);
    }

    /** Metrics of a whole run whose bars went into {@code returns} instead of an equity curve. */
    public static PerformanceMetrics of(BacktestResult result, ReturnAccumulator returns, double barMinutes) {
        return compute(returns, result.initialCapital(), null, ALL_REGIMES, result.trades(), barMinutes);
    }

    /** The metrics from accumulated bar returns and the trades (filtered like the bars). */
    public static PerformanceMetrics compute(ReturnAccumulator returns, double startEquity, byte[] regimes,
                                             int regimeFilter, TradeLog trades, double barMinutes) {
        boolean all = regimes == null || regimeFilter == ALL_REGIMES;
        int count = returns.count;
        double sum = returns.sum;
        double sumSq = returns.sumSq;
        double downSq = returns.downSq;
        double curve = returns.curve;
        double maxDd = returns.maxDd;
        int longestUnderwater = returns.longestUnderwater;
        double equitySum = returns.equitySum;
        double barsPerYear = MINUTES_PER_YEAR / barMinutes;
        double totalReturn = count == 0 ? 0 : curve - 1;
        double years = count * barMinutes / MINUTES_PER_YEAR;
        double cagr = count == 0 ? Double.NaN : Math.pow(curve, 1 / years) - 1;
        double mean = count == 0 ? Double.NaN : sum / count;
        double sd = count < 2 ? Double.NaN : Math.sqrt(Math.max(0, (sumSq - count * mean * mean) / (count - 1)));
        double downside = count == 0 ? Double.NaN : Math.sqrt(downSq / count);
        double sqrtYear = Math.sqrt(barsPerYear);
        double volatility = sd * sqrtYear;
        double sharpe = sd > 0 ? mean / sd * sqrtYear : Double.NaN;
        double sortino = downside > 0 ? mean / downside * sqrtYear : Double.NaN;
        double calmar = maxDd > 0 ? cagr / maxDd : Double.NaN;
        double meanEquity = count == 0 ? Double.NaN : equitySum / count;

        int n = 0;
        int wins = 0;
        int losses = 0;
        double grossWin = 0;
        double grossLoss = 0;
        double pnlSq = 0;
        double heldBars = 0;
        double exposedBars = 0;
        double tradedNotional = 0;
        double fees = 0;
        for (int k = 0; k < trades.size(); k++) {
            if (!all) {
                // exposure counts the bars of this regime held by any trade, whatever regime it was entered in
                for (int b = trades.entryBar(k); b < trades.exitBar(k); b++) {
                    if (regimes[b] == regimeFilter) {
                        exposedBars++;
                    }
                }
                if (trades.entryRegime(k) != regimeFilter) {
                    continue;
                }
            } else {
                exposedBars += trades.exitBar(k) - trades.entryBar(k);
            }
            double pnl = trades.pnl(k);
            n++;
            if (pnl > 0) {
                wins++;
                grossWin += pnl;
            } else if (pnl < 0) {
                losses++;
                grossLoss += pnl;
            }
            pnlSq += pnl * pnl;
            heldBars += trades.exitBar(k) - trades.entryBar(k);
            tradedNotional += trades.quantity(k) * (trades.entryPrice(k) + trades.exitPrice(k));
            fees += trades.fees(k);
        }
        double expectancy = n == 0 ? Double.NaN : (grossWin + grossLoss) / n;
        double pnlSd = n < 2 ? Double.NaN : Math.sqrt(Math.max(0, (pnlSq - n * expectancy * expectancy) / (n - 1)));
        double avgWin = wins == 0 ? Double.NaN : grossWin / wins;
        double avgLoss = losses == 0 ? Double.NaN : grossLoss / losses;
        return new PerformanceMetrics(count, startEquity, startEquity * curve, totalReturn, cagr, volatility, sharpe,
                sortino, calmar, maxDd, longestUnderwater * barMinutes,
                n == 0 ? Double.NaN : (double) wins / n,
                grossLoss < 0 ? grossWin / -grossLoss : Double.NaN,
                expectancy, avgWin, avgLoss,
                losses == 0 || wins == 0 ? Double.NaN : avgWin / -avgLoss,
                count == 0 ? Double.NaN : exposedBars / count,
                n,
                n == 0 ? Double.NaN : heldBars / n * barMinutes,
                pnlSd > 0 ? Math.sqrt(n) * expectancy / pnlSd : Double.NaN,
                meanEquity > 0 ? tradedNotional / meanEquity : Double.NaN,
                fees);
    }
}
