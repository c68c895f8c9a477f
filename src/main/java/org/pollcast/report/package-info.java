/**
 * Reports: charts (XChart; PNG for social posts, SVG for the web), the self-contained HTML report, and the
 * data behind each chart as plain records ({@link org.pollcast.report.ChartSpec}) so tests check data, not
 * pixels. This package and {@code cli} are the only ones that write files.
 */
package org.pollcast.report;
