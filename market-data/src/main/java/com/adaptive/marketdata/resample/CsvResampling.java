package com.adaptive.marketdata.resample;

import com.adaptive.core.bar.BarInterval;
import com.adaptive.core.io.BarCsv;
import com.adaptive.core.io.BarCsvReader;
import com.adaptive.core.io.BarCsvWriter;

import java.nio.file.Path;

/** Resamples a bar CSV file into another, in the project CSV format, keeping the input's open_time format. */
public final class CsvResampling {
    private CsvResampling() {
    }

    /** What one file resample did. */
    public record Summary(int inputBars, BarInterval from, int outputBars, BarInterval to, int incompleteBuckets,
                          long firstIncompleteOpenTimeMillis) {
    }

    /**
     * Reads {@code input} (strictly, see {@link BarCsvReader}), resamples {@code from -> to}, writes {@code output}
     * (gzip when its name ends in {@code .gz}).
     *
     * @throws IllegalArgumentException naming the file when it breaks the format or a bar is off the {@code from} grid
     */
    public static Summary resample(Path input, BarInterval from, BarInterval to, Path output) {
        BarCsv csv = BarCsvReader.read(input);
        ResampleResult result;
        try {
            result = Resampler.resample(csv.bars(), from, to);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bars in " + input.getFileName() + ": " + e.getMessage(), e);
        }
        BarCsvWriter.write(output, result.bars(), csv.timeFormat());
        return new Summary(csv.bars().size(), from, result.bars().size(), to, result.incompleteBuckets(),
                result.firstIncompleteOpenTimes().isEmpty() ? -1 : result.firstIncompleteOpenTimes().get(0));
    }
}
