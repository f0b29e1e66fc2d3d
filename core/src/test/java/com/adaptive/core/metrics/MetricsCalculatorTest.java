package com.adaptive.core.metrics;

import com.adaptive.core.backtest.TradeLog;
import com.adaptive.core.order.ExitReason;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reference values computed by hand / in a separate Python session: daily bars (Y = 365), equity
 * 100 → 110 → 99 → 108.9 (returns +10 %, −10 %, +10 %), trades with PnL +30, −10, +20, −20.
 */
class MetricsCalculatorTest {
    private static final Offset<Double> CLOSE = Offset.offset(1e-9);
    private static final double DAY_MINUTES = 1440;

    private static TradeLog fourTrades() {
        TradeLog log = new TradeLog();
        log.add(0, 1, 0, 86_400_000L, 1, 1, 10, 10, 1, 30, ExitReason.TAKE_PROFIT, 0);
        log.add(1, 2, 86_400_000L, 172_800_000L, 1, 1, 10, 10, 1, -10, ExitReason.STOP_LOSS, 0);
        log.add(0, 0, 0, 0, 1, 1, 10, 10, 1, 20, ExitReason.TAKE_PROFIT, 1);
        log.add(2, 2, 0, 0, -1, 1, 10, 10, 1, -20, ExitReason.SIGNAL, 1);
        return log;
    }

    private static PerformanceMetrics metrics() {
        return MetricsCalculator.compute(new double[] {110, 99, 108.9}, 100, null, MetricsCalculator.ALL_REGIMES,
                fourTrades(), DAY_MINUTES);
    }

    @Test
    void returnAndRiskMetricsMatchTheHandComputation() {
        PerformanceMetrics m = metrics();

        assertThat(m.totalReturn()).isCloseTo(0.089, CLOSE);
        assertThat(m.annualVolatility()).isCloseTo(2.2060522810365737, CLOSE);
        assertThat(m.sharpe()).isCloseTo(5.515130702591441, CLOSE);
        assertThat(m.sortino()).isCloseTo(11.03026140518289, CLOSE);
        assertThat(m.cagr()).isCloseTo(31992.275338197764, Offset.offset(1e-6));
        assertThat(m.maxDrawdown()).isCloseTo(0.1, CLOSE);
        assertThat(m.calmar()).isCloseTo(319922.7533819776, Offset.offset(1e-5));
        // under the 110 peak for bars 2 and 3: two days
        assertThat(m.maxDrawdownDurationMinutes()).isEqualTo(2 * DAY_MINUTES);
    }

    @Test
    void tradeStatisticsMatchTheHandComputation() {
        PerformanceMetrics m = metrics();

        assertThat(m.tradeCount()).isEqualTo(4);
        assertThat(m.winRate()).isEqualTo(0.5);
        assertThat(m.profitFactor()).isCloseTo(50.0 / 30.0, CLOSE);
        assertThat(m.expectancy()).isCloseTo(5, CLOSE);
        assertThat(m.averageWin()).isCloseTo(25, CLOSE);
        assertThat(m.averageLoss()).isCloseTo(-15, CLOSE);
        assertThat(m.payoffRatio()).isCloseTo(25.0 / 15.0, CLOSE);
        assertThat(m.sqn()).isCloseTo(0.42008402520840293, CLOSE);
        // held bars 1 + 1 + 0 + 0 over 3 bars; holding (1 + 1 + 0 + 0) / 4 days
        assertThat(m.exposure()).isCloseTo(2.0 / 3.0, CLOSE);
        assertThat(m.averageHoldingMinutes()).isCloseTo(720, CLOSE);
        // notional 4 x (10 + 10) = 80 over mean equity (110 + 99 + 108.9) / 3
        assertThat(m.turnover()).isCloseTo(80 / ((110 + 99 + 108.9) / 3), CLOSE);
        assertThat(m.feesPaid()).isCloseTo(4, CLOSE);
    }

    @Test
    void regimeViewKeepsOnlyItsBarsAndTheTradesEnteredInIt() {
        // bars 0 and 2 in regime 1: returns +10 % and +10 % compound to 21 %
        PerformanceMetrics m = MetricsCalculator.compute(new double[] {110, 99, 108.9}, 100, new byte[] {1, 0, 1}, 1,
                fourTrades(), DAY_MINUTES);

        assertThat(m.bars()).isEqualTo(2);
        assertThat(m.totalReturn()).isCloseTo(0.21, CLOSE);
        assertThat(m.tradeCount()).isEqualTo(2);
        assertThat(m.expectancy()).isCloseTo(0, CLOSE);
        assertThat(m.maxDrawdown()).isZero();
    }

    @Test
    void undefinedRatiosBecomeNullInTheSnakeCaseMap() {
        PerformanceMetrics flat = MetricsCalculator.compute(new double[] {100, 100}, 100, null,
                MetricsCalculator.ALL_REGIMES, new TradeLog(), 1);

        assertThat(flat.toMap()).containsEntry("sharpe", null).containsEntry("profit_factor", null)
                .containsEntry("trade_count", 0).containsEntry("total_return", 0.0);
        assertThat(flat.toMap()).containsKeys("total_return", "cagr", "annual_volatility", "sharpe", "sortino", "calmar",
                "max_drawdown", "max_drawdown_duration_minutes", "win_rate", "profit_factor", "expectancy",
                "average_win", "average_loss", "payoff_ratio", "exposure", "trade_count", "average_holding_minutes",
                "sqn", "turnover", "fees_paid");
    }

    @Test
    void oneMinuteBarsAnnualiseOverFiveHundredTwentyFiveThousandSixHundredBars() {
        PerformanceMetrics m = MetricsCalculator.compute(new double[] {110, 99, 108.9}, 100, null,
                MetricsCalculator.ALL_REGIMES, new TradeLog(), 1);

        assertThat(m.annualVolatility()).isCloseTo(0.11547005383792519 * Math.sqrt(525_600), CLOSE);
    }

    @Test
    void unknownMetricNameIsRejected() {
        assertThatThrownBy(() -> metrics().get("sharp"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown metric 'sharp': expected one of [bars, start_equity");
    }
}
