package com.adaptive.jobs.support;

import com.adaptive.jobs.runtime.JobsRuntime;
import com.adaptive.warehouse.Lake;
import com.adaptive.warehouse.QuerySink;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Helpers for tests that run the real jobs runtime (SQLite, Spark, Delta) in a temporary home. */
public final class TestHomes {
    private TestHomes() {
    }

    /** Starts the runtime on {@code home} with small chunks so restarts happen mid-file. */
    public static ConfigurableApplicationContext start(Path home, Class<?>... moreSources) {
        return JobsRuntime.start(home, null, Map.of("adaptive.ingest.chunk-rows", "1000",
                "adaptive.runtime.heartbeat-interval", "1s", "adaptive.runtime.stale-after", "5s"), moreSources);
    }

    /** All rows of a query, values as Java objects. */
    public static List<Object[]> rows(Lake lake, String sql) {
        List<Object[]> rows = new ArrayList<>();
        lake.query(sql, new QuerySink() {
            @Override
            public void columns(List<String> names) {
            }

            @Override
            public void row(Object[] values) {
                rows.add(values);
            }
        });
        return rows;
    }

    public static long count(Lake lake, String sql) {
        return ((Number) rows(lake, sql).get(0)[0]).longValue();
    }

    /** Writes {@code bars} valid 1m bars in the project CSV format, starting at {@code start}, with a header. */
    public static Path writeBars(Path file, Instant start, int bars, double firstPrice) throws IOException {
        StringBuilder csv = new StringBuilder("open_time,open,high,low,close,volume\n");
        double price = firstPrice;
        for (int i = 0; i < bars; i++) {
            double open = price;
            double close = price + ((i * 7919) % 11 - 5) * 0.5;
            csv.append(start.plusSeconds(60L * i)).append(',').append(open).append(',').append(Math.max(open, close) + 1)
                    .append(',').append(Math.min(open, close) - 1).append(',').append(close).append(',').append(1.5 + i % 3).append('\n');
            price = close;
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }
}
