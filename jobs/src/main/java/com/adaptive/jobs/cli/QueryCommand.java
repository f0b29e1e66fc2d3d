package com.adaptive.jobs.cli;

import com.adaptive.warehouse.Lake;
import com.adaptive.warehouse.QuerySink;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** {@code adaptive query "SQL"}: Spark SQL over the lake's tables, registered by name. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run Spark SQL over the lake; every table (bars, bars_quarantine, data_quality, ...) is registered by name.")
public final class QueryCommand extends LakeVerb {
    @Parameters(index = "0", paramLabel = "SQL")
    String sql;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE})")
    Format format;

    enum Format { table, csv, json }

    @Override
    protected Consumer<Lake> lakePrestart() {
        return lake -> lake.prepareQuery(sql);
    }

    @Override
    protected int run(ConfigurableApplicationContext context) {
        Lake lake = context.getBean(Lake.class);
        QuerySink sink = switch (format) {
            case csv -> new CsvSink(System.out);
            case json -> new JsonSink(System.out);
            case table -> new TableSink(System.out);
        };
        lake.query(sql, sink);
        return 0;
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    /** RFC 4180 CSV: a header row, then the rows; nothing else. */
    static final class CsvSink implements QuerySink {
        private final PrintStream out;

        CsvSink(PrintStream out) {
            this.out = out;
        }

        @Override
        public void columns(List<String> names) {
            out.println(String.join(",", names.stream().map(CsvSink::escape).toList()));
        }

        @Override
        public void row(Object[] values) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    line.append(',');
                }
                line.append(escape(text(values[i])));
            }
            out.println(line);
        }

        static String escape(String s) {
            return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
        }
    }

    /** A JSON array of objects keyed by column name. */
    static final class JsonSink implements QuerySink {
        private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        private final PrintStream out;
        private final ArrayNode rows = JSON.createArrayNode();
        private List<String> names;

        JsonSink(PrintStream out) {
            this.out = out;
        }

        @Override
        public void columns(List<String> names) {
            this.names = names;
        }

        @Override
        public void row(Object[] values) {
            ObjectNode row = rows.addObject();
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v == null) {
                    row.putNull(names.get(i));
                } else if (v instanceof Number || v instanceof Boolean) {
                    row.set(names.get(i), JSON.valueToTree(v));
                } else {
                    row.put(names.get(i), v.toString());
                }
            }
        }

        @Override
        public void end() {
            try {
                out.println(JSON.writeValueAsString(rows));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("cannot write query result as JSON: " + e.getMessage(), e);
            }
        }
    }

    /** An aligned text table; buffers the rows to size the columns. */
    static final class TableSink implements QuerySink {
        private final PrintStream out;
        private final List<String[]> rows = new ArrayList<>();
        private List<String> names;

        TableSink(PrintStream out) {
            this.out = out;
        }

        @Override
        public void columns(List<String> names) {
            this.names = names;
        }

        @Override
        public void row(Object[] values) {
            String[] cells = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                cells[i] = values[i] == null ? "null" : text(values[i]);
            }
            rows.add(cells);
        }

        @Override
        public void end() {
            int[] widths = new int[names.size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = names.get(i).length();
                for (String[] row : rows) {
                    widths[i] = Math.max(widths[i], row[i].length());
                }
            }
            print(names.toArray(String[]::new), widths);
            StringBuilder rule = new StringBuilder();
            for (int w : widths) {
                rule.append("-".repeat(w)).append("  ");
            }
            out.println(rule.toString().stripTrailing());
            for (String[] row : rows) {
                print(row, widths);
            }
            out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
        }

        private void print(String[] cells, int[] widths) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cells.length; i++) {
                line.append(String.format("%-" + widths[i] + "s  ", cells[i]));
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
