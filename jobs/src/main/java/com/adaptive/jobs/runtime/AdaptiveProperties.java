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
        @DefaultValue @Valid Runtime runtime,
        @DefaultValue @Valid Sources sources) {

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

    /**
     * Market-data sources for job {@code ingest-updates}: network sources off by default, the simulator on. Symbols and
     * intervals are plain strings here and are checked when the context starts (see
     * {@code com.adaptive.jobs.updates.MarketSources}), so that a bad one fails with a message naming the setting.
     */
    public record Sources(
            @DefaultValue @Valid Exchange binance,
            @DefaultValue @Valid Exchange coinbase,
            @DefaultValue @Valid Robinhood robinhood,
            @DefaultValue @Valid Simulator simulator,
            @DefaultValue("3") @Min(0) int overlapBars,
            @DefaultValue("2d") @NotNull Duration initialHistory,
            @DefaultValue("10000") @Min(1) int mergeBatchBars,
            @DefaultValue @Valid Quality quality) {
    }

    /** A REST exchange source: off unless enabled; base URL, canonical symbols and intervals to keep up to date. */
    public record Exchange(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("") String baseUrl,
            @DefaultValue({"BTC-USD", "ETH-USD"}) List<@NotBlank String> symbols,
            @DefaultValue({"1m", "3m"}) List<@NotBlank String> intervals) {
    }

    /** Robinhood quote recording: off unless enabled and keys are in the environment; polled every {@code pollInterval}. */
    public record Robinhood(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("") String baseUrl,
            @DefaultValue({"BTC-USD", "ETH-USD"}) List<@NotBlank String> symbols,
            @DefaultValue("5s") @NotNull Duration pollInterval) {
    }

    /** The deterministic simulator: on by default, needs no network; {@code now} fixes its clock so runs repeat exactly. */
    public record Simulator(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("42") long seed,
            @DefaultValue("2024-01-03T00:00:00Z") @NotBlank String now,
            @DefaultValue({"BTC-USD", "ETH-USD"}) List<@NotBlank String> symbols,
            @DefaultValue({"1m", "3m"}) List<@NotBlank String> intervals) {
    }

    /** Data-quality thresholds applied to every fetched batch; a breach fails the job (exit 1) with the reason. */
    public record Quality(
            @DefaultValue("0.01") double maxMissingShare,
            @DefaultValue("0") @Min(0) int maxDuplicates,
            @DefaultValue("120") @Min(0) int maxZeroVolumeRunBars,
            @DefaultValue("10") double jumpSigmas,
            @DefaultValue("0.01") double maxPriceJumpShare,
            @DefaultValue("3") @Min(0) int staleAfterBars,
            @DefaultValue("500") @Min(0) int lookbackBars) {
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
