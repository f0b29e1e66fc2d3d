package com.adaptive.core.backtest;

import com.adaptive.core.regime.Regime;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * Renders one run as {@code trades.csv}, {@code equity.csv} and a self-contained {@code report.html} (inline SVG
 * charts and CSS, no script and no network at view time).
 */
public final class BacktestReport {
    private static final Regime[] REGIMES = Regime.values();
    private static final String[] REGIME_COLOURS = {"#cfe8cf", "#cfdcf0", "#eeeeee", "#f3d0d0"};
    private static final int WIDTH = 1000;
    private static final int MAX_TABLE_ROWS = 2_000;

    private BacktestReport() {
    }

    /** One row per trade: times ISO-8601 UTC, side, quantity, prices, fees, PnL, exit reason, entry regime. */
    public static String tradesCsv(TradeLog trades) {
        StringBuilder sb = new StringBuilder("entry_time,exit_time,side,quantity,entry_price,exit_price,fees,pnl,exit_reason,entry_regime\n");
        for (int k = 0; k < trades.size(); k++) {
            sb.append(Instant.ofEpochMilli(trades.entryTimeMillis(k))).append(',')
                    .append(Instant.ofEpochMilli(trades.exitTimeMillis(k))).append(',')
                    .append(trades.side(k) > 0 ? "long" : "short").append(',')
                    .append(trades.quantity(k)).append(',')
                    .append(trades.entryPrice(k)).append(',')
                    .append(trades.exitPrice(k)).append(',')
                    .append(trades.fees(k)).append(',')
                    .append(trades.pnl(k)).append(',')
                    .append(trades.exitReason(k).code()).append(',')
                    .append(regimeName(trades.entryRegime(k))).append('\n');
        }
        return sb.toString();
    }

    /** One row per bar: open time, equity at the close, drawdown from the running peak, regime at the close. */
    public static String equityCsv(BacktestResult r) {
        StringBuilder sb = new StringBuilder(r.bars() * 48).append("open_time,equity,drawdown,regime\n");
        double peak = r.initialCapital();
        double[] eq = r.equity();
        for (int i = 0; i < eq.length; i++) {
            peak = Math.max(peak, eq[i]);
            sb.append(Instant.ofEpochMilli(r.openTimeMillis()[i])).append(',').append(eq[i]).append(',')
                    .append(1 - eq[i] / peak).append(',')
                    .append(r.regimes() == null ? "" : regimeName(r.regimes()[i])).append('\n');
        }
        return sb.toString();
    }

