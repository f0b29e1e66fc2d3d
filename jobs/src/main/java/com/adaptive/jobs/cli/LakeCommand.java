package com.adaptive.jobs.cli;

import com.adaptive.warehouse.HistoryEntry;
import com.adaptive.warehouse.Lake;
import com.adaptive.warehouse.TableInfo;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;

/** {@code adaptive lake}: what the lake holds and how each table changed. */
@Command(name = "lake", mixinStandardHelpOptions = true, description = "Inspect the lake's tables.",
        subcommands = {LakeCommand.Tables.class, LakeCommand.History.class})
public final class LakeCommand {

    @Command(name = "tables", mixinStandardHelpOptions = true,
            description = "Each table with rows, files, bytes, partitions, latest version and last write.")
    static final class Tables extends LakeVerb {
        @Override
        protected int run(ConfigurableApplicationContext context) {
            PrintStream out = System.out;
            out.printf("%-20s %12s %7s %14s %10s %8s  %s%n", "table", "rows", "files", "bytes", "partitions", "version", "last write");
            for (TableInfo t : context.getBean(Lake.class).tables()) {
                out.printf("%-20s %,12d %,7d %,14d %,10d %8d  %s%n", t.name(), t.rows(), t.files(), t.bytes(), t.partitions(),
                        t.latestVersion(), t.lastWrite());
            }
            return 0;
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true, description = "The Delta history of one table, newest first.")
    static final class History extends LakeVerb {
        @Parameters(index = "0", paramLabel = "TABLE")
        String table;

        @Override
        protected int run(ConfigurableApplicationContext context) {
            PrintStream out = System.out;
            out.printf("%-8s %-24s %-12s %s%n", "version", "timestamp", "operation", "metrics / parameters");
            for (HistoryEntry h : context.getBean(Lake.class).history(table)) {
                out.printf("%-8d %-24s %-12s %s %s%n", h.version(), h.timestamp(), h.operation(), h.operationMetrics(),
                        h.operationParameters());
            }
            return 0;
        }
    }
}
