package com.adaptive.core.io;

import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.indicator.AtrIndicator;
import com.adaptive.core.indicator.EmaIndicator;
import com.adaptive.core.indicator.RsiIndicator;
import com.adaptive.core.indicator.SessionVwapIndicator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Writes the indicator table {@code open_time,close,ema_fast,ema_slow,atr,rsi,vwap} (vwap = session VWAP), one row
 * per bar, open_time in the input's format, NaN (warm-up) as an empty field.
 */
public final class IndicatorCsvWriter {
    public static final String HEADER = "open_time,close,ema_fast,ema_slow,atr,rsi,vwap";

    private IndicatorCsvWriter() {
    }

    /** Computes the columns over {@code bars} and writes them to {@code path} (gzip when it ends in {@code .gz}). */
    public static void write(Path path, BarSeries bars, TimeFormat timeFormat, int emaFast, int emaSlow, int atrPeriod, int rsiPeriod) {
        double[] close = bars.close();
        double[] fast = EmaIndicator.compute(close, emaFast);
        double[] slow = EmaIndicator.compute(close, emaSlow);
        double[] atr = AtrIndicator.compute(bars.high(), bars.low(), close, atrPeriod);
        double[] rsi = RsiIndicator.compute(close, rsiPeriod);
        double[] vwap = SessionVwapIndicator.compute(bars.openTimeMillis(), bars.high(), bars.low(), close, bars.volume());
        long[] t = bars.openTimeMillis();
        try (BufferedWriter out = CsvFiles.openWriter(path)) {
            out.write(HEADER);
            out.write('\n');
            StringBuilder sb = new StringBuilder(128);
            for (int i = 0; i < t.length; i++) {
                sb.setLength(0);
                sb.append(timeFormat.format(t[i])).append(',');
                CsvFiles.appendNumber(sb, close[i]);
                sb.append(',');
                CsvFiles.appendNumber(sb, fast[i]);
                sb.append(',');
                CsvFiles.appendNumber(sb, slow[i]);
                sb.append(',');
                CsvFiles.appendNumber(sb, atr[i]);
                sb.append(',');
                CsvFiles.appendNumber(sb, rsi[i]);
                sb.append(',');
                CsvFiles.appendNumber(sb, vwap[i]);
                sb.append('\n');
                out.append(sb);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
