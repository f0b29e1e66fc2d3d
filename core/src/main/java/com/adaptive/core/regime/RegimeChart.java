package com.adaptive.core.regime;

import com.adaptive.core.bar.BarSeries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A self-contained HTML page: the close price at each decision as a line over background bands coloured by the
 * reported regime, a strip below with each UTC day's share of every regime (stacked), and a legend giving each
 * regime's share and median dwell. Pure inline SVG, no script and no network at view time.
 */
public final class RegimeChart {
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 680;
    private static final int STRIP = 100;
    private static final int LEFT = 80;
    private static final int RIGHT = 20;
    private static final int TOP = 20;
    private static final int BOTTOM = 50 + STRIP + 20;
    private static final String[] COLOURS = {"#4caf50", "#2196f3", "#bdbdbd", "#f44336"};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private RegimeChart() {
    }

    /** Writes the chart of {@code c} over {@code bars} to {@code path}. */
    public static void write(Path path, String title, BarSeries bars, RegimeClassification c) {
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(path, html(title, bars, c), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** The page as a string (deterministic for the same input). */
    public static String html(String title, BarSeries bars, RegimeClassification c) {
        int n = c.size();
        StringBuilder sb = new StringBuilder(1 << 20);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(escape(title))
                .append("</title>\n<style>body{font-family:sans-serif;margin:16px;color:#222}")
                .append(".legend span{display:inline-block;margin-right:18px}.sw{display:inline-block;width:14px;height:14px;")
                .append("vertical-align:middle;margin-right:6px;opacity:.55}</style></head><body>\n<h2>").append(escape(title)).append("</h2>\n");
        if (n == 0) {
            return sb.append("<p>No decisions: the input holds no complete 5-minute bucket.</p></body></html>\n").toString();
        }
        double[] price = new double[n];
        long[] barTimes = bars.openTimeMillis();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            int j = bars.indexAtOrAfter(c.decisionTimeMillis(i)) - 1;
            price[i] = bars.close()[Math.max(0, Math.min(j, barTimes.length - 1))];
            min = Math.min(min, price[i]);
            max = Math.max(max, price[i]);
        }
        if (max == min) {
            max = min + 1;
        }
        long t0 = c.decisionTimeMillis(0) - RegimeClassifier.BUCKET_MILLIS;
        long t1 = c.decisionTimeMillis(n - 1);
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        RegimeSummary summary = RegimeSummary.of(c);
        sb.append("<div class=\"legend\">");
        for (Regime r : Regime.values()) {
            sb.append("<span><i class=\"sw\" style=\"background:").append(COLOURS[r.ordinal()]).append("\"></i>").append(r)
                    .append(String.format(Locale.ROOT, " %.1f%% of time, median dwell %.0f min", 100 * summary.share(r),
                            summary.medianDwellMinutes(r))).append("</span>");
        }
        sb.append("<span><i class=\"sw\" style=\"background:#fff;border:1px solid #999\"></i>warm-up</span></div>\n");
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\">\n");
        // regime bands: one rect per unbroken run of the same reported regime, warm-up left white
        int start = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || c.regime(i) != c.regime(start) || (c.rule(i) == RegimeRule.WARMUP) != (c.rule(start) == RegimeRule.WARMUP)) {
                if (c.rule(start) != RegimeRule.WARMUP) {
                    double x0 = LEFT + plotW * (c.decisionTimeMillis(start) - RegimeClassifier.BUCKET_MILLIS - t0) / (t1 - t0);
                    double x1 = LEFT + plotW * (c.decisionTimeMillis(i - 1) - t0) / (t1 - t0);
                    sb.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"%.0f\" fill=\"%s\" fill-opacity=\"0.45\"/>%n",
                            x0, TOP, Math.max(0.3, x1 - x0), plotH, COLOURS[c.regime(start).ordinal()]));
                }
                start = i;
            }
        }
        // axes and grid
        sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.0f\" height=\"%.0f\" fill=\"none\" stroke=\"#555\"/>%n", LEFT, TOP, plotW, plotH));
        for (int k = 0; k <= 5; k++) {
            double v = min + (max - min) * k / 5.0;
            double y = TOP + plotH * (1 - k / 5.0);
            sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#000\" stroke-opacity=\"0.15\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" font-size=\"12\" text-anchor=\"end\">%.2f</text>%n", LEFT, WIDTH - RIGHT, y, y, LEFT - 6, y + 4, v));
        }
        int ticks = 8;
        // short spans (a zoomed chart) label hours, long spans days
        DateTimeFormatter axis = t1 - t0 < 8L * 86_400_000L ? HOUR : DAY;
        for (int k = 0; k <= ticks; k++) {
            long t = t0 + (t1 - t0) * k / ticks;
            double x = LEFT + plotW * k / ticks;
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">%s</text>%n",
                    x, HEIGHT - BOTTOM + 18, axis.format(Instant.ofEpochMilli(t))));
        }
        // daily share strip: one stacked column per UTC day, warm-up decisions left out
        double stripTop = HEIGHT - STRIP - 10;
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"12\" text-anchor=\"end\">share/day</text>%n",
                LEFT - 6, stripTop + STRIP / 2.0));
        long day = 86_400_000L;
        long firstDay = Math.floorDiv(t0, day);
        long lastDay = Math.floorDiv(t1 - 1, day);
        int[][] perDay = new int[(int) (lastDay - firstDay + 1)][Regime.values().length];
        for (int i = 0; i < n; i++) {
            if (c.rule(i) != RegimeRule.WARMUP) {
                perDay[(int) (Math.floorDiv(c.decisionTimeMillis(i) - 1, day) - firstDay)][c.regime(i).ordinal()]++;
            }
        }
        for (int d = 0; d < perDay.length; d++) {
            int total = 0;
            for (int k : perDay[d]) {
                total += k;
            }
            if (total == 0) {
                continue;
            }
            double x0 = LEFT + plotW * Math.max(0, (firstDay + d) * day - t0) / (t1 - t0);
            double x1 = LEFT + plotW * Math.min(t1 - t0, (firstDay + d + 1) * day - t0) / (t1 - t0);
            double y = stripTop;
            for (Regime r : Regime.values()) {
                double h = STRIP * perDay[d][r.ordinal()] / (double) total;
                sb.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"%s\"/>%n",
                        x0 + 0.5, y, Math.max(0.5, x1 - x0 - 1), h, COLOURS[r.ordinal()]));
                y += h;
            }
        }
        // price line
        sb.append("<path fill=\"none\" stroke=\"#111\" stroke-width=\"1\" d=\"");
        for (int i = 0; i < n; i++) {
            double x = LEFT + plotW * (c.decisionTimeMillis(i) - t0) / (t1 - t0);
            double y = TOP + plotH * (max - price[i]) / (max - min);
            sb.append(i == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
        }
        sb.append("\"/>\n</svg>\n<p style=\"font-size:12px;color:#666\">Close at each 5-minute decision (UTC); background = reported regime. ")
                .append(n).append(" decisions.</p>\n</body></html>\n");
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
