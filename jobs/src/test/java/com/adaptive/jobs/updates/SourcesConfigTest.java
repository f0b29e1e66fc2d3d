package com.adaptive.jobs.updates;

import com.adaptive.jobs.cli.AdaptiveCli;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** adaptive.sources is checked when any verb starts: a bad symbol, interval, URL or threshold is exit 2 naming it. */
class SourcesConfigTest {
    @TempDir
    Path home;

    private int jobsList(String yaml, StringWriter out, StringWriter err) throws Exception {
        Files.writeString(home.resolve("adaptive.yml"), "adaptive:\n  sources:\n" + yaml);
        CommandLine cli = AdaptiveCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        PrintWriterCapture capture = new PrintWriterCapture();
        try {
            return cli.execute("--home", home.toString(), "jobs", "list");
        } finally {
            capture.restore(out);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown symbol|'    binance:\\n      symbols: [BTC-USD, DOGE-USD]\\n'"
                    + "|adaptive list: unknown symbol 'DOGE-USD' in adaptive.sources.binance.symbols: configured symbols are [BTC-USD, ETH-USD] (adaptive.symbols)",
            "unknown interval|'    coinbase:\\n      intervals: [1m, 2m]\\n'"
                    + "|adaptive list: unknown interval '2m' in adaptive.sources.coinbase.intervals: expected one of 1m, 3m, 5m, 15m, 1h, 1d",
            "bad url|'    binance:\\n      base-url: ftp://example.org\\n'"
                    + "|adaptive list: adaptive.sources.binance.base-url 'ftp://example.org' is not an http(s) URL",
            "bad threshold|'    quality:\\n      max-missing-share: 2\\n'"
                    + "|adaptive list: adaptive.sources.quality: maxMissingShare must be in [0, 1], was: 2.0",
            "two sources for one series|'    binance:\\n      enabled: true\\n      symbols: [BTC-USD]\\n      intervals: [1m]\\n'"
                    + "|adaptive list: bars BTC-USD 1m are configured from both binance and simulator (adaptive.sources): table bars keeps one source per symbol and interval; disable one or drop the symbol or interval from it",
    })
    void badSourceSettingIsExit2NamingIt(String name, String yaml, String message) throws Exception {
        StringWriter err = new StringWriter();

        int exit = jobsList(yaml.replace("\\n", "\n"), new StringWriter(), err);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo(message);
    }

    @Test
    void defaultsEnableOnlyTheSimulatorAndJobsListShowsIngestUpdates() throws Exception {
        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();

        int exit = jobsList("    overlap-bars: 3\n", out, err);

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("ingest-updates — Fetch closed bars from the configured sources");
    }

    /** jobs list prints with System.out; this swaps it for the test's writer. */
    private static final class PrintWriterCapture {
        private final java.io.PrintStream original = System.out;
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

        PrintWriterCapture() {
            System.setOut(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
        }

        void restore(StringWriter out) {
            System.setOut(original);
            out.write(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
