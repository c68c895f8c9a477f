package org.pollcast.poll;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One recorded forecast run (the nightly history): when it was made and last confirmed, the date and the
 * stored polls it used, each option's win probability, the model version that made it, and a fingerprint of the
 * data it read besides the polls ({@code inputs}; "unrecorded" for runs stored before it was kept).
 */
public record ForecastRun(
        long id,
        String election,
        Instant runAt,
        Instant checkedAt,
        LocalDate asOf,
        List<Long> pollIds,
        long seed,
        long sims,
        Map<String, Double> pWin,
        String modelVersion,
        String inputs) {

    public ForecastRun {
        pollIds = List.copyOf(pollIds);
        pWin = Collections.unmodifiableMap(new LinkedHashMap<>(pWin));
    }
}
