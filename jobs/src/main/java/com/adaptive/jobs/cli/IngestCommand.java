package com.adaptive.jobs.cli;

import com.adaptive.core.bar.BarInterval;
import com.adaptive.jobs.ingest.IngestFilesJobConfig;
import com.adaptive.jobs.runtime.AdaptiveProperties;
import com.adaptive.jobs.runtime.ExecutionReport;
import com.adaptive.jobs.runtime.JobRunner;
import com.adaptive.warehouse.Lake;
import org.springframework.batch.core.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.function.Consumer;

/** {@code adaptive ingest}: shortcuts that run the ingestion jobs. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Ingest market data into the lake.",
        subcommands = {IngestCommand.File.class})
public final class IngestCommand {

    /** Runs {@code ingest-files} for these files; files already ingested are merged again (a no-op when unchanged). */
    static JobExecution ingestFiles(ConfigurableApplicationContext context, List<Path> files, String symbol, String interval,
                                    String source) {
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new UserInputException("cannot ingest " + file + ": no such file");
            }
            if (!Files.isReadable(file)) {
                throw new UserInputException("cannot ingest " + file + ": not readable");
            }
        }
        context.getBean(AdaptiveProperties.class).requireKnownSymbol(symbol);
        BarInterval.parse(interval);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("files", files.stream().map(p -> p.toAbsolutePath().normalize().toString()).collect(Collectors.joining(",")));
        parameters.put("symbol", symbol);
        parameters.put("interval", interval);
        parameters.put("source", source);
        return context.getBean(JobRunner.class).runOrRerun(IngestFilesJobConfig.JOB, parameters);
    }

    @Command(name = "file", mixinStandardHelpOptions = true,
            description = "Ingest bar files (project CSV or Binance kline CSV, plain or .gz) for one symbol and interval.")
    static final class File extends SpringVerb {
        @Override
        protected Consumer<Lake> lakePrestart() {
            return Lake::prepareBarWrites;
        }

        @Parameters(arity = "1..*", paramLabel = "PATH")
        List<Path> files;

        @Option(names = "--symbol", required = true, description = "canonical symbol, e.g. BTC-USD")
        String symbol;

        @Option(names = "--interval", required = true, description = "1m, 3m, 5m, 15m, 1h or 1d")
        String interval;

        @Option(names = "--source", defaultValue = "file", description = "source name stored with each bar (default: ${DEFAULT-VALUE})")
        String source;

        @Override
        protected int run(ConfigurableApplicationContext context) {
            JobExecution execution = ingestFiles(context, files, symbol, interval, source);
            ExecutionReport.printSummary(execution, System.out);
            return JobsCommand.exitCode(execution);
        }
    }
}
