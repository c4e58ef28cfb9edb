package dev.problemguide.benchmarks;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws the ratios of the HTTP benchmark as a PNG bar chart: for each comparison (feature / hand-written,
 * feature / Zalando, Zalando / hand-written on the error path; with / without the feature on the success
 * path), the ratio of the medians of req/s (left) and of server CPU per request (right), one bar per results
 * file. Bars grow from parity (1.0, dashed); the targets 0.95 (req/s) and 1.05 (CPU per request) of
 * feature / hand-written are red lines.
 *
 * <p>Usage: {@code java -Djava.awt.headless=true -cp ... dev.problemguide.benchmarks.HttpChart OUT.png
 * RESULTS.tsv [RESULTS.tsv ...]}, the TSVs as {@code run-http.sh} writes them (columns {@code round mode path
 * requests req_per_s cpu_us_per_req non_2xx_3xx}). {@code run-http.sh} calls it at its end.
 */
public final class HttpChart {

    /** The target of feature / hand-written req/s on the error path. */
    static final double REQUESTS_TARGET = 0.95;

    /** The target of feature / hand-written CPU per request on the error path. */
    static final double CPU_TARGET = 1.05;

    private static final List<Comparison> COMPARISONS = List.of(
            new Comparison("error path: feature / hand-written", "feature", "error", "handwritten", "error"),
            new Comparison("error path: feature / Zalando", "feature", "error", "zalando", "error"),
            new Comparison("error path: Zalando / hand-written (reference)", "zalando", "error", "handwritten", "error"),
            new Comparison("success path: with / without feature", "feature", "success", "plain", "success"));

