package com.adaptive.jobs.cli;

import com.adaptive.jobs.runtime.StepCounts;
import com.adaptive.warehouse.Lake;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/** {@code adaptive bench}: end-to-end throughput figures printed, not asserted. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks that print figures.",
        subcommands = {BenchCommand.Ingest.class})
public final class BenchCommand {

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Generate N 1m bars as CSV and ingest them with the real ingest-files job; prints rows/s per phase "
                    + "and the wall time since JVM start. Use a throwaway --home.")
    static final class Ingest extends SpringVerb {
        @Override
        protected Consumer<Lake> lakePrestart() {
            return Lake::prepareBarWrites;
        }

        @Option(names = "--rows", defaultValue = "1000000", description = "bars to generate (default: ${DEFAULT-VALUE})")
        int rows;

        private Path csv;
        private double generateSeconds;

        /** The input is written before Spring and the lake start, so no cold start overlaps it and hides in its time. */
        @Override
        protected void beforeStart(Path home) throws IOException {
            csv = home.resolve("bench").resolve("bench-" + rows + ".csv");
            long generateStart = System.nanoTime();
            generate(csv, rows);
            generateSeconds = (System.nanoTime() - generateStart) / 1e9;
        }

        @Override
        protected int run(ConfigurableApplicationContext context) throws IOException {
            JobExecution execution = IngestCommand.ingestFiles(context, List.of(csv), "BTC-USD", "1m", "bench");
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                System.out.println("bench ingest failed: " + execution.getExitStatus().getExitDescription().lines().findFirst().orElse(""));
                return AdaptiveCli.EXIT_FAILED;
            }
            double wallSeconds = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
            System.out.printf("rows                 %,d%n", rows);
            System.out.printf("generate CSV         %.2f s (not part of the ingest)%n", generateSeconds);
            for (StepExecution step : execution.getStepExecutions()) {
                StepCounts c = StepCounts.of(step);
                double seconds = c.duration().toMillis() / 1000.0;
                System.out.printf("step %-15s %.2f s  %,.0f rows/s%n", c.step(), seconds, rows / Math.max(seconds, 1e-3));
            }
            System.out.printf("wall since JVM start %.2f s (cold start, Spring, Spark, parse, MERGE, quality, CSV generation)%n", wallSeconds);
            System.out.printf("wall without CSV generation %.2f s%n", wallSeconds - generateSeconds);
            return 0;
        }

        /** A seeded random walk of valid 1m bars, so every run ingests the same rows. */
        static void generate(Path csv, int rows) throws IOException {
            Files.createDirectories(csv.getParent());
            SplittableRandom random = new SplittableRandom(42);
            long t = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
            double price = 40_000;
            try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                out.write("open_time,open,high,low,close,volume\n");
                StringBuilder line = new StringBuilder(96);
                for (int i = 0; i < rows; i++) {
                    double open = price;
                    double close = Math.max(1, open * (1 + random.nextGaussian() * 0.0008));
                    double high = Math.max(open, close) * (1 + random.nextDouble() * 0.0005);
                    double low = Math.min(open, close) * (1 - random.nextDouble() * 0.0005);
                    line.setLength(0);
                    line.append(t).append(',').append(round2(open)).append(',').append(round2(Math.ceil(high * 100) / 100))
                            .append(',').append(round2(Math.floor(low * 100) / 100)).append(',').append(round2(close))
                            .append(',').append(Math.round(random.nextDouble() * 50_000) / 1000.0).append('\n');
                    out.append(line);
                    price = round2(close);
                    t += 60_000;
                }
            }
        }

        private static double round2(double v) {
            return Math.round(v * 100) / 100.0;
        }
    }
}
