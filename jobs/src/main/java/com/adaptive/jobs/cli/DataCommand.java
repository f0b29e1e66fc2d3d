package com.adaptive.jobs.cli;

import com.adaptive.core.bar.BarInterval;
import com.adaptive.marketdata.resample.CsvResampling;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

/** {@code adaptive data}: work on market data files and, later, the stored bars (gaps, quality). */
@Command(name = "data", mixinStandardHelpOptions = true, description = "Market data tools.",
        subcommands = {DataCommand.Resample.class})
public final class DataCommand {

    /** {@code adaptive data resample --input CSV --to 3m --output CSV}. */
    @Command(name = "resample", mixinStandardHelpOptions = true,
            description = "Resample a bar CSV (open_time,open,high,low,close,volume; .gz allowed) to a longer interval: "
                    + "UTC epoch-aligned buckets, open first, high max, low min, close last, volume sum. A bucket with a "
                    + "missing bar is not written and is counted. open_time is written in the input's format.")
    static final class Resample implements Callable<Integer> {
        @Option(names = "--input", required = true, paramLabel = "CSV", description = "input bars")
        Path input;

        @Option(names = "--from", defaultValue = "1m", paramLabel = "INTERVAL",
                description = "interval of the input bars (default: ${DEFAULT-VALUE})")
        String from;

        @Option(names = "--to", required = true, paramLabel = "INTERVAL", description = "target interval: 3m, 5m, 15m, 1h or 1d")
        String to;

        @Option(names = "--output", required = true, paramLabel = "CSV", description = "output file (gzip when it ends in .gz)")
        Path output;

        @Override
        public Integer call() {
            BarInterval fromInterval = interval(from, "--from");
            BarInterval toInterval = interval(to, "--to");
            if (!Files.isRegularFile(input)) {
                throw new UserInputException("input file in --input " + input + ": no such file");
            }
            CsvResampling.Summary s = CsvResampling.resample(input, fromInterval, toInterval, output);
            System.out.printf("resampled %,d %s bars from %s into %,d %s bars in %s; %,d incomplete buckets not written%s%n",
                    s.inputBars(), s.from(), input, s.outputBars(), s.to(), output, s.incompleteBuckets(),
                    s.incompleteBuckets() == 0 ? "" : " (first at " + Instant.ofEpochMilli(s.firstIncompleteOpenTimeMillis()) + ")");
            return 0;
        }

        private static BarInterval interval(String label, String option) {
            try {
                return BarInterval.parse(label);
            } catch (IllegalArgumentException e) {
                throw new UserInputException("interval in " + option + ": " + e.getMessage());
            }
        }
    }
}
