package org.pollcast.election;

import java.util.List;

/**
 * An election counted from its official figures ({@code pollcast count}): every round of the Mayor, the Assembly's
 * constituencies and list seats, each checked against what was published.
 *
 * @param mayor    null when the results have no complete first preferences
 * @param assembly null when the election has no Assembly or no figures for it
 */
public record OfficialCount(String election, Mayor mayor, Assembly assembly, List<String> notes) {
    public OfficialCount {
        notes = List.copyOf(notes);
    }

    /** A candidate's votes in one round; {@code share} is of that round's valid votes (percent). */
    public record Votes(String id, String name, String party, long votes, double share) {}

    /**
     * @param firstRound     first preferences, most votes first, an Others line last
     * @param runoff         null when there is no second round (FPTP, or a majority of first preferences)
     * @param transfersFrom  where the counted second preferences came from
     * @param check          the final round against the published one, or null when none is published
     * @param laterRounds    an instant-runoff count's published rounds after the first, in order, each with the
     *                       candidates still in the count, most votes first; empty under the other systems
     * @param countedFrom    the results files the first preferences were read from, so a count from a data folder
     *                       of one's own ({@code --data}) says which files it counted, not the bundled folder
     */
    public record Mayor(
            String contest,
            String system,
            List<Votes> firstRound,
            Runoff runoff,
            String winner,
            boolean firstRoundWin,
            String transfersFrom,
            Check check,
            List<Round> laterRounds,
            String countedFrom) {
        public Mayor {
            firstRound = List.copyOf(firstRound);
            laterRounds = List.copyOf(laterRounds);
        }

        /** A count of one round, or of a run-off counted by the simulator's own code: no published later rounds. */
        public Mayor(
                String contest,
                String system,
                List<Votes> firstRound,
                Runoff runoff,
                String winner,
                boolean firstRoundWin,
                String transfersFrom,
                Check check,
                String countedFrom) {
            this(
                    contest,
                    system,
                    firstRound,
                    runoff,
                    winner,
                    firstRoundWin,
                    transfersFrom,
                    check,
                    List.of(),
                    countedFrom);
        }
    }

    /** One published round of a count: its number as the count numbered it, and the candidates still in it. */
    public record Round(int number, List<Votes> votes) {
        public Round {
            votes = List.copyOf(votes);
        }
    }

    /** The two finalists' first preferences, counted second preferences and totals; the rest exhausted. */
    public record Runoff(List<Finalist> finalists, long exhausted) {
        public Runoff {
            finalists = List.copyOf(finalists);
        }
    }

    public record Finalist(String id, String name, long firstPref, long transfers, long votes, double share) {}

    /** What the count gives against what was published, finalist by finalist (or party by party). */
    public record Check(List<String> ids, long[] counted, long[] published, boolean matches, String note) {
        public Check {
            ids = List.copyOf(ids);
            counted = counted.clone();
            published = published.clone();
        }
    }

    /**
     * @param constituencies    the constituencies counted (complete figures), in definition order
     * @param notCounted        each constituency left out and why
     * @param constituencySeats where the list allocation's constituency seats came from
     * @param list              the list seats by party, or empty when there are no list votes
     * @param listCheck         the list seats against the published ones
     * @param listNote          how complete the list votes are
     * @param threshold         the contest's list threshold, percent (0: none)
     */
    public record Assembly(
            String contest,
            List<Seat> constituencies,
            List<String> notCounted,
            String constituencySeats,
            List<ListSeats> list,
            Check listCheck,
            String listNote,
            // The contest's list threshold, percent (0: none): the table prints a share that missed it rounded down
            // only where rounding would carry it to the threshold. Not written to the JSON (report.Json leaves it out).
            double threshold) {
        public Assembly {
            constituencies = List.copyOf(constituencies);
            notCounted = List.copyOf(notCounted);
            list = List.copyOf(list);
        }
    }

    /** One constituency's first-past-the-post count; {@code matchesPublished} compares with the file's winner. */
    public record Seat(
            String constituency,
            String winner,
            String party,
            long votes,
            String runnerUp,
            long majority,
            long valid,
            boolean matchesPublished) {}

    /**
     * @param eligible whether the party could win list seats (over the threshold, or through the waiver): null when the
     *                 contest has no waiver, where it is {@code passedThreshold} (the JSON then leaves it out)
     * @param threshold the list threshold the party had to pass, percent, where lists have thresholds of their own (a
     *                  coalition's, {@link ListRules#partyThresholds}); null where every list has the contest's (the JSON
     *                  then leaves it out)
     */
    public record ListSeats(
            String party,
            String name,
            long votes,
            double share,
            Double threshold,
            boolean passedThreshold,
            Boolean eligible,
            int constituencySeats,
            int listSeats,
            int totalSeats,
            int publishedListSeats) {}
}