    /** The HTML report; {@code headline} are metric name → value pairs shown on top. */
    public static String html(String title, BacktestResult r, Map<String, Object> headline) {
        double[] eq = r.equity();
        int n = eq.length;
        double[] dd = new double[n];
        double peak = r.initialCapital();
        double minEq = Double.MAX_VALUE;
        double maxEq = -Double.MAX_VALUE;
        double maxDd = 0;
        for (int i = 0; i < n; i++) {
            peak = Math.max(peak, eq[i]);
            dd[i] = 1 - eq[i] / peak;
            minEq = Math.min(minEq, eq[i]);
            maxEq = Math.max(maxEq, eq[i]);
            maxDd = Math.max(maxDd, dd[i]);
        }
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(escape(title))
                .append("</title>\n<style>body{font-family:sans-serif;margin:20px;color:#222}table{border-collapse:collapse;"
                        + "font-size:12px}td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}th{background:#f4f4f4}"
                        + ".legend span{display:inline-block;padding:2px 8px;margin-right:6px;font-size:12px}</style></head><body>\n");
        sb.append("<h1>").append(escape(title)).append("</h1>\n<table><tr>");
        headline.keySet().forEach(k -> sb.append("<th>").append(escape(k)).append("</th>"));
        sb.append("</tr><tr>");
        headline.values().forEach(v -> sb.append("<td>").append(format(v)).append("</td>"));
        sb.append("</tr></table>\n");
        sb.append("<h2>Equity</h2>\n<div class=\"legend\">");
        for (int k = 0; k < REGIMES.length; k++) {
            sb.append("<span style=\"background:").append(REGIME_COLOURS[k]).append("\">").append(REGIMES[k]).append("</span>");
        }
        sb.append("</div>\n");
        chart(sb, eq, minEq, maxEq, r.regimes(), "#1f5fbf", Instant.ofEpochMilli(r.openTimeMillis()[0]),
                Instant.ofEpochMilli(r.openTimeMillis()[n - 1]));
        sb.append("<h2>Drawdown</h2>\n");
        double[] negDd = new double[n];
        for (int i = 0; i < n; i++) {
            negDd[i] = -dd[i];
        }
        chart(sb, negDd, -Math.max(maxDd, 1e-12), 0, null, "#bf1f1f", Instant.ofEpochMilli(r.openTimeMillis()[0]),
                Instant.ofEpochMilli(r.openTimeMillis()[n - 1]));
        TradeLog t = r.trades();
        sb.append("<h2>Trades (").append(t.size()).append(")</h2>\n");
        if (t.size() > MAX_TABLE_ROWS) {
            sb.append("<p>First ").append(MAX_TABLE_ROWS).append(" shown; all are in trades.csv.</p>\n");
        }
        sb.append("<table><tr><th>#</th><th>entry</th><th>exit</th><th>side</th><th>qty</th><th>entry price</th>"
                + "<th>exit price</th><th>fees</th><th>pnl</th><th>reason</th><th>regime</th></tr>\n");
        for (int k = 0; k < Math.min(t.size(), MAX_TABLE_ROWS); k++) {
            sb.append("<tr><td>").append(k + 1).append("</td><td>").append(Instant.ofEpochMilli(t.entryTimeMillis(k)))
                    .append("</td><td>").append(Instant.ofEpochMilli(t.exitTimeMillis(k)))
                    .append("</td><td>").append(t.side(k) > 0 ? "long" : "short")
                    .append("</td><td>").append(num(t.quantity(k), 6))
                    .append("</td><td>").append(num(t.entryPrice(k), 2))
                    .append("</td><td>").append(num(t.exitPrice(k), 2))
                    .append("</td><td>").append(num(t.fees(k), 2))
                    .append("</td><td style=\"color:").append(t.pnl(k) >= 0 ? "#17702a" : "#a01010").append("\">")
                    .append(num(t.pnl(k), 2))
                    .append("</td><td>").append(t.exitReason(k).code())
                    .append("</td><td>").append(regimeName(t.entryRegime(k))).append("</td></tr>\n");
        }
        sb.append("</table>\n</body></html>\n");
        return sb.toString();
    }

    /** An SVG line chart, one point per pixel column (last value of the column), regime bands behind it. */
    private static void chart(StringBuilder sb, double[] y, double min, double max, byte[] regimes, String colour,
                              Instant from, Instant to) {
        int n = y.length;
        int height = 220;
        double span = max - min == 0 ? 1 : max - min;
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH + 90).append("\" height=\"")
                .append(height + 30).append("\">\n");
        if (regimes != null) {
            // one band per run of pixel columns whose last bar has the same regime
            int runStart = 0;
            int runRegime = regimes[columnBar(0, n)];
            for (int x = 1; x <= WIDTH; x++) {
                int reg = x < WIDTH ? regimes[columnBar(x, n)] : Integer.MIN_VALUE;
                if (reg != runRegime) {
                    if (runRegime >= 0) {
                        sb.append("<rect x=\"").append(80 + runStart).append("\" y=\"0\" width=\"").append(x - runStart)
                                .append("\" height=\"").append(height).append("\" fill=\"").append(REGIME_COLOURS[runRegime])
                                .append("\"/>");
                    }
                    runStart = x;
                    runRegime = reg;
                }
            }
            sb.append('\n');
        }
        sb.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"1\" points=\"");
        for (int x = 0; x < WIDTH; x++) {
            double v = y[columnBar(x, n)];
            sb.append(80 + x).append(',').append(num(height - (v - min) / span * height, 1)).append(' ');
        }
        sb.append("\"/>\n<text x=\"0\" y=\"12\" font-size=\"11\">").append(num(max, 4)).append("</text>")
                .append("<text x=\"0\" y=\"").append(height).append("\" font-size=\"11\">").append(num(min, 4)).append("</text>")
                .append("<text x=\"80\" y=\"").append(height + 20).append("\" font-size=\"11\">").append(from).append("</text>")
                .append("<text x=\"").append(WIDTH - 80).append("\" y=\"").append(height + 20).append("\" font-size=\"11\">")
                .append(to).append("</text>\n</svg>\n");
    }

    private static int columnBar(int x, int n) {
        return (int) Math.min(n - 1, ((long) (x + 1) * n) / WIDTH);
    }

    private static String regimeName(int ordinal) {
        return ordinal < 0 ? "" : REGIMES[ordinal].name();
    }

    private static String format(Object v) {
        if (v == null) {
            return "n/a";
        }
        if (v instanceof Double d) {
            return num(d, 4);
        }
        return escape(String.valueOf(v));
    }

    private static String num(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
