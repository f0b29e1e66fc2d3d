package com.adaptive.jobs.features;

import com.adaptive.core.bar.BarInterval;
import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.regime.Regime;
import com.adaptive.core.regime.RegimeConfig;
import com.adaptive.featurestore.analytics.RegimeAnalysis;
import com.adaptive.featurestore.analytics.RegimeAnalytics;
import com.adaptive.featurestore.analytics.RegimeReport;
import com.adaptive.featurestore.analytics.StatRow;
import com.adaptive.featurestore.offline.OfflineStore;
import com.adaptive.featurestore.offline.RegimeVersions;
import com.adaptive.jobs.runtime.AdaptiveProperties;
import com.adaptive.jobs.runtime.ExecutionOwners;
import com.adaptive.jobs.runtime.JobDescriptor;
import com.adaptive.jobs.runtime.StepCounts;
import org.apache.spark.sql.Row;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersInvalidException;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.batch.support.transaction.ResourcelessTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Job {@code regime-analytics}: for a time range and symbols, share of time and dwell per regime, the transition
 * matrix, forward returns and volatility by regime, and S1–S3 by regime gated and ungated; the figures replace the
 * report's rows of Delta table {@code regime_stats}, the HTML report goes to {@code $HOME/reports/} and
 * {@code index.html} is rewritten. Idempotent, so a restart simply redoes the step.
 */
@Configuration
public class RegimeAnalyticsJobConfig {
    public static final String JOB = "regime-analytics";
    /** Key under which the step records the report it wrote, for the demo and the CLI. */
    public static final String REPORT_KEY = "report.path";
    private static final long DAY_MILLIS = 86_400_000L;

    @Bean
    public JobDescriptor regimeAnalyticsDescriptor() {
        return new JobDescriptor(JOB, "Regime performance analytics over a date range: table regime_stats and an HTML report in $HOME/reports",
                List.of(new JobDescriptor.Parameter("from", "range start, UTC date (2023-03-16) or instant (default: first bar)", true, false),
                        new JobDescriptor.Parameter("to", "range end, exclusive, UTC date or instant (default: after the last bar)", true, false),
                        new JobDescriptor.Parameter("symbols", "comma-separated symbols (default: all configured)", true, false)));
    }

    @Bean
    public Job regimeAnalyticsJob(JobRepository repository, ExecutionOwners owners, Step regimeAnalyticsStep, AdaptiveProperties properties) {
        return new JobBuilder(JOB, repository)
                .validator(parameters -> {
                    try {
                        FeatureStoreConfiguration.symbols(parameters.getString("symbols"), properties);
                        Long from = time(parameters.getString("from"), "from");
                        Long to = time(parameters.getString("to"), "to");
                        if (from != null && to != null && to <= from) {
                            throw new IllegalArgumentException("to " + parameters.getString("to") + " must be after from " + parameters.getString("from"));
                        }
                    } catch (IllegalArgumentException e) {
                        throw new JobParametersInvalidException(e.getMessage());
                    }
                })
                .listener(owners)
                .start(regimeAnalyticsStep)
                .build();
    }

    @Bean
    public Step regimeAnalyticsStep(JobRepository repository, @Lazy OfflineStore offline, AdaptiveProperties properties,
                                    RegimeConfig regimeConfig) {
        Tasklet analyze = (contribution, chunkContext) -> {
            StepExecution step = chunkContext.getStepContext().getStepExecution();
            JobParameters p = step.getJobParameters();
            List<String> symbols = FeatureStoreConfiguration.symbols(p.getString("symbols"), properties);
            BarInterval minute = BarInterval.parse("1m");
            Long from = time(p.getString("from"), "from");
            Long to = time(p.getString("to"), "to");
            if (from == null || to == null) {
                long first = Long.MAX_VALUE, last = Long.MIN_VALUE;
                for (String symbol : symbols) {
                    Optional<long[]> range = offline.barRange(symbol, minute);
                    if (range.isPresent()) {
                        first = Math.min(first, range.get()[0]);
                        last = Math.max(last, range.get()[1]);
                    }
                }
                if (first > last) {
                    throw new IllegalStateException("Cannot analyse regimes of " + symbols + ": no 1m bars in the lake");
                }
                // whole UTC days, so that the default range names a stable report
                from = from == null ? Math.floorDiv(first, DAY_MILLIS) * DAY_MILLIS : from;
                to = to == null ? Math.floorDiv(last, DAY_MILLIS) * DAY_MILLIS + DAY_MILLIS : to;
            }
            String version = RegimeVersions.of(regimeConfig);
            List<RegimeAnalysis> analyses = new ArrayList<>();
            List<StatRow> stats = new ArrayList<>();
            for (String symbol : symbols) {
                BarSeries bars = offline.readBars(symbol, minute, from, to);
                // decisions whose 5-minute bucket lies in the range: bucket close in (from, to]
                List<Row> decisions = offline.regimes(symbol, version, from + 1, to + 1);
                long[] times = new long[decisions.size()];
                byte[] regimes = new byte[decisions.size()];
                for (int i = 0; i < times.length; i++) {
                    times[i] = decisions.get(i).<Instant>getAs("decision_time").toEpochMilli();
                    regimes[i] = (byte) Regime.parse(decisions.get(i).getAs("regime")).ordinal();
                }
                if (times.length == 0) {
                    System.err.println("  regime-analytics: " + symbol + " has no decisions of " + version + " in the range; run classify-regimes first");
                }
                RegimeAnalysis a = RegimeAnalytics.analyze(symbol, from, to, bars, times, regimes);
                analyses.add(a);
                stats.addAll(a.stats());
                StepCounts.add(step, "bars", bars.size());
                StepCounts.add(step, "decisions", times.length);
                contribution.incrementReadCount();
            }
            String id = reportId(from, to, symbols);
            long written = offline.writeRegimeStats(id, from, to, version, stats);
            StepCounts.add(step, "regime_stats_rows", written);
            contribution.incrementWriteCount(written);
            Path dir = FeatureStoreConfiguration.reportsDir(properties.home());
            Path report = dir.resolve("regime-analytics_" + id + ".html");
            writeAtomically(report, RegimeReport.html("Regime analytics " + id.replace('_', ' '), analyses, Instant.now()));
            ReportIndex.write(dir);
            step.getJobExecution().getExecutionContext().putString(REPORT_KEY, report.toString());
            System.err.println("  regime-analytics: report " + report);
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("analyze", repository).tasklet(analyze, new ResourcelessTransactionManager()).build();
    }

    /** {@code <from>_<to>_<symbols>}: dates when the range is whole days, else compact instants. */
    static String reportId(long from, long to, List<String> symbols) {
        return label(from) + "_" + label(to) + "_" + String.join("+", symbols);
    }

    private static String label(long millis) {
        Instant t = Instant.ofEpochMilli(millis);
        return millis % DAY_MILLIS == 0 ? t.atOffset(ZoneOffset.UTC).toLocalDate().toString()
                : t.toString().replace(":", "").replace("-", "");
    }

    /** A UTC date (its start) or an ISO instant; null for blank; a bad one is an IllegalArgumentException naming it. */
    static Long time(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli()
                    : Instant.parse(value).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " '" + value + "' is neither a UTC date (2023-03-16) nor an instant (2023-03-16T00:00:00Z)");
        }
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
