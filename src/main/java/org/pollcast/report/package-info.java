/**
 * Reports: charts (XChart PNGs; backtest charts also as SVG), the self-contained HTML report, and the
 * data behind each chart as plain records ({@link org.pollcast.report.ChartSpec}) so tests check data, not
 * pixels. Every JSON output is a record here ({@code ForecastJson}, {@code AverageJson}, ...) that mirrors its
 * documented shape, written by the one mapper in {@link org.pollcast.report.Json}; JsonGoldenTest pins the bytes.
 * This package and {@code cli} are the only ones that write files.
 */
package org.pollcast.report;