    private static final Color[] COLORS = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0x7f7f7f)};

    private static final Color TARGET = new Color(0xd62728);

    private HttpChart() {
    }

    /**
     * Writes the chart.
     *
     * @param args the PNG to write, then one or more results TSVs
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || !args[0].endsWith(".png")) {
            System.err.println("usage: HttpChart OUT.png RESULTS.tsv [RESULTS.tsv ...]");
            System.exit(2);
        }
        Path png = Path.of(args[0]);
        List<Run> runs = new ArrayList<>();
        for (String tsv : Arrays.asList(args).subList(1, args.length)) {
            runs.add(Run.read(Path.of(tsv)));
        }
        Path parent = png.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ChartUtils.saveChartAsPNG(png.toFile(), chart(runs), 1200, 180 + 110 * COMPARISONS.size()
                + 25 * Math.max(0, runs.size() - 1) * COMPARISONS.size());
        System.out.println("Chart: " + png);
    }

    /**
     * Builds the chart of some runs.
     *
     * @param runs the runs, one bar each per comparison
     * @return the chart
     */
    static JFreeChart chart(List<Run> runs) {
        DefaultCategoryDataset requests = new DefaultCategoryDataset();
        DefaultCategoryDataset cpu = new DefaultCategoryDataset();
        for (Run run : runs) {
            for (Comparison comparison : COMPARISONS) {
                double r = run.ratio(comparison, Run.REQUESTS);
                double c = run.ratio(comparison, Run.CPU);
                if (!Double.isNaN(r)) {
                    requests.addValue(r, run.name, comparison.label);
                }
                if (!Double.isNaN(c)) {
                    cpu.addValue(c, run.name, comparison.label);
                }
            }
        }
        CategoryAxis categories = new CategoryAxis();
        categories.setMaximumCategoryLabelWidthRatio(0.32f);
        categories.setMaximumCategoryLabelLines(2);
        categories.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        categories.setCategoryMargin(0.25);
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(categories);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setGap(24);
        CategoryPlot left = subplot(requests, "req/s, ratio of medians (higher is better)", REQUESTS_TARGET,
                "target ≥ " + REQUESTS_TARGET, runs.size());
        plot.add(left);
        plot.add(subplot(cpu, "server CPU per request, ratio of medians (lower is better)", CPU_TARGET,
                "target ≤ " + CPU_TARGET, runs.size()));
        // One legend entry per run, not one per run and subplot.
        plot.setFixedLegendItems(left.getLegendItems());
        JFreeChart chart = new JFreeChart("HTTP side by side: ratios of the medians",
                new Font(Font.SANS_SERIF, Font.BOLD, 18), plot, runs.size() > 1);
        chart.addSubtitle(new TextTitle(subtitle(runs), new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        return chart;
    }

    private static String subtitle(List<Run> runs) {
        StringBuilder text = new StringBuilder();
        for (Run run : runs) {
            text.append(text.length() == 0 ? "" : "; ").append(run.name).append(": ").append(run.rounds)
                    .append(run.rounds == 1 ? " round" : " rounds");
        }
        return text + ". Bars start at parity (1.0, dashed); red: the targets of feature / hand-written.";
    }

    private static CategoryPlot subplot(CategoryDataset data, String label, double target, String targetLabel,
            int series) {
        double low = Math.min(target, 1.0);
        double high = Math.max(target, 1.0);
        for (int row = 0; row < data.getRowCount(); row++) {
            for (int column = 0; column < data.getColumnCount(); column++) {
                Number value = data.getValue(row, column);
                if (value != null) {
                    low = Math.min(low, value.doubleValue());
                    high = Math.max(high, value.doubleValue());
                }
            }
        }
        double margin = Math.max(0.04, (high - low) * 0.18);
        NumberAxis axis = new NumberAxis(label);
        axis.setRange(Math.max(0, Math.floor((low - margin) * 20) / 20), Math.ceil((high + margin) * 20) / 20);
        axis.setNumberFormatOverride(new DecimalFormat("0.00×"));
        axis.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));

        RatioRenderer renderer = new RatioRenderer();
        for (int i = 0; i < series; i++) {
            renderer.setSeriesPaint(i, COLORS[i % COLORS.length]);
        }
        CategoryPlot plot = new CategoryPlot(data, null, axis, renderer);
        plot.setBackgroundPaint(new Color(0xfafafa));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        // Each marker's label on its outer side, so that the two never overlap.
        plot.addRangeMarker(marker(1.0, Color.DARK_GRAY, "parity", new float[] {6f, 4f}, target > 1.0));
        plot.addRangeMarker(marker(target, TARGET, targetLabel, new float[] {2f, 3f}, target < 1.0));
        return plot;
    }

    private static ValueMarker marker(double value, Color color, String label, float[] dashes, boolean leftOfLine) {
        ValueMarker marker = new ValueMarker(value, color,
                new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dashes, 0f));
        marker.setLabel(label);
        marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        marker.setLabelPaint(color);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        marker.setLabelAnchor(leftOfLine ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(leftOfLine ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
        marker.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
        return marker;
    }

    /** Bars from parity (1.0), each labelled with its ratio at its outer end. */
    static final class RatioRenderer extends BarRenderer {
        private static final long serialVersionUID = 1L;

        RatioRenderer() {
            setBase(1.0);
            setIncludeBaseInRange(true);
            setBarPainter(new StandardBarPainter());
            setShadowVisible(false);
            setDrawBarOutline(false);
            setItemMargin(0.05);
            setMaximumBarWidth(0.35);
            setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.000×")));
            setDefaultItemLabelsVisible(true);
            setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
            ItemLabelPosition right = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT);
            ItemLabelPosition left = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT);
            setDefaultPositiveItemLabelPosition(right);
            setDefaultNegativeItemLabelPosition(left);
        }

        /** A bar below parity is labelled at its left end, as JFreeChart does for values below zero. */
        @Override
        protected void drawItemLabel(Graphics2D g2, CategoryDataset data, int row, int column, CategoryPlot plot,
                CategoryItemLabelGenerator generator, Rectangle2D bar, boolean negative) {
            Number value = data.getValue(row, column);
            super.drawItemLabel(g2, data, row, column, plot, generator, bar,
                    value != null && value.doubleValue() < getBase());
        }
    }

    /** One comparison: the ratio of a (mode, path) pair's median to another's. */
    record Comparison(String label, String mode, String path, String baseMode, String basePath) {
    }

    /** The rows of one results TSV, as medians per (mode, path). */
    static final class Run {
        static final String REQUESTS = "req_per_s";
        static final String CPU = "cpu_us_per_req";

        final String name;
        final int rounds;
        private final Map<String, Double> medians;

        private Run(String name, int rounds, Map<String, Double> medians) {
            this.name = name;
            this.rounds = rounds;
            this.medians = medians;
        }

        static Run read(Path tsv) throws IOException {
            List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                throw new IOException(tsv + ": empty");
            }
            List<String> header = Arrays.asList(lines.get(0).split("\t"));
            int round = column(tsv, header, "round");
            int mode = column(tsv, header, "mode");
            int path = column(tsv, header, "path");
            int requests = column(tsv, header, REQUESTS);
            int cpu = column(tsv, header, CPU);
            Map<String, List<Double>> values = new LinkedHashMap<>();
            TreeSet<String> rounds = new TreeSet<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t");
                rounds.add(cells[round]);
                String key = cells[mode] + "/" + cells[path] + "/";
                values.computeIfAbsent(key + REQUESTS, k -> new ArrayList<>()).add(Double.parseDouble(cells[requests]));
                values.computeIfAbsent(key + CPU, k -> new ArrayList<>()).add(Double.parseDouble(cells[cpu]));
            }
            Map<String, Double> medians = new HashMap<>();
            values.forEach((key, list) -> medians.put(key, median(list)));
            String file = tsv.getFileName().toString();
            String name = file.endsWith(".tsv") ? file.substring(0, file.length() - 4) : file;
            return new Run(name, rounds.size(), medians);
        }

        double ratio(Comparison comparison, String column) {
            Double value = medians.get(comparison.mode() + "/" + comparison.path() + "/" + column);
            Double base = medians.get(comparison.baseMode() + "/" + comparison.basePath() + "/" + column);
            return value == null || base == null ? Double.NaN : value / base;
        }

        private static int column(Path tsv, List<String> header, String name) throws IOException {
            int index = header.indexOf(name);
            if (index < 0) {
                throw new IOException(String.format(Locale.ROOT, "%s: no column %s in %s", tsv, name, header));
            }
            return index;
        }

        private static double median(List<Double> values) {
            List<Double> sorted = new ArrayList<>(values);
            sorted.sort(null);
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }
    }
}
