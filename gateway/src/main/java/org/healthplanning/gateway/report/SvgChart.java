package org.healthplanning.gateway.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A chart's geometry, computed in Java and written as inline SVG by the report's template (tags/chart.html).
 * Shapes are drawn in this order: grid lines, bars, polylines, lines, markers, texts. Every coordinate is in the
 * chart's own viewBox units; {@code name} is the chart's {@code data-chart} attribute, {@code title} its {@code <title>}.
 */
public record SvgChart(String name, String title, String description, int width, int height,
                       List<Line> grid, List<Rect> rects, List<Polyline> polylines, List<Line> lines,
                       List<Circle> circles, List<Text> texts) {

    /** A line; {@code cls} styles it (grid, axis, plan, now, standard). */
    public record Line(String x1, String y1, String x2, String y2, String cls) {
    }

    /** A bar or a square marker, with its tooltip. */
    public record Rect(String x, String y, String w, String h, String cls, String tip) {
    }

    /** A point, with its tooltip. */
    public record Circle(String cx, String cy, String r, String cls, String tip) {
    }

    public record Polyline(String points, String cls) {
    }

    /** A label; {@code anchor} is start, middle or end. */
    public record Text(String x, String y, String anchor, String cls, String text) {
    }

    /** Collects the shapes of one chart. */
    static final class Builder {
        private final String name;
        private final String title;
        private final String description;
        private final int width;
        private final int height;
        private final List<Line> grid = new ArrayList<>();
        private final List<Rect> rects = new ArrayList<>();
        private final List<Polyline> polylines = new ArrayList<>();
        private final List<Line> lines = new ArrayList<>();
        private final List<Circle> circles = new ArrayList<>();
        private final List<Text> texts = new ArrayList<>();

        Builder(String name, String title, String description, int width, int height) {
            this.name = name;
            this.title = title;
            this.description = description;
            this.width = width;
            this.height = height;
        }

        Builder grid(double x1, double y1, double x2, double y2, String cls) {
            grid.add(new Line(n(x1), n(y1), n(x2), n(y2), cls));
            return this;
        }

        Builder line(double x1, double y1, double x2, double y2, String cls) {
            lines.add(new Line(n(x1), n(y1), n(x2), n(y2), cls));
            return this;
        }

        Builder rect(double x, double y, double w, double h, String cls, String tip) {
            rects.add(new Rect(n(x), n(y), n(Math.max(0, w)), n(Math.max(0, h)), cls, tip));
            return this;
        }

        Builder circle(double cx, double cy, double r, String cls, String tip) {
            circles.add(new Circle(n(cx), n(cy), n(r), cls, tip));
            return this;
        }

        Builder polyline(List<double[]> points, String cls) {
            if (points.size() > 1) {
                StringBuilder s = new StringBuilder();
                for (double[] p : points) {
                    s.append(s.isEmpty() ? "" : " ").append(n(p[0])).append(',').append(n(p[1]));
                }
                polylines.add(new Polyline(s.toString(), cls));
            }
            return this;
        }

        Builder text(double x, double y, String anchor, String cls, String text) {
            texts.add(new Text(n(x), n(y), anchor, cls, text));
            return this;
        }

        SvgChart build() {
            return new SvgChart(name, title, description, width, height, List.copyOf(grid), List.copyOf(rects), List.copyOf(polylines),
                    List.copyOf(lines), List.copyOf(circles), List.copyOf(texts));
        }
    }

    /** A coordinate with at most one decimal. */
    static String n(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? Long.toString((long) r) : String.format(Locale.ROOT, "%.1f", r);
    }
}
