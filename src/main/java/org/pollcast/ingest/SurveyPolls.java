package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;

/**
 * A firm's survey placed in its election, once the election is known: what the reader cannot decide alone.
 *
 * <ul>
 * <li>A Westminster question of a survey whose election has no Westminster contest (a Scottish Parliament
 * election's, or london-2021's) is left out, with a note: its figures are a general election's, which that election
 * does not follow. Where the election lists one (london-2028's {@code westminster}), it is stored there.
 * <li>Each breakdown of a poll's Other is read into that poll through the options of the contest it is stored
 * under ({@link OtherBreakdown}); one under a question left out goes with it.
 * </ul>
 *
 * The survey's election is its first poll's that is not a Westminster question (the devolved or mayoral question
 * the survey is about), so a Westminster question is judged by the election the rest of the survey speaks for.
 */
final class SurveyPolls {
    private SurveyPolls() {}

    /** The survey's polls to validate and store; what was left out goes to {@code skipped}. */
    static List<RawPoll> place(
            PollsterTablesReader.Survey survey, PollNormaliser normaliser, List<SkippedTable> skipped) {
        skipped.addAll(survey.skipped());
        List<RawPoll> polls = survey.polls();
        Election surveyElection = polls.stream()
                .filter(p -> !westminster(p))
                .map(normaliser::placement)
                .flatMap(Optional::stream)
                .map(PollNormaliser.Placement::election)
                .findFirst()
                .orElse(null);
        List<RawPoll> out = new ArrayList<>();
        for (int i = 0; i < polls.size(); i++) {
            RawPoll poll = polls.get(i);
            Optional<PollNormaliser.Placement> placed = normaliser.placement(poll);
            if (westminster(poll)) {
                Election election = surveyElection != null
                        ? surveyElection
                        : placed.map(PollNormaliser.Placement::election).orElse(null);
                if (election != null && election.contestFor(Scope.WESTMINSTER).isEmpty()) {
                    skipped.add(left(
                            poll,
                            election.id() + " has no Westminster contest (a contest with scopes: [westminster] in its"
                                    + " definition would take it)"));
                    for (OtherBreakdown b : survey.breakdowns()) {
                        if (b.poll() == i) {
                            skipped.add(new SkippedTable(
                                    b.at().line(),
                                    "line " + b.at().line() + ": '"
                                            + b.heading().text() + "'",
                                    "it breaks down the Other of the Westminster question left out"));
                        }
                    }
                    continue;
                }
            }
            for (OtherBreakdown b : survey.breakdowns()) {
                if (b.poll() == i) {
                    poll = placed.isPresent() ? b.into(poll, placed.get().options(), skipped) : withProblems(poll, b);
                }
            }
            out.add(poll);
        }
        skipped.sort(java.util.Comparator.comparingInt(SkippedTable::table));
        return out;
    }

    private static boolean westminster(RawPoll poll) {
        return Scope.WESTMINSTER.code().equals(poll.value("scope"));
    }

    /** A poll whose election or contest cannot be told: validation refuses it; its breakdown's problems go with it. */
    private static RawPoll withProblems(RawPoll poll, OtherBreakdown b) {
        List<Problem> all = new ArrayList<>(poll.problems());
        all.addAll(b.problems());
        return new RawPoll(poll.location(), poll.fields(), poll.shares(), poll.rows(), all);
    }

    private static SkippedTable left(RawPoll poll, String why) {
        int line = poll.location().line();
        String question = poll.value("notes").replace(" (total column)", "");
        return new SkippedTable(line, "line " + line + ": '" + question + "'", why);
    }
}
