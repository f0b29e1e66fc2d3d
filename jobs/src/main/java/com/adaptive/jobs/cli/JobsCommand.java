package com.adaptive.jobs.cli;

import com.adaptive.jobs.runtime.ExecutionReport;
import com.adaptive.jobs.runtime.JobCatalog;
import com.adaptive.jobs.runtime.JobDescriptor;
import com.adaptive.jobs.runtime.JobRunner;
import com.adaptive.warehouse.Lake;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** {@code adaptive jobs}: list, run, inspect and restart batch jobs. */
@Command(name = "jobs", mixinStandardHelpOptions = true, description = "List, run, inspect and restart batch jobs.",
        subcommands = {JobsCommand.ListJobs.class, JobsCommand.Run.class, JobsCommand.Status.class, JobsCommand.Restart.class})
public final class JobsCommand {

    /** Exit code for a finished execution: 0 when it completed, 1 otherwise. */
    static int exitCode(JobExecution execution) {
        return execution.getStatus() == BatchStatus.COMPLETED ? 0 : AdaptiveCli.EXIT_FAILED;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Known jobs and their parameters.")
    static final class ListJobs extends SpringVerb {
        @Override
        protected int run(ConfigurableApplicationContext context) {
            PrintStream out = System.out;
            for (JobDescriptor job : context.getBean(JobCatalog.class).descriptors()) {
                out.printf("%s — %s%n", job.name(), job.description());
                for (JobDescriptor.Parameter p : job.parameters()) {
                    out.printf("    %-10s %-11s %-8s %s%n", p.name(), p.identifying() ? "identifying" : "",
                            p.required() ? "required" : "optional", p.description());
                }
            }
            return 0;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Run a job to its end. The same identifying parameters again restart that job instance.")
    static final class Run extends SpringVerb {
        @Override
        protected Consumer<Lake> lakePrestart() {
            return job.startsWith("ingest-") ? Lake::prepareBarWrites : null;
        }

        @Parameters(index = "0", paramLabel = "JOB", description = "job name, see `adaptive jobs list`")
        String job;

        @Parameters(index = "1..*", paramLabel = "KEY=VALUE", description = "job parameters")
        List<String> parameters = new ArrayList<>();

        @Override
        protected int run(ConfigurableApplicationContext context) {
            JobRunner runner = context.getBean(JobRunner.class);
            JobExecution execution = runner.run(job, JobRunner.parseParameters(parameters));
            ExecutionReport.printSummary(execution, System.out);
            return exitCode(execution);
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Recent executions with their steps, counts and exit messages; dead ones are marked FAILED.")
    static final class Status extends SpringVerb {
        @Parameters(index = "0", arity = "0..1", paramLabel = "JOB", description = "only this job")
        String job;

        @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
        Format format;

        @Option(names = "--limit", defaultValue = "20", description = "how many executions (default: ${DEFAULT-VALUE})")
        int limit;

        enum Format { table, json }

        @Override
        protected int run(ConfigurableApplicationContext context) throws Exception {
            JobRunner runner = context.getBean(JobRunner.class);
            if (job != null) {
                context.getBean(JobCatalog.class).job(job);
            }
            List<JobExecution> executions = runner.recent(job, limit);
            if (format == Format.json) {
                ExecutionReport.printJson(executions, runner.owners(), System.out);
            } else {
                ExecutionReport.printTable(executions, runner.owners(), System.out);
            }
            return 0;
        }
    }

    @Command(name = "restart", mixinStandardHelpOptions = true,
            description = "Rerun a FAILED or STOPPED execution: completed steps are skipped, the failed step resumes.")
    static final class Restart extends SpringVerb {
        @Parameters(index = "0", paramLabel = "EXECUTION_ID")
        long executionId;

        @Override
        protected int run(ConfigurableApplicationContext context) {
            JobExecution execution = context.getBean(JobRunner.class).restart(executionId);
            ExecutionReport.printSummary(execution, System.out);
            return exitCode(execution);
        }
    }
}
