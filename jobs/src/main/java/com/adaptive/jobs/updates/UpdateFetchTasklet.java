package com.adaptive.jobs.updates;

import com.adaptive.core.bar.BarInterval;
import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.bar.BarSeriesBuilder;
import com.adaptive.jobs.runtime.StepCounts;
import com.adaptive.marketdata.quality.DataQualityChecker;
import com.adaptive.marketdata.quality.QualityBreach;
import com.adaptive.marketdata.quality.QualityFinding;
import com.adaptive.marketdata.quality.QualityReport;
import com.adaptive.marketdata.quality.QualityThresholds;
import com.adaptive.marketdata.resample.ResampleResult;
import com.adaptive.marketdata.resample.Resampler;
import com.adaptive.marketdata.source.BarSource;
import com.adaptive.marketdata.source.ClosedBars;
import com.adaptive.warehouse.Gap;
import com.adaptive.warehouse.Lake;
import com.adaptive.warehouse.MergeStats;
import com.adaptive.warehouse.QualityRecord;
import com.adaptive.warehouse.QuerySink;
import com.adaptive.warehouse.staging.StagedBarsWriter;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Step {@code fetch} of {@code ingest-updates}: one round per call, so Spring Batch commits every target's cursor after
 * each round and a restart resumes at the round that did not finish.
 *
 * <p>A round takes the next window (at most {@code merge-batch-bars} bars) of every unfinished target: fetch closed bars
 * (1m bars resampled when the source lacks the interval natively), stage them all as Parquet, MERGE them into {@code bars}
 * in one commit, check each window's quality together with a lookback of stored bars (one query for all), write the
 * findings to {@code data_quality}, and only then move the watermarks (incremental runs only). Spark costs seconds per
 * action whatever the size, so one MERGE per round rather than per target keeps a routine update short. A crash
 * anywhere leaves cursors and watermarks behind the lake, never ahead: the rerun fetches that window again and the
 * MERGE turns it into a no-op, so there are no duplicates and no hole.
 */
final class UpdateFetchTasklet implements Tasklet {
    static final String BREACHES = "quality.breaches";
    private static final String CURSOR = "cursor.";
    private static final String END = "end.";
    private static final String GAPS = "gaps.";

    private final UpdatePlan plan;
    private final MarketSources sources;
    private final Watermarks watermarks;
    private final Lake lake;
    private final Path stagingDir;
    private final PrintStream progress;

    UpdateFetchTasklet(UpdatePlan plan, MarketSources sources, Watermarks watermarks, Lake lake, Path stagingDir,
                       PrintStream progress) {
        this.plan = plan;
        this.sources = sources;
        this.watermarks = watermarks;
        this.lake = lake;
        this.stagingDir = stagingDir;
        this.progress = progress;
    }

