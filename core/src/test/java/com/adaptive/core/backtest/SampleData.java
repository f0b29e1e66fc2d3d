package com.adaptive.core.backtest;

import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.io.BarCsvReader;

import java.nio.file.Path;

/** The bundled real Binance 1m bars, read once per JVM. */
final class SampleData {
    private static BarSeries btc;

    private SampleData() {
    }

    static synchronized BarSeries btc2023() {
        if (btc == null) {
            btc = BarCsvReader.read(Path.of("../data/sample/BTC-USD_1m_2023-03-16_2023-05-01.csv.gz")).bars();
        }
        return btc;
    }
}
