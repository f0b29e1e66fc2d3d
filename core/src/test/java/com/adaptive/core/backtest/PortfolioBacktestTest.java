package com.adaptive.core.backtest;

import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.io.BarCsvReader;
import com.adaptive.core.strategy.Strategies;
import com.adaptive.core.strategy.StrategyParams;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PortfolioBacktestTest {

    @Test
    void capitalSplitsByWeightAndAttributionAddsUpToThePortfolio() {
        BarSeries btc = SampleData.btc2023().slice(0, 8_000);
        BarSeries eth = BarCsvReader.read(Path.of("../data/sample/ETH-USD_1m_2023-03-16_2023-05-01.csv.gz")).bars()
                .slice(100, 8_000);
        List<Sleeve> sleeves = List.of(
                new Sleeve("BTC-USD", btc, null, Strategies.create("S1", StrategyParams.empty()), 3),
                new Sleeve("ETH-USD", eth, null, Strategies.create("S1", StrategyParams.empty()), 1),
                new Sleeve("BTC-USD", btc, null, Strategies.create("S2", StrategyParams.empty()), 1));

        PortfolioResult p = new PortfolioBacktest(BacktestConfig.defaults()).run(sleeves);

        assertThat(p.sleeves()).extracting(PortfolioResult.SleeveResult::capital).containsExactly(6_000.0, 2_000.0, 2_000.0);
        assertThat(p.openTimeMillis()).hasSize(8_000); // ETH starts 100 bars later on the same minutes
        double sleevePnl = p.sleeves().stream().mapToDouble(s -> s.result().finalEquity() - s.capital()).sum();
        assertThat(p.equity()[p.equity().length - 1] - 10_000).isCloseTo(sleevePnl, Offset.offset(1e-6));
        assertThat(p.perStrategy().keySet()).containsExactly("S1", "S2");
        assertThat(p.perStrategy().get("S1").startEquity()).isEqualTo(8_000);
        assertThat(p.perStrategy().get("S1").tradeCount() + p.perStrategy().get("S2").tradeCount())
                .isEqualTo(p.overall().tradeCount());
        double regimePnl = p.pnlByEntryRegime().values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(regimePnl).isCloseTo(sleevePnl, Offset.offset(1e-6));
        // before ETH's first bar its sleeve counts at its starting capital
        assertThat(p.equity()[0]).isCloseTo(10_000, Offset.offset(1e-9));
    }
}
