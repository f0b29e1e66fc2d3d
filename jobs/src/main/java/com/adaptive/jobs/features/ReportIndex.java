package com.adaptive.jobs.features;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The reports folder: every HTML report in it, and {@code index.html} listing them, rewritten whenever a report is added. */
public final class ReportIndex {
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
    private static final Pattern KIND = Pattern.compile("<meta name=\"adaptive-report\" content=\"([^\"]*)\"");

    private ReportIndex() {
    }

    /** One report: file, title, kind (from its meta tag) and last modification. */
    public record Report(Path file, String title, String kind, Instant modified) {
    }

    /** Every report in {@code dir} except the index, newest first. */
    public static List<Report> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Report> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".html") && !p.getFileName().toString().equals("index.html")).toList()) {
                String head = new String(readHead(f), StandardCharsets.UTF_8);
                Matcher t = TITLE.matcher(head);
                Matcher k = KIND.matcher(head);
                out.add(new Report(f, t.find() ? t.group(1).strip() : f.getFileName().toString(), k.find() ? k.group(1) : "",
                        Files.getLastModifiedTime(f).toInstant()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list reports in " + dir + ": " + e.getMessage(), e);
        }
        out.sort(Comparator.comparing(Report::modified).reversed().thenComparing(r -> r.file().getFileName().toString()));
        return out;
    }

    /** Rewrites {@code dir/index.html} from the reports found there; returns its path. */
    public static Path write(Path dir) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Adaptive Engine reports</title>"
                + "<style>body{font-family:sans-serif;margin:24px}td,th{padding:4px 12px;text-align:left}</style></head><body>\n"
                + "<h1>Reports</h1>\n<table><tr><th>report</th><th>kind</th><th>written</th></tr>\n");
        for (Report r : list(dir)) {
            String name = r.file().getFileName().toString();
            h.append("<tr><td><a href=\"").append(esc(name)).append("\">").append(esc(r.title())).append("</a></td><td>")
                    .append(esc(r.kind())).append("</td><td>").append(r.modified()).append("</td></tr>\n");
        }
        h.append("</table></body></html>\n");
        Path index = dir.resolve("index.html");
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve(".index.html.tmp");
            Files.writeString(tmp, h, StandardCharsets.UTF_8);
            Files.move(tmp, index, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write report index " + index + ": " + e.getMessage(), e);
        }
        return index;
    }

    private static byte[] readHead(Path f) throws IOException {
        try (var in = Files.newInputStream(f)) {
            return in.readNBytes(4096);
        }
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
