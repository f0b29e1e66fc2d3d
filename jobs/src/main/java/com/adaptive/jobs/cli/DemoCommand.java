package com.adaptive.jobs.cli;

import com.adaptive.jobs.runtime.AdaptiveProperties;
import com.adaptive.jobs.runtime.ExecutionReport;
import com.adaptive.warehouse.Lake;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** {@code adaptive demo}: the main pipeline on embedded defaults and the bundled real BTC/ETH sample. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the main pipeline on embedded defaults: ingest the bundled real BTC/ETH 1m sample into the lake.")
public final class DemoCommand extends SpringVerb {
    @Override
    protected Consumer<Lake> lakePrestart() {
        return Lake::prepareBarWrites;
    }

    private static final List<String[]> SAMPLES = List.of(
            new String[] {"BTC-USD", "BTC-USD_1m_2023-03-16_2023-05-01.csv.gz"},
            new String[] {"ETH-USD", "ETH-USD_1m_2023-03-16_2023-05-01.csv.gz"});

    @Option(names = "--data", paramLabel = "DIR", description = "folder with the sample files (default: data/sample of the installation)")
    Path data;

    @Override
    protected int run(ConfigurableApplicationContext context) {
        PrintStream out = System.out;
        Path dataDir = data != null ? data : installDir().resolve("data").resolve("sample");
        AdaptiveProperties properties = context.getBean(AdaptiveProperties.class);
        out.println("Adaptive Engine demo — home " + properties.home());
        for (String[] sample : SAMPLES) {
            Path file = dataDir.resolve(sample[1]);
            if (!Files.isRegularFile(file)) {
                throw new UserInputException("demo sample " + file + " is missing (pass --data DIR)");
            }
            out.println();
            out.println("== ingest " + sample[0] + " 1m from " + file.getFileName());
            JobExecution execution = IngestCommand.ingestFiles(context, List.of(file), sample[0], "1m", "binance-sample");
            ExecutionReport.printSummary(execution, out);
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                out.println("demo stopped: the ingest failed; see `adaptive jobs status` and " + properties.home().resolve("logs"));
                return AdaptiveCli.EXIT_FAILED;
            }
        }
        if (com.adaptive.jobs.features.DemoStages.run(context, out) != 0) {
            return AdaptiveCli.EXIT_FAILED;
        }
        out.println();
        out.println("Where to look:");
        out.println("  lake tables      bin/adaptive lake tables");
        out.println("  bars per symbol  bin/adaptive query \"SELECT symbol, count(*) AS bars, min(open_time), max(open_time) FROM bars GROUP BY symbol\"");
        out.println("  quarantine       bin/adaptive query \"SELECT * FROM bars_quarantine\"");
        out.println("  data quality     bin/adaptive query \"SELECT * FROM data_quality ORDER BY first_time\"");
        out.println("  job history      bin/adaptive jobs status");
        out.println("  files            " + properties.lakeRoot() + ", " + properties.home().resolve("batch.db") + ", "
                + properties.home().resolve("logs"));
        return 0;
    }

    /** The installation folder: bin/adaptive passes it as {@code adaptive.install}; else the working directory. */
    static Path installDir() {
        String install = System.getProperty("adaptive.install");
        return Path.of(install == null ? "." : install);
    }
}
