package com.adaptive.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.adaptive.core.regime.RegimeChart;
import com.adaptive.core.regime.RegimeClassification;
import com.adaptive.core.regime.RegimeConfig;
import com.adaptive.core.regime.RegimeCsv;
import com.adaptive.core.sim.RegimeSimulator;
import com.adaptive.core.sim.SimulatedMarket;
import com.adaptive.core.sim.SimulatorConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file this module writes is byte-identical when produced twice from the same input. */
class DeterminismTest {
    @TempDir
    Path dir;

    private void produce(Path out, long seed) {
        SimulatedMarket m = new RegimeSimulator(SimulatorConfig.DEFAULTS).simulate(seed, 12_000);
        BarCsvWriter.write(out.resolve("bars.csv.gz"), m.bars(), TimeFormat.ISO_8601);
        RegimeCsv.writeLabels(out.resolve("labels.csv"), m.labels(), TimeFormat.EPOCH_MILLIS);
        BarCsv back = BarCsvReader.read(out.resolve("bars.csv.gz"));
        IndicatorCsvWriter.write(out.resolve("indicators.csv"), back.bars(), back.timeFormat(), 12, 26, 14, 14);
        RegimeClassification c = RegimeClassification.classify(back.bars(), RegimeConfig.DEFAULTS);
        RegimeCsv.writeDecisions(out.resolve("regimes.csv"), c, back.timeFormat());
        RegimeChart.write(out.resolve("chart.html"), "t", back.bars(), c);
    }

    @Test
    void theSameInputGivesByteIdenticalFiles() throws IOException {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        produce(a, 5);
        produce(b, 5);
        for (String name : new String[] {"bars.csv.gz", "labels.csv", "indicators.csv", "regimes.csv", "chart.html"}) {
            assertThat(Files.readAllBytes(b.resolve(name))).as(name).isEqualTo(Files.readAllBytes(a.resolve(name)));
        }
        assertThat(Files.readAllLines(a.resolve("regimes.csv")).get(0)).isEqualTo(RegimeCsv.DECISIONS_HEADER);
        assertThat(Files.readAllLines(a.resolve("indicators.csv")).get(0)).isEqualTo("open_time,close,ema_fast,ema_slow,atr,rsi,vwap");
        assertThat(Files.readAllLines(a.resolve("regimes.csv"))).hasSize(12_000 / 5 + 1);
    }
}
