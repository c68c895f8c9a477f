package org.pollcast.aggregate;

import java.time.LocalDate;
import java.util.List;

/**
 * A daily trend per option, from {@code start} for {@code mean[0].length} days: smoothed share and its
 * standard error (90% band: mean ± 1.645 se).
 */
public record Trend(LocalDate start, List<String> options, double[][] mean, double[][] se) {

    public int days() {
        return mean.length == 0 ? 0 : mean[0].length;
    }
}
