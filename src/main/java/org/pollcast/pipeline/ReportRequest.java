package org.pollcast.pipeline;

import java.nio.file.Path;

/**
 * A report to write.
 *
 * @param forecast the forecast to report (its averaging settings are the report's)
 * @param out      the report folder, or null for {@code reports/<election>}; replaced only if pollcast wrote it
 */
public record ReportRequest(ForecastRequest forecast, Path out) {}