    /** One target's next window and what was fetched for it. */
    private record Window(UpdateTarget target, long from, long to, boolean last, BarSeries bars, ResampleResult resampled,
                          long fetchedRows) {
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        ExecutionContext ctx = step.getExecutionContext();
        long roundStart = System.nanoTime();
        List<Window> windows = new ArrayList<>();
        long fetchNanos = 0;
        for (UpdateTarget target : plan.targets()) {
            String key = target.key();
            if (!ctx.containsKey(CURSOR + key)) {
                long[] range = startRange(target);
                ctx.putLong(CURSOR + key, range[0]);
                ctx.putLong(END + key, range[1]);
                if (plan.mode() == UpdateMode.GAPS && range[0] < range[1]) {
                    List<Gap> gaps = lake.findGaps(target.symbol(), target.interval(), range[0], range[1] - target.interval().millis());
                    ctx.putString(GAPS + key, String.join(",", gaps.stream()
                            .map(g -> g.firstMissingMillis() + "-" + g.endMillisExclusive()).toList()));
                    StepCounts.add(step, "gaps_found", gaps.size());
                }
                StepCounts.add(step, "targets", 1);
            }
            long cursor = ctx.getLong(CURSOR + key);
            long end = ctx.getLong(END + key);
            long stepMillis = target.interval().millis();
            long windowMillis = sources.settings().mergeBatchBars() * stepMillis;
            long from = cursor;
            long to = Math.min(end, cursor + windowMillis);
            if (plan.mode() == UpdateMode.GAPS && from < end) {
                // the holes were listed once when the target started; the cursor walks through them
                long[] next = nextGap(ctx.getString(GAPS + key, ""), from);
                from = next == null ? end : next[0];
                to = next == null ? end : Math.min(next[1], from + windowMillis);
            }
            if (from >= end) {
                continue;
            }
            long t0 = System.nanoTime();
            windows.add(fetch(target, from, to, to >= end));
            fetchNanos += System.nanoTime() - t0;
        }
        if (windows.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        long fetched = windows.stream().mapToLong(Window::fetchedRows).sum();
        for (long i = 0; i < fetched; i++) {
            contribution.incrementReadCount();
        }
        StepCounts.add(step, "fetched", fetched);
        StepCounts.add(step, "fetch_ms", fetchNanos / 1_000_000);
        StepCounts.add(step, "windows", windows.size());
        StepCounts.add(step, "rounds", 1);

        long mergeStart = System.nanoTime();
        MergeStats stats = merge(windows, ctx);
        StepCounts.add(step, "merge_ms", (System.nanoTime() - mergeStart) / 1_000_000);
        StepCounts.add(step, "inserted", stats.inserted());
        StepCounts.add(step, "revised", stats.revised());
        StepCounts.add(step, "unchanged", stats.unchanged());
        contribution.incrementWriteCount(stats.inserted() + stats.revised());

        long qualityStart = System.nanoTime();
        List<String> breaches = checkQuality(step, windows);
        StepCounts.add(step, "quality_ms", (System.nanoTime() - qualityStart) / 1_000_000);

        for (Window w : windows) {
            if (plan.mode() == UpdateMode.INCREMENTAL && w.bars().size() > 0) {
                // only now: the MERGE above has committed, so the lake already holds everything up to this bar
                watermarks.advance(w.target(), w.bars().openTimeMillis()[w.bars().size() - 1], step.getJobExecutionId());
            }
            ctx.putLong(CURSOR + w.target().key(), w.to());
        }
        double seconds = Math.max(1, (System.nanoTime() - roundStart) / 1_000_000) / 1000.0;
        progress.printf("  fetch: round %d: %d windows, %,d rows fetched in %.1f s (%,.0f rows/s through fetch+merge+quality), "
                        + "+%,d new, %,d revised, %,d unchanged%s%n",
                ctx.getLong(StepCounts.PREFIX + "rounds"), windows.size(), fetched, seconds, fetched / seconds,
                stats.inserted(), stats.revised(), stats.unchanged(),
                breaches.isEmpty() ? "" : "; quality breach: " + breaches.get(0));
        return RepeatStatus.CONTINUABLE;
    }

    /** [start, end) of a target for this run's mode; end is at most the last closed bar by the source's clock. */
    private long[] startRange(UpdateTarget target) {
        BarInterval interval = target.interval();
        long step = interval.millis();
        long closedBefore = ClosedBars.closedBeforeMillis(interval, sources.clock(target.source()));
        return switch (plan.mode()) {
            case INCREMENTAL -> {
                Long watermark = watermarks.get(target);
                long start = watermark != null
                        ? watermark - sources.settings().overlapBars() * step
                        : interval.bucketStart(closedBefore - sources.settings().initialHistory().toMillis());
                yield new long[] {start, closedBefore};
            }
            case RANGE -> {
                long start = interval.isAligned(plan.fromMillis()) ? plan.fromMillis() : interval.bucketStart(plan.fromMillis()) + step;
                yield new long[] {start, Math.min(interval.bucketStart(plan.toMillis()), closedBefore)};
            }
            case GAPS -> {
                long[] stored = storedSpan(target);
                yield stored == null ? new long[] {0, 0} : new long[] {stored[0], stored[1] + step};
            }
        };
    }

    private Window fetch(UpdateTarget target, long from, long to, boolean last) {
        BarInterval interval = target.interval();
        BarSource source = sources.source(target.source());
        if (source.nativeIntervals().contains(interval)) {
            BarSeries bars = source.fetch(target.symbol(), interval, from, to);
            return new Window(target, from, to, last, bars, null, bars.size());
        }
        // no native bars of this length (Coinbase has no 3m): resample whole, closed buckets of 1m bars
        BarSeries oneMinute = source.fetch(target.symbol(), BarInterval.M1, from, to);
        ResampleResult resampled = Resampler.resample(oneMinute, BarInterval.M1, interval);
        return new Window(target, from, to, last, resampled.bars(), resampled, oneMinute.size());
    }

    /** Stages every window's bars in one folder and MERGEs them in one commit. */
    private MergeStats merge(List<Window> windows, ExecutionContext ctx) throws IOException {
        Path dir = stagingDir.resolve("round-" + ctx.getLong(StepCounts.PREFIX + "rounds"));
        FileSystemUtils.deleteRecursively(dir);
        int staged = 0;
        for (int i = 0; i < windows.size(); i++) {
            Window w = windows.get(i);
            if (w.bars().size() > 0) {
                stage(w.bars(), w.target(), dir.resolve(String.format("part-%05d" + StagedBarsWriter.SUFFIX, i)));
                staged++;
            }
        }
        if (staged == 0) {
            return new MergeStats(0, 0, 0);
        }
        MergeStats stats = lake.mergeBars(dir);
        FileSystemUtils.deleteRecursively(dir);
        return stats;
    }

    /** Checks each window with a lookback of stored bars, writes the findings, and keeps breaches for the gate step. */
    private List<String> checkQuality(StepExecution step, List<Window> windows) {
        Map<String, BarSeries> lookbacks = lookbacks(windows);
        List<QualityRecord> records = new ArrayList<>();
        List<String> breaches = new ArrayList<>();
        long executionId = step.getJobExecutionId();
        for (Window w : windows) {
            UpdateTarget target = w.target();
            BarInterval interval = target.interval();
            BarSeries lookback = lookbacks.getOrDefault(target.key(), new BarSeriesBuilder(0).build());
            BarSeriesBuilder combined = new BarSeriesBuilder(lookback.size() + w.bars().size());
            append(combined, lookback);
            append(combined, w.bars());
            long checkFrom = lookback.size() > 0 ? lookback.openTimeMillis()[0] : w.from();
            // staleness is judged once, on the last window of an incremental run; backfills of old ranges are never fresh
            QualityThresholds thresholds = plan.mode() == UpdateMode.INCREMENTAL && w.last()
                    ? sources.thresholds() : sources.thresholds().withStaleAfterBars(0);
            QualityReport report = new DataQualityChecker(thresholds, sources.clock(target.source()))
                    .check(combined.build(), interval, checkFrom, w.to());
            List<QualityFinding> findings = new ArrayList<>(report.findings());
            if (w.resampled() != null) {
                findings.addAll(QualityFinding.ofResample(w.resampled()));
                StepCounts.add(step, "resample_incomplete", w.resampled().incompleteBuckets());
            }
            List<QualityRecord> gapRecords = new ArrayList<>();
            for (QualityFinding f : findings) {
                QualityRecord r = new QualityRecord(target.symbol(), interval, f.check(), f.firstTimeMillis(), f.count(),
                        target.source() + ": " + f.detail(), executionId);
                (plan.mode() == UpdateMode.GAPS && f.check().equals(QualityRecord.GAP) ? gapRecords : records).add(r);
            }
            if (plan.mode() == UpdateMode.GAPS) {
                // a fill run replaces the gap rows of the span it checked, so a hole it filled no longer shows as missing
                lake.replaceQuality(target.symbol(), interval, QualityRecord.GAP, checkFrom, w.to(), gapRecords);
            }
            StepCounts.add(step, "gaps", report.gaps().size());
            StepCounts.add(step, "missing_bars", report.missingBars());
            StepCounts.add(step, "price_jumps", report.priceJumps().size());
            StepCounts.add(step, "zero_volume_runs", report.zeroVolumeRuns().size());
            StepCounts.add(step, "duplicates", report.duplicates().size());
            for (QualityBreach b : report.breaches()) {
                breaches.add(target + " " + Instant.ofEpochMilli(w.from()) + ".." + Instant.ofEpochMilli(w.to()) + ": " + b.reason());
            }
        }
        if (!records.isEmpty()) {
            lake.writeQuality(records);
        }
        if (!breaches.isEmpty()) {
            StepCounts.add(step, "breaches", breaches.size());
            String before = step.getExecutionContext().getString(BREACHES, "");
            step.getExecutionContext().putString(BREACHES, (before.isEmpty() ? "" : before + "\n") + String.join("\n", breaches));
        }
        return breaches;
    }

    /** Stored bars just before each window, read in one query for all windows. */
    private Map<String, BarSeries> lookbacks(List<Window> windows) {
        int lookbackBars = sources.lookbackBars();
        Map<String, BarSeriesBuilder> builders = new HashMap<>();
        if (lookbackBars == 0) {
            return Map.of();
        }
        StringBuilder where = new StringBuilder();
        Map<String, String> keyOf = new HashMap<>();
        for (Window w : windows) {
            UpdateTarget t = w.target();
            long from = w.from() - lookbackBars * t.interval().millis();
            where.append(where.isEmpty() ? "" : " OR ").append("(symbol = '").append(t.symbol().replace("'", "''"))
                    .append("' AND interval = '").append(t.interval().label()).append("' AND open_time >= timestamp_millis(")
                    .append(from).append(") AND open_time < timestamp_millis(").append(w.from()).append("))");
            keyOf.put(t.symbol() + "/" + t.interval().label(), t.key());
        }
        lake.query("SELECT symbol, interval, unix_millis(open_time) AS t, open, high, low, close, volume FROM bars WHERE "
                + where + " ORDER BY symbol, interval, t", new QuerySink() {
            @Override
            public void columns(List<String> names) {
            }

            @Override
            public void row(Object[] v) {
                String key = keyOf.get(v[0] + "/" + v[1]);
                builders.computeIfAbsent(key, k -> new BarSeriesBuilder()).add(((Number) v[2]).longValue(),
                        ((Number) v[3]).doubleValue(), ((Number) v[4]).doubleValue(), ((Number) v[5]).doubleValue(),
                        ((Number) v[6]).doubleValue(), ((Number) v[7]).doubleValue());
            }
        });
        Map<String, BarSeries> out = new HashMap<>();
        builders.forEach((k, b) -> out.put(k, b.build()));
        return out;
    }

    /** The first listed hole {@code [start, end)} that ends after {@code cursor}, clipped to start at it; null when none is left. */
    private static long[] nextGap(String listed, long cursor) {
        for (String gap : listed.isEmpty() ? new String[0] : listed.split(",")) {
            int dash = gap.indexOf('-', 1);
            long start = Long.parseLong(gap.substring(0, dash));
            long end = Long.parseLong(gap.substring(dash + 1));
            if (end > cursor) {
                return new long[] {Math.max(start, cursor), end};
            }
        }
        return null;
    }

    /** First and last stored open time of a target's (symbol, interval), or null when none is stored. */
    private long[] storedSpan(UpdateTarget target) {
        long[] span = new long[2];
        boolean[] found = {false};
        lake.query("SELECT unix_millis(min(open_time)), unix_millis(max(open_time)) FROM bars WHERE symbol = '"
                + target.symbol().replace("'", "''") + "' AND interval = '" + target.interval().label() + "'", new QuerySink() {
            @Override
            public void columns(List<String> names) {
            }

            @Override
            public void row(Object[] values) {
                if (values[0] != null) {
                    span[0] = ((Number) values[0]).longValue();
                    span[1] = ((Number) values[1]).longValue();
                    found[0] = true;
                }
            }
        });
        return found[0] ? span : null;
    }

    private static void stage(BarSeries bars, UpdateTarget target, Path file) {
        try (StagedBarsWriter out = StagedBarsWriter.create(file)) {
            for (int i = 0; i < bars.size(); i++) {
                out.write(target.symbol(), target.interval().label(), bars.openTimeMillis()[i], bars.open()[i], bars.high()[i],
                        bars.low()[i], bars.close()[i], bars.volume()[i], target.source());
            }
        }
    }

    private static void append(BarSeriesBuilder out, BarSeries bars) {
        for (int i = 0; i < bars.size(); i++) {
            out.add(bars.openTimeMillis()[i], bars.open()[i], bars.high()[i], bars.low()[i], bars.close()[i], bars.volume()[i]);
        }
    }
}
