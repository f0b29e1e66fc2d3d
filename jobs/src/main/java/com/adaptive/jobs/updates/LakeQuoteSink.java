package com.adaptive.jobs.updates;

import com.adaptive.marketdata.robinhood.Quote;
import com.adaptive.marketdata.robinhood.QuoteBar;
import com.adaptive.marketdata.robinhood.QuoteSink;
import com.adaptive.warehouse.Lake;
import com.adaptive.warehouse.MergeStats;
import org.springframework.util.FileSystemUtils;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Receives recorded quotes (and their 1m quote bars), stages them as CSV and MERGEs them into {@code quotes} (and
 * {@code bars}) every {@code flushIntervalMillis} and on {@link #flush()}. Staging first keeps a MERGE per flush, not per
 * poll: a Delta commit costs far more than a poll. Quote bars are kept only for symbols in {@code barSymbols}, those
 * whose 1m bars no other enabled source feeds, since table bars holds one source per (symbol, interval).
 */
public final class LakeQuoteSink implements QuoteSink {
    private static final String SOURCE = "robinhood";

    private final Lake lake;
    private final Path stagingDir;
    private final Set<String> barSymbols;
    private final long flushIntervalMillis;
    private final Clock clock;
    private final List<Quote> quotes = new ArrayList<>();
    private final List<QuoteBar> bars = new ArrayList<>();
    private long lastFlushMillis;
    private long received;
    private long storedQuotes;
    private long storedBars;
    private int flushes;

    public LakeQuoteSink(Lake lake, Path stagingDir, Set<String> barSymbols, long flushIntervalMillis, Clock clock) {
        this.lake = lake;
        this.stagingDir = stagingDir;
        this.barSymbols = Set.copyOf(barSymbols);
        this.flushIntervalMillis = flushIntervalMillis;
        this.clock = clock;
        this.lastFlushMillis = clock.millis();
    }

    @Override
    public synchronized void accept(List<Quote> polled) {
        quotes.addAll(polled);
        received += polled.size();
        if (clock.millis() - lastFlushMillis >= flushIntervalMillis) {
            flush();
        }
    }

    /** The recorder's bar sink: keeps closed quote bars of the symbols this sink may write to table bars. */
    public synchronized void acceptBars(List<QuoteBar> closed) {
        for (QuoteBar bar : closed) {
            if (barSymbols.contains(bar.symbol())) {
                bars.add(bar);
            }
        }
    }

    /** Stages and MERGEs everything received since the last flush. */
    public synchronized void flush() {
        lastFlushMillis = clock.millis();
        if (quotes.isEmpty() && bars.isEmpty()) {
            return;
        }
        Path dir = stagingDir.resolve("flush-" + (++flushes));
        try {
            if (!quotes.isEmpty()) {
                Path file = dir.resolve("quotes").resolve("part-00000.csv");
                Files.createDirectories(file.getParent());
                try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    for (Quote q : quotes) {
                        out.write(q.timeMillis() + "," + q.symbol() + "," + q.price() + "," + q.bid() + "," + q.ask() + ","
                                + q.spreadBps() + "," + SOURCE + "\n");
                    }
                }
                storedQuotes += lake.mergeQuotes(file.getParent());
                quotes.clear();
            }
            if (!bars.isEmpty()) {
                Path file = dir.resolve("bars").resolve("part-00000.csv");
                Files.createDirectories(file.getParent());
                try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    for (QuoteBar b : bars) {
                        out.write(b.symbol() + ",1m," + b.openTimeMillis() + "," + b.open() + "," + b.high() + "," + b.low() + ","
                                + b.close() + "," + b.volume() + "," + b.source() + "\n");
                    }
                }
                MergeStats stats = lake.mergeBars(file.getParent());
                storedBars += stats.inserted() + stats.revised();
                bars.clear();
            }
            FileSystemUtils.deleteRecursively(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stage quotes in " + dir + ": " + e.getMessage(), e);
        }
    }

    public synchronized long received() {
        return received;
    }

    public synchronized long storedQuotes() {
        return storedQuotes;
    }

    public synchronized long storedBars() {
        return storedBars;
    }
}
