package com.adaptive.jobs.cli;

import com.adaptive.jobs.features.FeatureStoreConfiguration;
import com.adaptive.jobs.features.ReportIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code adaptive reports}: the HTML reports in {@code $HOME/reports}; no Spark, no job runtime. */
@Command(name = "reports", mixinStandardHelpOptions = true, description = "HTML reports in $HOME/reports.",
        subcommands = {ReportsCommand.ListReports.class})
public final class ReportsCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every report, newest first: written, kind, title, path; then the index.")
    static final class ListReports implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Path dir = FeatureStoreConfiguration.reportsDir(AdaptiveCli.root(spec).home()).toAbsolutePath().normalize();
            List<ReportIndex.Report> reports = ReportIndex.list(dir);
            var out = spec.commandLine().getOut();
            if (reports.isEmpty()) {
                out.println("no reports in " + dir);
                return 0;
            }
            out.printf("%-24s %-18s %-60s %s%n", "written", "kind", "title", "path");
            for (ReportIndex.Report r : reports) {
                out.printf("%-24s %-18s %-60s %s%n", r.modified().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), r.kind(), r.title(), r.file());
            }
            out.println("index: " + dir.resolve("index.html"));
            return 0;
        }
    }
}
