package org.pollcast.aggregate;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pollcast.election.Option;
import org.pollcast.poll.DatePrecision;

/**
 * A pollster's final poll at one election against the official first preferences, in points (poll minus
 * result). {@code leadError} is the error on the lead of the result's winner over its runner-up (NaN when
 * the poll does not report both); {@code meanAbsError} is over the reported candidates who won at least 5%
 * ({@code scored}); {@code notNamed} are the candidates who won at least 5% and whom the poll did not report, in
 * result order. A poll of the leading two only is scored on two: without {@code notNamed} it reads as the most
 * accurate. {@code publishedAs} is the name the poll came out under ("Savanta"), {@code pollster} its house
 * ("ComRes"), by which records across elections are kept.
 *
 * @param datePrecision how well {@code date} is known: a poll dated by month only is stored on a day chosen by rule
 *                      (the day before polling day for the election's own month), so {@code daysBefore} is that
 *                      rule's, not a published figure
 * @param sameDay       how many other polls of the house are dated the same day (one poll listed twice counts once):
 *                      the final poll was chosen among them by {@link PollsterAccuracy}'s rule, and a reader should
 *                      know there was a choice
 */
public record FinalPollError(
        String election,
        String pollster,
        String publishedAs,
        String client,
        LocalDate date,
        DatePrecision datePrecision,
        long daysBefore,
        int sameDay,
        Map<String, Double> errors,
        String lead,
        double leadError,
        double meanAbsError,
        List<String> scored,
        List<String> notNamed) {

    public FinalPollError {
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        scored = List.copyOf(scored);
        notNamed = List.copyOf(notNamed);
    }

    /**
     * The name on the poll, and its house where that differs ("Savanta (ComRes)"): a 2024 poll by Savanta is not
     * "ComRes" to a reader, while the records are kept by house. A name that begins with its house's (a partisan
     * mark: "Trafalgar Group (R)") says it once, where the table printed "Trafalgar Group (R) (Trafalgar Group)".
     */
    public String shownAs() {
        return publishedAs.startsWith(pollster) ? publishedAs : publishedAs + " (" + pollster + ")";
    }

    /** A final poll's own leader where it is not the winner: its share, and the winner's share in the same poll. */
    public record Leader(String option, double share, String winner, double winnerShare) {}

    /**
     * The candidate this poll put first, where that is not the winner (the first of {@link #lead}), from its errors
     * and the result's shares ({@code result}, by option); empty where the poll had the winner first or level, or
     * cannot say. Its lead_error is on the result's first two, and a poll that named another leader reads as close on
     * it: YouGov's West of England 2025 poll (Page 27, Godwin 23, Banks 18) scored +2.1 on Godwin over Banks, as More
     * in Common's (Godwin first) did.
     */
    public Optional<Leader> otherLeader(Map<String, Double> result) {
        if (result == null || lead == null || !lead.contains(">")) {
            return Optional.empty();
        }
        String winner = lead.substring(0, lead.indexOf('>'));
        Double winnerError = errors.get(winner);
        Double winnerResult = result.get(winner);
        if (winnerError == null || winnerResult == null) {
            return Optional.empty();
        }
        double winnerShare = winnerResult + winnerError;
        String leader = null;
        double best = winnerShare;
        for (Map.Entry<String, Double> en : errors.entrySet()) {
            Double r = result.get(en.getKey());
            if (en.getKey().equals(Option.OTHER) || r == null) {
                continue;
            }
            double share = r + en.getValue();
            if (share > best + 1e-9) {
                best = share;
                leader = en.getKey();
            }
        }
        return leader == null ? Optional.empty() : Optional.of(new Leader(leader, best, winner, winnerShare));
    }

    /** This error under another election label: a second round's final polls are its election's, so marked. */
    public FinalPollError withElection(String label) {
        return new FinalPollError(
                label,
                pollster,
                publishedAs,
                client,
                date,
                datePrecision,
                daysBefore,
                sameDay,
                errors,
                lead,
                leadError,
                meanAbsError,
                scored,
                notNamed);
    }
}
