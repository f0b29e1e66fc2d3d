package com.adaptive.jobs.ingest;

import com.adaptive.jobs.runtime.StepCounts;
import com.adaptive.warehouse.staging.StagedBarsReader;
import com.adaptive.warehouse.staging.StagedBarsWriter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamException;
import org.springframework.batch.item.ItemStreamWriter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes each chunk's good bars to {@code bars/part-N.parquet} and its rejected lines to {@code quarantine/part-N.jsonl}
 * under a staging folder, where N is the number of lines handled before the chunk. A restart resumes at the last
 * committed N, so a part written by a chunk that never committed is simply written again under the same name.
 */
public final class StagingWriter implements ItemStreamWriter<ParsedLine> {
    private static final String HANDLED = "writer.handled";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path barsDir;
    private final Path quarantineDir;
    private final String symbol;
    private final String interval;
    private final String source;
    private final long executionId;
    private final OpenTimeIndex seen = new OpenTimeIndex();
    private final Map<String, Long> counts = new TreeMap<>();
    private long handled;
    private long minOpenTime = Long.MAX_VALUE;
    private long maxOpenTime = Long.MIN_VALUE;

    public StagingWriter(Path stagingDir, String symbol, String interval, String source, long executionId) {
        this.barsDir = stagingDir.resolve("bars");
        this.quarantineDir = stagingDir.resolve("quarantine");
        this.symbol = symbol;
        this.interval = interval;
        this.source = source;
        this.executionId = executionId;
    }

    @Override
    public void open(ExecutionContext context) {
        handled = context.getLong(HANDLED, 0L);
        for (Map.Entry<String, Object> e : context.entrySet()) {
            if (e.getKey().startsWith(StepCounts.PREFIX) && e.getValue() instanceof Number n) {
                counts.put(e.getKey().substring(StepCounts.PREFIX.length()), n.longValue());
            }
        }
        minOpenTime = context.getLong("writer.minOpenTime", Long.MAX_VALUE);
        maxOpenTime = context.getLong("writer.maxOpenTime", Long.MIN_VALUE);
        try {
            Files.createDirectories(barsDir);
            Files.createDirectories(quarantineDir);
            rememberCommittedBars();
        } catch (IOException e) {
            throw new ItemStreamException("Cannot prepare staging folder " + barsDir.getParent() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void write(Chunk<? extends ParsedLine> chunk) throws IOException {
        String part = String.format("part-%012d", handled);
        Path quarantinePart = quarantineDir.resolve(part + ".jsonl");
        // hidden while written: neither the MERGE nor a restart's replay may pick up a half-written part
        Path quarantineTmp = quarantineDir.resolve("." + part + ".jsonl.tmp");
        long rejected = 0;
        StagedBarsWriter bars = StagedBarsWriter.create(barsDir.resolve(part + StagedBarsWriter.SUFFIX));
        try (BufferedWriter quarantine = Files.newBufferedWriter(quarantineTmp, StandardCharsets.UTF_8)) {
            for (ParsedLine item : chunk) {
                if (item instanceof ParsedLine.Bar bar) {
                    switch (seen.offer(bar)) {
                        case NEW -> {
                            bars.write(symbol, interval, bar.openTimeMillis(), bar.open(), bar.high(), bar.low(), bar.close(),
                                    bar.volume(), source);
                            minOpenTime = Math.min(minOpenTime, bar.openTimeMillis());
                            maxOpenTime = Math.max(maxOpenTime, bar.openTimeMillis());
                            count("staged", 1);
                        }
                        case SAME -> count("duplicates_dropped", 1);
                        case CONFLICT -> {
                            // the first row for a key wins; later rows that disagree with it are kept for a human to judge
                            writeRejected(quarantine, item, "conflicting_duplicate",
                                    bar.line().file() + ": line " + bar.line().lineNumber() + ": open_time " + bar.openTimeMillis()
                                            + " appears earlier in this batch with different values");
                            rejected++;
                        }
                    }
                } else if (item instanceof ParsedLine.Rejected bad) {
                    writeRejected(quarantine, item, bad.reason(), bad.detail());
                    rejected++;
                }
            }
        } catch (IOException | RuntimeException e) {
            bars.abort();
            throw e;
        }
        bars.close();
        Files.move(quarantineTmp, quarantinePart, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        handled += chunk.size();
        count("quarantined", rejected);
    }

    private void writeRejected(BufferedWriter out, ParsedLine item, String reason, String detail) throws IOException {
        RawLine line = item instanceof ParsedLine.Rejected r ? r.line() : ((ParsedLine.Bar) item).line();
        ObjectNode node = JSON.createObjectNode();
        node.put("file", line == null ? "" : line.file());
        node.put("line_number", line == null ? 0 : line.lineNumber());
        node.put("raw_line", line == null ? "" : line.text());
        node.put("reason", reason);
        node.put("detail", detail);
        node.put("execution_id", executionId);
        node.put("symbol", symbol);
        node.put("interval", interval);
        out.write(JSON.writeValueAsString(node));
        out.write('\n');
        count("quarantined." + reason, 1);
    }

    private void count(String name, long delta) {
        if (delta != 0) {
            counts.merge(name, delta, Long::sum);
        }
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(HANDLED, handled);
        context.putLong("writer.minOpenTime", minOpenTime);
        context.putLong("writer.maxOpenTime", maxOpenTime);
        counts.forEach((name, value) -> context.putLong(StepCounts.PREFIX + name, value));
    }

    @Override
    public void close() {
    }

    /** Replays committed parts into the duplicate index so a resumed step still spots duplicates across the restart. */
    private void rememberCommittedBars() throws IOException {
        try (Stream<Path> parts = Files.list(barsDir)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")
                    && p.getFileName().toString().endsWith(StagedBarsWriter.SUFFIX)).sorted().toList()) {
                long start = Long.parseLong(part.getFileName().toString().substring(5, 17));
                if (start >= handled) {
                    Files.delete(part); // written by a chunk that never committed: it will be written again
                    continue;
                }
                StagedBarsReader.forEach(part, (row, s, i, openTimeMillis, open, high, low, close, volume, source) ->
                        seen.offer(new ParsedLine.Bar(null, openTimeMillis, open, high, low, close, volume)));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

}
