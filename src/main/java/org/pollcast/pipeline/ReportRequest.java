package org.pollcast.pipeline;

import java.nio.file.Path;

/**
 * A report to write.
 *
 * @param forecast the forecast to report (its averaging settings are the report's)
 * @param out      the report folder, or null for {@code reports/<election>}; replaced only if pollcast wrote it
 * @param race     draw how the race moved ({@link RaceOverTime}: the forecast made again as of earlier dates)
 */
public record ReportRequest(ForecastRequest forecast, Path out, boolean race) {

    /** The report with every part, how the race moved included. */
    public ReportRequest(ForecastRequest forecast, Path out) {
        this(forecast, out, true);
    }
}
