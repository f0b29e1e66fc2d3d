package com.adaptive.jobs.runtime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Every setting of the jobs runtime under the {@code adaptive.} prefix; documented in
 * {@code config/adaptive.example.yml}.
 */
@Validated
@ConfigurationProperties("adaptive")
public record AdaptiveProperties(
        @NotNull Path home,
        @DefaultValue({"BTC-USD", "ETH-USD"}) @NotEmpty List<@NotBlank String> symbols,
        @DefaultValue @Valid Spark spark,
        @DefaultValue @Valid Ingest ingest,
        @DefaultValue @Valid Runtime runtime) {

    /** Where the lake lives and which Spark runs it; any Spark setting can be passed through {@code conf}. */
    public record Spark(
            @DefaultValue("local[*]") @NotBlank String master,
            /* blank means $home/lake; an s3a:// URI works too */
            @DefaultValue("") String lakeRoot,
            @DefaultValue("4") @Min(1) int shufflePartitions,
            @DefaultValue Map<String, String> conf) {
    }

    /** File ingestion: rows per committed chunk (the restart granularity). */
    public record Ingest(@DefaultValue("10000") @Min(1) int chunkRows) {
    }

    /** How executions prove they are alive, and when a silent one counts as dead. */
    public record Runtime(
            @DefaultValue("10s") @NotNull Duration heartbeatInterval,
            @DefaultValue("2m") @NotNull Duration staleAfter) {
    }

    /** The lake's root as a path or URI string: {@code $home/lake} unless {@code adaptive.spark.lake-root} says otherwise. */
    public String lakeRoot() {
        return spark.lakeRoot().isBlank() ? home.resolve("lake").toAbsolutePath().toString() : spark.lakeRoot();
    }

    public Path stagingDir() {
        return home.resolve("staging");
    }

    /** Fails with the configured symbols in the message when {@code symbol} is not one of them. */
    public String requireKnownSymbol(String symbol) {
        if (!symbols.contains(symbol)) {
            throw new IllegalArgumentException("unknown symbol '" + symbol + "': configured symbols are " + symbols
                    + " (adaptive.symbols)");
        }
        return symbol;
    }
}
