package com.adaptive.jobs.cli;

import com.adaptive.core.io.BarCsv;
import com.adaptive.core.io.BarCsvReader;
import com.adaptive.core.io.IndicatorCsvWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code adaptive indicators}: EMA fast/slow, ATR, RSI and session VWAP of a bar file, one row per bar. */
@Command(name = "indicators", mixinStandardHelpOptions = true,
        description = "Compute open_time,close,ema_fast,ema_slow,atr,rsi,vwap (session VWAP from UTC midnight) for a bar CSV. "
                + "Warm-up values are empty; open_time keeps the input's format.")
public final class IndicatorsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "CSV", description = "bars: open_time,open,high,low,close,volume (plain or .gz)")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "CSV", description = "indicator table to write (.gz compresses)")
    Path output;

    @Option(names = "--ema-fast", defaultValue = "12", description = "fast EMA period (default: ${DEFAULT-VALUE})")
    int emaFast;

    @Option(names = "--ema-slow", defaultValue = "26", description = "slow EMA period (default: ${DEFAULT-VALUE})")
    int emaSlow;

    @Option(names = "--atr", defaultValue = "14", description = "ATR period, Wilder (default: ${DEFAULT-VALUE})")
    int atr;

    @Option(names = "--rsi", defaultValue = "14", description = "RSI period, Wilder (default: ${DEFAULT-VALUE})")
    int rsi;

    @Override
    public Integer call() {
        checkPeriod("--ema-fast", emaFast);
        checkPeriod("--ema-slow", emaSlow);
        checkPeriod("--atr", atr);
        checkPeriod("--rsi", rsi);
        BarCsv csv = BarCsvReader.read(input);
        IndicatorCsvWriter.write(output, csv.bars(), csv.timeFormat(), emaFast, emaSlow, atr, rsi);
        spec.commandLine().getErr().println("adaptive indicators: wrote " + csv.bars().size() + " rows to " + output);
        return 0;
    }

    private static void checkPeriod(String option, int value) {
        if (value < 1) {
            throw new UserInputException(option + " in indicators: must be at least 1, was: " + value);
        }
    }
}
