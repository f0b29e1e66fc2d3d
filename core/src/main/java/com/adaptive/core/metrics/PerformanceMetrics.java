package com.adaptive.core.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The metrics of one equity curve and its trades; formulas in {@link MetricsCalculator}. Ratios are fractions
 * (0.05 = 5 %); a value that is undefined (no trades, no losses, no variance) is NaN.
 */
public record PerformanceMetrics(int bars, double startEquity, double endEquity, double totalReturn, double cagr,
                                 double annualVolatility, double sharpe, double sortino, double calmar,
                                 double maxDrawdown, double maxDrawdownDurationMinutes, double winRate,
                                 double profitFactor, double expectancy, double averageWin, double averageLoss,
                                 double payoffRatio, double exposure, int tradeCount, double averageHoldingMinutes,
                                 double sqn, double turnover, double feesPaid) {

    /** Snake-case names in a stable order, NaN and infinities as null (JSON has no NaN). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bars", bars);
        m.put("start_equity", finite(startEquity));
        m.put("end_equity", finite(endEquity));
        m.put("total_return", finite(totalReturn));
        m.put("cagr", finite(cagr));
        m.put("annual_volatility", finite(annualVolatility));
        m.put("sharpe", finite(sharpe));
        m.put("sortino", finite(sortino));
        m.put("calmar", finite(calmar));
        m.put("max_drawdown", finite(maxDrawdown));
        m.put("max_drawdown_duration_minutes", finite(maxDrawdownDurationMinutes));
        m.put("win_rate", finite(winRate));
        m.put("profit_factor", finite(profitFactor));
        m.put("expectancy", finite(expectancy));
        m.put("average_win", finite(averageWin));
        m.put("average_loss", finite(averageLoss));
        m.put("payoff_ratio", finite(payoffRatio));
        m.put("exposure", finite(exposure));
        m.put("trade_count", tradeCount);
        m.put("average_holding_minutes", finite(averageHoldingMinutes));
        m.put("sqn", finite(sqn));
        m.put("turnover", finite(turnover));
        m.put("fees_paid", finite(feesPaid));
        return m;
    }

    /** A metric by its snake-case name, for ranking; throws for an unknown name. */
    public double get(String snakeCaseName) {
        Object v = toMap().get(snakeCaseName);
        if (!toMap().containsKey(snakeCaseName)) {
            throw new IllegalArgumentException("unknown metric '" + snakeCaseName + "': expected one of " + toMap().keySet());
        }
        return v == null ? Double.NaN : ((Number) v).doubleValue();
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
