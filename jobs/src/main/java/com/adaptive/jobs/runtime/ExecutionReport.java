package com.adaptive.jobs.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Renders job executions and their steps for people (a table) and for programs (JSON). */
public final class ExecutionReport {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExecutionReport() {
    }

    /** The per-step summary printed at the end of a run. */
    public static void printSummary(JobExecution execution, PrintStream out) {
        out.printf("job %s execution %d: %s%s%n", execution.getJobInstance().getJobName(), execution.getId(),
                execution.getStatus(), exitMessage(execution.getExitStatus().getExitDescription()));
        out.printf("  %-10s %-10s %12s %12s %9s %12s %10s  %s%n", "step", "status", "read", "written", "skipped",
                "quarantined", "duration", "details");
        for (StepExecution step : sorted(execution.getStepExecutions())) {
            StepCounts c = StepCounts.of(step);
            String details = c.details().entrySet().stream()
                    .filter(e -> !e.getKey().equals("quarantined"))
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
            out.printf("  %-10s %-10s %,12d %,12d %,9d %,12d %10s  %s%n", c.step(), c.status(), c.read(), c.written(),
                    c.skipped(), c.quarantined(), seconds(c.duration()), details);
        }
    }

    /** Recent executions as a table, each followed by its steps. */
    public static void printTable(List<JobExecution> executions, ExecutionOwners owners, PrintStream out) {
        out.printf("%-6s %-18s %-10s %-19s %-19s %9s  %s%n", "id", "job", "status", "started", "ended", "duration", "exit message");
        for (JobExecution e : executions) {
            out.printf("%-6d %-18s %-10s %-19s %-19s %9s  %s%n", e.getId(), e.getJobInstance().getJobName(), e.getStatus(),
                    time(e.getStartTime()), time(e.getEndTime()), seconds(duration(e.getStartTime(), e.getEndTime())),
                    liveNote(e, owners) + oneLine(e.getExitStatus().getExitDescription()));
            for (StepExecution step : sorted(e.getStepExecutions())) {
                StepCounts c = StepCounts.of(step);
                out.printf("         step %-10s %-10s read=%,d written=%,d skipped=%,d quarantined=%,d %s%s%n", c.step(), c.status(),
                        c.read(), c.written(), c.skipped(), c.quarantined(), seconds(c.duration()),
                        c.exitMessage() == null || c.exitMessage().isBlank() ? "" : "  " + oneLine(c.exitMessage()));
            }
        }
    }

    public static void printJson(List<JobExecution> executions, ExecutionOwners owners, PrintStream out) throws Exception {
        ArrayNode array = JSON.createArrayNode();
        for (JobExecution e : executions) {
            ObjectNode node = array.addObject();
            node.put("id", e.getId());
            node.put("job", e.getJobInstance().getJobName());
            node.put("instance_id", e.getJobInstance().getInstanceId());
            node.put("status", e.getStatus().name());
            node.put("exit_code", e.getExitStatus().getExitCode());
            node.put("exit_message", e.getExitStatus().getExitDescription());
            node.put("started", time(e.getStartTime()));
            node.put("ended", time(e.getEndTime()));
            ExecutionOwners.Owner owner = owners.owner(e.getId());
            if (owner != null) {
                node.put("host", owner.host());
                node.put("pid", owner.pid());
            }
            ObjectNode params = node.putObject("parameters");
            e.getJobParameters().getParameters().forEach((k, v) -> params.put(k, String.valueOf(v.getValue())));
            ArrayNode steps = node.putArray("steps");
            for (StepExecution step : sorted(e.getStepExecutions())) {
                StepCounts c = StepCounts.of(step);
                ObjectNode s = steps.addObject();
                s.put("step", c.step());
                s.put("status", c.status());
                s.put("read", c.read());
                s.put("written", c.written());
                s.put("skipped", c.skipped());
                s.put("quarantined", c.quarantined());
                s.put("duration_ms", c.duration().toMillis());
                s.put("exit_message", c.exitMessage());
                ObjectNode details = s.putObject("details");
                c.details().forEach(details::put);
            }
        }
        out.println(JSON.writeValueAsString(array));
    }

    private static String liveNote(JobExecution e, ExecutionOwners owners) {
        if (!e.isRunning()) {
            return "";
        }
        ExecutionOwners.Owner owner = owners.owner(e.getId());
        return owner == null ? "running " : "running in " + owner.describe() + " ";
    }

    private static List<StepExecution> sorted(java.util.Collection<StepExecution> steps) {
        return steps.stream().sorted(Comparator.comparing(StepExecution::getId)).toList();
    }

    private static String exitMessage(String description) {
        return description == null || description.isBlank() ? "" : " — " + oneLine(description);
    }

    /** First line only: Spring Batch stores whole stack traces as exit descriptions. */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String first = text.strip().lines().findFirst().orElse("");
        return first.length() > 240 ? first.substring(0, 237) + "..." : first;
    }

    private static String time(LocalDateTime t) {
        return t == null ? "-" : TIME.format(t);
    }

    private static Duration duration(LocalDateTime start, LocalDateTime end) {
        return start == null ? Duration.ZERO : Duration.between(start, end == null ? LocalDateTime.now() : end);
    }

    private static String seconds(Duration d) {
        return String.format("%.1fs", d.toMillis() / 1000.0);
    }
}
