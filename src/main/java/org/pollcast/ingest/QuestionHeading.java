package org.pollcast.ingest;

import java.util.Locale;
import java.util.regex.Pattern;
import org.pollcast.election.Scope;

/**
 * A question's heading in a firm's results tables, with the page's section heading above it: what kind of question
 * it is, and which contest and ballot its figures speak for. YouGov's headings name them in words:
 *
 * <ul>
 * <li>{@code Mayoral Voting Intention - Round 1} / {@code - Round 2}: the Mayor's first preferences and run-off;
 * <li>{@code Constituency Voting Intention}, {@code Assembly Constituency Voting Intention}: the constituency vote;
 * {@code List Voting Intention}, {@code Scottish Regional Vote}: the list vote;
 * <li>{@code Holyrood Voting Intention}, {@code Holyrood Headline Voting Intention}: the Scottish Parliament's
 * question that names no ballot, beside which YouGov asks the regional vote ({@code Scottish Regional Vote}): the
 * reader makes it the constituency vote when the survey asks a list question too (see {@link
 * PollsterTablesReader});
 * <li>{@code Westminster Voting Intention}, {@code Westminster VI}, or {@code Headline Voting Intention} under a
 * section {@code WESTMINSTER HEADLINE VOTING INTENTION}: a general election's;
 * <li>{@code Holyrood Other Parties Voting Intention}, {@code Scottish Regional Other Vote}: what the Other of the
 * question above it is made of ({@link OtherBreakdown}), never a poll of its own;
 * <li>{@code Holyrood Non Voters} (would not vote, don't know), {@code Independence Referendum Vote}, a second
 * preference question: not a poll of the election (a run-off is a {@code Round 2}).
 * </ul>
 *
 * @param title   the heading's words ({@code Scottish Regional Vote}), or empty for a question the reader found by
 *                its base in brackets or its question mark alone, which is no voting-intention question
 * @param round   {@code Round 1}, {@code Round 2}, ... or null
 * @param section the section heading above it ({@code HOLYROOD HEADLINE VOTING INTENTION}), or empty
 */
record QuestionHeading(String title, String round, String section) {
    /** What a question is to the reader. */
    enum Kind {
        /** A voting-intention question: a poll. */
        POLL,
        /** The parts of the Other of the poll above it. */
        OTHER_BREAKDOWN,
        /** Non-voters, a referendum, or a question the reader does not know: its rows are not read. */
        NOT_A_POLL
    }

    private static final Pattern NOT_VOTING_INTENTION =
            Pattern.compile("(?i).*\\b(non[- ]?voters?|referendum|independence|second pref\\w*)\\b.*");
    /** A bracket saying whom a question's figures leave out: "(excluding non-voters and Don't Knows)". */
    private static final Pattern LEFT_OUT =
            Pattern.compile("(?i)\\((?:excl\\w*|ex\\.|without|not including|leaving out)\\b[^()]*\\)");

    private static final Pattern BALLOT =
            Pattern.compile("(?i).*\\b(constituenc(y|ies)|list|regional|region|london-?wide)\\b.*");
    private static final Pattern OTHER = Pattern.compile("(?i).*\\bothers?\\b.*");
    /** Words that name the Mayor or a devolved body's ballot: a question so named is not Westminster's. */
    private static final Pattern NOT_WESTMINSTER = Pattern.compile(
            "(?i).*\\b(mayor(al)?|holyrood|senedd|assembly|scottish parliament|welsh parliament|constituenc(y|ies)"
                    + "|list|regional|london-?wide)\\b.*");

    QuestionHeading {
        title = title == null ? "" : title.trim();
        section = section == null ? "" : section.trim();
    }

    Kind kind() {
        // A bracket saying whom the figures leave out ("Senedd voting intention (excluding non-voters and Don't
        // Knows):", YouGov's Welsh figures as Cambrian News printed them) names no other question: read as one of
        // non-voters, the page was refused (the Senedd 2026 blind trial).
        String judged = LEFT_OUT.matcher(title).replaceAll(" ");
        if (title.isEmpty() || NOT_VOTING_INTENTION.matcher(judged).matches()) {
            return Kind.NOT_A_POLL;
        }
        // "Vote" alone ends other questions' headings ("Independence Referendum Vote", a crossbreak's "Past Vote"):
        // it is a voting-intention question only when it names a ballot, as "Scottish Regional Vote" does.
        boolean vote = title.endsWith("Vote");
        if (vote && !BALLOT.matcher(title).matches()) {
            return Kind.NOT_A_POLL;
        }
        return OTHER.matcher(title).matches() ? Kind.OTHER_BREAKDOWN : Kind.POLL;
    }

    /** True for a general election's question: its own words say so, or its section's and its own name no other. */
    boolean westminster() {
        if (ContestWords.WESTMINSTER.equals(ContestWords.inText(title))) {
            return true;
        }
        return !NOT_WESTMINSTER.matcher(title).matches()
                && round == null
                && ContestWords.WESTMINSTER.equals(ContestWords.inText(section));
    }

    /**
     * The ballot the heading names, or null when it names none (the contest's default, or the constituency vote
     * beside a list question: {@link PollsterTablesReader}).
     */
    Scope scope() {
        if (westminster()) {
            return Scope.WESTMINSTER;
        }
        if (round != null) {
            String r = round.toLowerCase(Locale.ROOT);
            return r.equals("round 1") || r.startsWith("first") ? Scope.FIRST_PREF : Scope.RUNOFF;
        }
        String t = title.toLowerCase(Locale.ROOT);
        if (t.matches(".*\\bconstituenc(y|ies)\\b.*")) {
            return Scope.CONSTITUENCY;
        }
        if (t.matches(".*\\b(list|regional|region|london-?wide)\\b.*")) {
            return Scope.LIST;
        }
        return null;
    }

    /** The contest the heading's words, else its section's, name ({@link ContestWords}), or null. */
    String contestWords() {
        String own = ContestWords.inText(title);
        return own != null ? own : ContestWords.inText(section);
    }

    /** True when the heading names the Mayor: a question of no ballot there is first preferences, not a list's. */
    boolean mayoral() {
        return ContestWords.MAYOR.equals(contestWords()) || round != null;
    }

    /** The heading as printed: "Mayoral Voting Intention - Round 1". */
    String text() {
        return round == null ? title : title + " - " + round;
    }

    /**
     * True when {@code other} is this question again: the pages after a question's first repeat it by crossbreak,
     * under the same section heading or none.
     */
    boolean sameQuestion(QuestionHeading other) {
        return !title.isEmpty()
                && norm(text()).equals(norm(other.text()))
                && (section.isEmpty()
                        || other.section.isEmpty()
                        || norm(section).equals(norm(other.section)));
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s:]+", " ").trim();
    }
}
