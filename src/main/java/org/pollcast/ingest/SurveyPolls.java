package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.Election;
import org.pollcast.election.Option;
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
    /** The most points a party the definition does not list may hold and be counted in Other. */
    static final int MAX_UNLISTED = 5;
    /** The most points such parties may hold together. */
    static final int MAX_UNLISTED_TOTAL = 10;

    private SurveyPolls() {}

    /** The survey's polls to validate and store; what was left out goes to {@code skipped}. */
    static List<RawPoll> place(
            PollsterTablesReader.Survey survey, PollNormaliser normaliser, List<SkippedTable> skipped) {
        return place(survey, normaliser, skipped, false);
    }

    /**
     * As {@link #place(PollsterTablesReader.Survey, PollNormaliser, List)}; with {@code remainderIsOther} (a news
     * page's list of the parties it follows, whose rest of 100 is the others) a small party the definition lacks is
     * left to the remainder where the list prints no Other, as a page table's column of one is.
     */
    static List<RawPoll> place(
            PollsterTablesReader.Survey survey,
            PollNormaliser normaliser,
            List<SkippedTable> skipped,
            boolean remainderIsOther) {
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
            out.add(placed.isPresent() ? unlistedInOther(poll, placed.get(), remainderIsOther, skipped) : poll);
        }
        skipped.sort(SkippedTable.IN_PAGE_ORDER);
        return out;
    }

    /**
     * The field set on a poll whose unlisted parties went to its rest of 100, holding their sum: its others are that
     * rest, so its named shares may sum under 90 by as much (and no more: a sum still short once they are added back is
     * refused as before, review). politpro's summary of INSA's last Berlin poll of 2021 names eight parties summing to
     * 94; with Freie Wähler 3 and Tierschutzpartei 3 counted in Others, the six left summed to 88, and the poll was
     * refused as "every option is reported" summing under 90 (a blind trial).
     */
    static final String REST_IS_OTHERS = "rest_is_others";

    /**
     * A small party that a parliament's definition does not list, printed as a row of the firm's own question (YouGov's
     * Scottish tables of 2020 and 2021 list the Scottish Socialist Party, which stood for none of 2021's seats), is
     * counted in Other, as the definition's Other stands for every party it does not name; a note says so. Only a
     * party of at most {@value #MAX_UNLISTED} points, and {@value #MAX_UNLISTED_TOTAL} together, and only where the
     * poll prints an Other: a larger one is more likely a name the definition lacks by mistake, or the wrong election,
     * and is refused as in every layout, naming the row.
     *
     * <p>With {@code remainderIsOther} (a page's table, whose columns are the parties it follows and whose rest of 100
     * is the others: New Zealand's tables print a New Conservative column and no Others) a poll that prints no Other
     * has such a party left to its remainder, which is its Other, under the same limits and with the same note.
     *
     * <p>Independents ("Independent", "Non-party") in such a vote are its others whatever their share. In a
     * candidate's race only a {@linkplain OptionResolver#stranger stranger} is counted so, and only beside an Other
     * its row prints.
     */
    static RawPoll unlistedInOther(
            RawPoll poll, PollNormaliser.Placement placed, boolean remainderIsOther, List<SkippedTable> skipped) {
        return unlistedInOther(poll, placed, remainderIsOther, false, skipped);
    }

    /**
     * As {@link #unlistedInOther(RawPoll, PollNormaliser.Placement, boolean, List)}; with {@code candidatesAsked} (a
     * question's answers as FiveThirtyEight's files list them, each one the pollster asked) a candidate's race leaves a
     * small stranger to the rest of 100 too: a minor candidate the definition leaves out is one of the others the
     * question's remainder holds, where a page's table naming every candidate and a stranger may be another ballot.
     */
    static RawPoll unlistedInOther(
            RawPoll poll,
            PollNormaliser.Placement placed,
            boolean remainderIsOther,
            boolean candidatesAsked,
            List<SkippedTable> skipped) {
        // A vote between parties (office: none) is a house's vote too: its tables print small parties the definition
        // leaves to Others (Hungary 2018's MLP beside an Others column). A candidate's race is held to more: only a
        // stranger, whose name is no slip of a candidate's and shares no word with one, as a table's column of
        // someone who never made the ballot (a hypothetical candidate at 2%). Before, one such column refused every
        // poll of the page, and the forecast started from the last election's result.
        boolean candidates = !(placed.contest() instanceof AdditionalMemberContest)
                && !placed.election().partyVote();
        OptionResolver options = placed.options();
        RawShare other = null;
        List<RawShare> unlisted = new ArrayList<>();
        double sum = 0;
        for (RawShare s : poll.shares()) {
            Optional<String> id = options.resolve(s.name());
            if (id.filter(Option.OTHER::equals).isPresent()) {
                other = s;
            } else if (id.isEmpty()) {
                Double f = figure(s.value());
                if (f == null
                        && remainderIsOther
                        && (s.value() == null || !s.value().matches(".*\\d.*"))) {
                    continue; // "–": the party was not asked, as a blank cell of a named party is left
                }
                // Independents in a vote between parties whose definition names none are its others, however many:
                // Red C's Irish polls print "Independent 12.7%" beside the parties, and the page was refused as
                // naming an unknown party.
                boolean independents = !candidates && OptionResolver.namesIndependents(s.name());
                if (f == null
                        || (f > MAX_UNLISTED && !independents)
                        || wonSeats(poll, f)
                        || (candidates && !options.stranger(s.name()))) {
                    return poll;
                }
                unlisted.add(s);
                if (!independents) {
                    sum += f;
                }
            }
        }
        Double otherFigure = other == null ? null : figure(other.value());
        if (otherFigure == null
                && other != null
                && remainderIsOther
                && (other.value() == null || !other.value().matches(".*\\d.*"))) {
            // An Others cell left blank or "–" (Italy 2022's Noto and Ipsos rows) prints no others: the row is as a
            // table with no Others column, its rest of 100 the others'. Before, such rows refused the whole page
            // for their Italexit column, while the rows with an Others figure beside it were read.
            other = null;
        }
        // The rest of 100 takes them where the row prints no Other. Not a page table's candidate's race: a table naming
        // every candidate and a stranger, with no Others column, is someone who sought the ballot (OtherBallotTables
        // says how to keep it), not a remainder; a question's answers (candidatesAsked) are each one the pollster
        // asked.
        boolean remainderTakesThem = remainderIsOther && other == null && (!candidates || candidatesAsked);
        if (unlisted.isEmpty() || (otherFigure == null && !remainderTakesThem) || sum > MAX_UNLISTED_TOTAL) {
            return poll;
        }
        String total = otherFigure == null ? null : PollShares.trim(otherFigure + sum);
        List<RawShare> shares = new ArrayList<>();
        for (RawShare s : poll.shares()) {
            if (s == other) {
                shares.add(new RawShare(s.name(), total, s.field(), s.location()));
            } else if (!unlisted.contains(s)) {
                shares.add(s);
            }
        }
        // The source rows the rejects file writes back lose the rows counted in Other, and Other takes them.
        List<String> header = poll.rows().header();
        List<Integer> drop = new ArrayList<>();
        unlisted.forEach(u -> drop.add(header.indexOf(u.field())));
        int otherColumn = other == null ? -1 : header.indexOf(other.field());
        List<String> newHeader = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (!drop.contains(c)) {
                newHeader.add(header.get(c));
            }
        }
        List<SourceRows.Row> rows = new ArrayList<>();
        for (SourceRows.Row r : poll.rows().rows()) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < r.cells().size(); c++) {
                if (!drop.contains(c)) {
                    cells.add(c == otherColumn ? total : r.cells().get(c));
                }
            }
            rows.add(new SourceRows.Row(r.location(), cells));
        }
        String where = placed.election().id() + "'s " + placed.contest().id();
        String what = candidates ? "candidate" : "party";
        for (RawShare u : unlisted) {
            // A column of a page's table is noted under its table, also where the table was written on a line of the
            // source (a Markdown or wikitext page): the ingest keeps the notes of the tables it kept, by table, and
            // keyed by the source line a Finnish table's SFP column (4.4 points, a party of nine seats) went into
            // Others without a word. Only a line of a firm's own tables or release page is noted by its line.
            skipped.add(
                    u.location().table() == 0
                            ? new SkippedTable(
                                    u.location().line(),
                                    "line " + u.location().line() + ": row '" + u.field() + "' (" + u.value() + ")",
                                    // A page printing no Other (politpro's summary sentence) leaves its rest of 100
                                    // to the others: said so, as the poll's stored note says, not "in Other".
                                    "no " + what + " of " + where + "; "
                                            + (other == null
                                                    ? "counted in Others (the rest of 100)"
                                                    : "counted in Other"))
                            : new SkippedTable(
                                    u.location().table(),
                                    SkippedTable.where(u.location()) + " column '" + u.field() + "' (" + u.value()
                                            + ")",
                                    "no " + what + " of " + where + "; "
                                            + (other == null
                                                    ? "counted in Others (the rest of 100)"
                                                    // Said so: "the rest of 100" read as if the printed Others
                                                    // were set aside.
                                                    : "added to the row's " + other.field() + " (" + other.value()
                                                            + ", now " + total + ")")));
        }
        Map<String, RawPoll.RawField> fields = new LinkedHashMap<>(poll.fields());
        String note = String.join(
                        ", ",
                        unlisted.stream().map(u -> u.field() + " " + u.value()).toList())
                + (other == null ? " counted in Others, the rest of 100" : " counted in Other")
                + " (no " + what + " of " + where + ")";
        fields.put("notes", poll.notesWith(note, "question"));
        if (other == null) {
            fields.put(REST_IS_OTHERS, new RawPoll.RawField(PollShares.trim(sum), "question", poll.location()));
        }
        return new RawPoll(
                poll.location(),
                fields,
                shares,
                new SourceRows(newHeader, rows, poll.rows().year()),
                poll.problems());
    }

    /**
     * Whether {@code figure} of a poll printed in seats ({@link SeatFigures}) is seats won: a list that passed the
     * threshold, no small party of the others. Read as points, the Knesset's 2021 Religious Zionist column (4 and 5 of
     * 120 seats, under a name the definition spelt otherwise) went into Others in every row with a note, where the
     * 2022 page's misspelt list was refused: a list winning seats is a name the definition lacks, as a larger share is.
     */
    private static boolean wonSeats(RawPoll poll, double figure) {
        return !poll.value(SeatFigures.FIELD).isEmpty() && figure >= 1;
    }

    /**
     * A total as the tables print it: a number, perhaps with its % sign, "*" (under half a point: 0), else null. Also
     * what {@link ElectionChoice} reads a small unlisted party's figure by, so that the election found for a page and
     * the parties counted in its Others agree on which figures are small.
     */
    static Double figure(String value) {
        String v = value == null ? "" : value.trim();
        v = v.endsWith("%") ? v.substring(0, v.length() - 1).trim() : v;
        return v.equals("*") ? Double.valueOf(0) : v.matches("\\d{1,3}(\\.\\d+)?") ? Double.valueOf(v) : null;
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
