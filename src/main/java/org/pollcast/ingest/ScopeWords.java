package org.pollcast.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.pollcast.election.Scope;

/**
 * How published tables name a scope: "First round", "2nd", "Run-off", "Head-to-head", "Projected Second Round
 * Result", "After second preferences", "Constituency vote", "London-wide list", "Londonwide". Used for header
 * groups, captions, section headings and round/scope cells alike.
 */
final class ScopeWords {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ScopeWords() {}

    /**
     * A column label that begins with the words of a group and goes on with a name: "Second round Johnson", as the
     * rejects file labels a column under a group, or as a hand-flattened table writes it. The group is the shortest
     * run of leading words that names a scope (see {@link #inText}) and leaves a rest that names none; empty when the
     * label names no scope, or is nothing but the group's words ("First round").
     */
    static Optional<Grouped> leadingGroup(String label) {
        List<String> words = Arrays.asList(SPACES.split(label == null ? "" : label.trim()));
        for (int k = 1; k < words.size(); k++) {
            String group = String.join(" ", words.subList(0, k));
            String rest = String.join(" ", words.subList(k, words.size()));
            if (ofLabel(group) != null && ofLabel(rest) == null) {
                return Optional.of(new Grouped(group, rest));
            }
        }
        return Optional.empty();
    }

    /** A column label split into its group's words and its own. */
    record Grouped(String group, String leaf) {}

    /** A scope code ({@code first_pref}) or a round cell ({@code 1st}, {@code second}). */
    static Optional<Scope> ofCell(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT).trim();
        Optional<Scope> code = Scope.fromCode(t);
        if (code.isPresent()) {
            return code;
        }
        // Europe Elects' and EOPAOD's code of a president's second round ("P2"; the others: isElectionCode).
        if (t.equals("p2")) {
            return Optional.of(Scope.RUNOFF);
        }
        if (t.matches("(1|1st|first|first round|first pref.*|round 1)")) {
            return Optional.of(Scope.FIRST_PREF);
        }
        if (t.matches("(2|2nd|second|second round|run-?off|final|round 2)")) {
            return Optional.of(Scope.RUNOFF);
        }
        return Optional.ofNullable(ofLabel(t));
    }

    /** The Europe Elects and EOPAOD scope codes of an election's main vote (lower case). */
    private static final Set<String> ELECTION_CODES = Set.of("n", "ne", "p", "p1", "e");

    /**
     * Whether {@code scopeCell} is a Europe Elects or EOPAOD scope code naming an election's main vote, not a scope of
     * it: "N" a national parliament's ("NE" a national poll the files also use for European projections), "P" or "P1"
     * a president's first round, "E" the European Parliament's. Such a
     * poll is of its contest's default scope (of the election's own vote: {@link #isOtherElectionsCode}).
     */
    static boolean isElectionCode(String scopeCell) {
        String t = scopeCell == null ? "" : scopeCell.trim().toLowerCase(Locale.ROOT);
        return ELECTION_CODES.contains(t);
    }

    /**
     * Whether {@code scopeCell}, a Europe Elects or EOPAOD scope code, names another election's vote than one of
     * {@code europeanParliament} (whether the election forecast is one of the European Parliament): "E" there is the
     * European Parliament's, "N", "P", "P1" and "P2" a national parliament's or president's. Their files interleave a
     * country's polls of both; a European poll stored for a national election would sit in its average.
     */
    static boolean isOtherElectionsCode(String scopeCell, boolean europeanParliament) {
        String t = scopeCell == null ? "" : scopeCell.trim().toLowerCase(Locale.ROOT);
        return europeanParliament ? t.matches("n|p|p1|p2") : t.equals("e");
    }

    /** The most words a row across a table has when it heads a section ("London-wide list vote"), not a note. */
    private static final int SECTION_WORDS = 5;

    /**
     * The scope a row across a table (one cell, or a CSV line of one cell) names when it heads the rows below it as a
     * heading would ("Constituency vote", "London-wide list vote", "Second round"), or null: a longer row is a note
     * ("Candidate list published on 2 April" says nothing of the polls below it).
     */
    static Scope ofSectionRow(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty() || SPACES.split(t).length > SECTION_WORDS) {
            return null;
        }
        return ofLabel(t);
    }

    /**
     * Australian tables group a preferential count's final round between the two leading parties as "2PP vote"
     * ("two-party-preferred", "TPP"; a seat's own count "2CP", "two-candidate-preferred"): read as no group, its
     * party columns repeated the primary vote's, and the table was refused as having no pollster column or its 2PP
     * figures taken for first preferences.
     */
    private static final Pattern TWO_PREFERRED =
            Pattern.compile(".*(\\b(2pp|tpp|2cp|tcp)\\b|two[- ]party[- ]preferred|two[- ]candidate[- ]preferred).*");

    /**
     * "Primary vote": the first preferences of a preferential count, as Australian tables head them. With "vote" only:
     * a heading "Democratic mayoral primary" names a party's election, not a round of its count.
     */
    private static final Pattern PRIMARY_VOTE = Pattern.compile(".*\\bprimary votes?\\b.*");

    /** "Regional" or "Region" alone (with "vote" or "ballot", {@link #inText} reads it anywhere). */
    private static final Pattern REGIONAL = Pattern.compile("(?i)regional|region");

    /**
     * The scope a ballot's own label names: a group over party columns, a cell of a Vote or Ballot column, a row
     * across the table. Besides {@link #inText}, "Regional" alone names the list vote, as Scottish and Welsh tables
     * label their second ballot (read as no ballot, the list polls of a table with a "Regional" group or section were
     * stored as of no stated ballot, or met the constituency polls above them as the same polls). Headings and
     * captions are read by {@link #inText} alone: there the word may head one region's polls on a general election's
     * page.
     */
    static Scope ofLabel(String text) {
        Scope named = inText(text);
        return named == null && text != null && REGIONAL.matcher(text.trim()).matches() ? Scope.LIST : named;
    }

    /** The scope a header group, caption or heading names, or null when it names none. */
    static Scope inText(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
        // "Round 1" and "Round 3" are how the encyclopedia heads an instant-runoff poll's first and last rounds
        // (Alaska 2022): read as no round, both groups' figures met as the same candidates named twice.
        if (t.matches(".*(second round|2nd round|run-?off|run off|final round|head-to-head|head to head).*")
                || t.matches(".*\\bround ([2-9]|1[0-9])\\b.*")
                || t.matches(".*\\b(projected (final|result|outcome|winner)|after second pref\\w*"
                        + "|(re)?allocat\\w* (of )?second pref\\w*|second pref\\w* (re)?allocated|forced choice)\\b.*")
                || TWO_PREFERRED.matcher(t).matches()) {
            return Scope.RUNOFF;
        }
        if (t.matches(".*(first round|1st round|first preference|first choice|1st pref).*")
                || t.matches(".*\\bround 1\\b.*")
                || PRIMARY_VOTE.matcher(t).matches()) {
            return Scope.FIRST_PREF;
        }
        if (t.matches(".*\\bconstituenc(y|ies)\\b.*")) {
            return Scope.CONSTITUENCY;
        }
        if (t.matches(".*(\\blist\\b|london-?wide|london wide|regional (vote|ballot)|additional member).*")) {
            return Scope.LIST;
        }
        if (t.matches(".*\\bwestminster\\b.*")) {
            return Scope.WESTMINSTER;
        }
        return null;
    }
}
