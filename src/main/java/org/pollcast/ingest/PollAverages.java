package org.pollcast.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rows of a poll table that are averages of polls, not polls: American tables and polling sites print an aggregator's
 * line among the polls ("Average of 25 polls", "RealClearPolitics average", "270toWin"). Stored as a poll it would
 * count the polls it averages a second time, under a firm of its own with a house effect of its own.
 */
final class PollAverages {
    /** A pollster cell that says it is an average or an aggregate. */
    private static final Pattern SAYS_SO =
            Pattern.compile("(?i)\\b(average|averages|aggregate|aggregation|poll\\s+of\\s+polls)\\b");

    /**
     * Sites that publish averages and no polls of their own, folded ({@link Names#fold}): named alone, the line is
     * theirs. A firm that polls (YouGov for The Economist) is never here.
     */
    private static final Set<String> AGGREGATORS = Set.of(
            "realclearpolitics",
            "realclearpolling",
            "rcp",
            "fivethirtyeight",
            "538",
            "270towin",
            "silver bulletin",
            "votehub",
            "race to the wh",
            "decision desk hq",
            "ddhq",
            "the hill ddhq",
            "decision desk hq the hill",
            "the economist model",
            // the Netherlands' weighted average of the seat polls (Tom Louwerse), printed among them in the tables
            "peilingwijzer");

    private PollAverages() {}

    static boolean isAverage(String pollsterCell) {
        if (pollsterCell == null || pollsterCell.isBlank()) {
            return false;
        }
        return SAYS_SO.matcher(pollsterCell).find()
                || AGGREGATORS.contains(Names.fold(pollsterCell).toLowerCase(Locale.ROOT));
    }
}
