package com.adaptive.jobs.features;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ReportIndexTest {
    @TempDir
    Path dir;

    @Test
    void indexListsEveryReportNewestFirstWithItsTitleAndKind() throws Exception {
        Files.writeString(dir.resolve("a.html"), "<html><head><title>Regime analytics A</title>"
                + "<meta name=\"adaptive-report\" content=\"regime-analytics\"></head></html>");
        Files.writeString(dir.resolve("b.html"), "<html><head><title>Backtest B</title></head></html>");
        Files.writeString(dir.resolve("notes.txt"), "not a report");
        Files.setLastModifiedTime(dir.resolve("a.html"), FileTime.from(Instant.parse("2024-01-01T00:00:00Z")));
        Files.setLastModifiedTime(dir.resolve("b.html"), FileTime.from(Instant.parse("2024-02-01T00:00:00Z")));

        Path index = ReportIndex.write(dir);

        assertThat(ReportIndex.list(dir)).extracting(ReportIndex.Report::title).containsExactly("Backtest B", "Regime analytics A");
        assertThat(ReportIndex.list(dir)).extracting(ReportIndex.Report::kind).containsExactly("", "regime-analytics");
        String html = Files.readString(index);
        assertThat(html).contains("<a href=\"b.html\">Backtest B</a>").contains("<a href=\"a.html\">Regime analytics A</a>");
        assertThat(html.indexOf("b.html")).isLessThan(html.indexOf("a.html"));
        assertThat(ReportIndex.write(dir)).as("rewriting lists the same reports, not the index itself").isEqualTo(index);
        assertThat(ReportIndex.list(dir)).hasSize(2);
    }
}
