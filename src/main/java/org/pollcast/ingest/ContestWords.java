package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.Contest;
import org.pollcast.election.Scope;
import org.pollcast.election.SingleWinnerContest;

/**
 * Words in a table's titles (its section heading or caption) that say which contest its polls are about:
 * "Mayoral election", "London Assembly", "Westminster voting intention", "general election". They only break a tie
 * between contests whose options all fit the names: party columns name Assembly parties, Westminster parties and,
 * through their candidates, the Mayor's alike, and the title is what a reader of the page would go by. The page's
 * own title ("2028 London mayoral election", "Opinion polling for the next United Kingdom general election") is read
 * last, for a table whose own titles and ballots say nothing: an article about one contest holds that contest's
 * polls, and a page about both names both (or neither), which decides nothing.
 */
final class ContestWords {
    /** The raw field the HTML reader puts the words in; no CSV column has this name. */
    static final String FIELD = "contest_words";

    static final String MAYOR = "mayor";
    static final String ASSEMBLY = "assembly";
    static final String WESTMINSTER = "westminster";

    private ContestWords() {}

    /**
     * {@link #MAYOR}, {@link #ASSEMBLY} or {@link #WESTMINSTER} when the text names exactly one of them, else null.
     * A general election is Westminster's ("Opinion polling for the next United Kingdom general election").
     */
    static String inText(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
        List<String> named = new ArrayList<>(1);
        if (t.matches("(?s).*\\bmayor(al|alty)?\\b.*")) {
            named.add(MAYOR);
        }
        if (t.matches("(?s).*\\bassembly\\b.*")) {
            named.add(ASSEMBLY);
        }
        if (t.matches("(?s).*\\b(westminster|general\\s+election)\\b.*")) {
            named.add(WESTMINSTER);
        }
        return named.size() == 1 ? named.get(0) : null;
    }

    /**
     * The contest the ballots of a table's polls point to, or null: a run-off or a first round is only the
     * Mayor's, a constituency or list vote only the Assembly's. A table holds one contest's polls, so a poll whose
     * second line is its run-off makes the table the Mayor's, first lines and polls without a run-off too. Null
     * when the ballots point both ways or nowhere.
     */
    static String ofBallots(List<RawPoll> tablePolls) {
        boolean mayor = false;
        boolean assembly = false;
        for (RawPoll p : tablePolls) {
            Scope s = ScopeWords.ofCell(p.value("scope")).orElse(null);
            mayor |= s == Scope.FIRST_PREF || s == Scope.RUNOFF;
            assembly |= s == Scope.CONSTITUENCY || s == Scope.LIST;
        }
        return mayor == assembly ? null : mayor ? MAYOR : ASSEMBLY;
    }

    /** The one contest of {@code fits} that {@code word} names, if exactly one. */
    static Optional<Contest> pick(String word, List<Contest> fits) {
        if (word == null || word.isEmpty()) {
            return Optional.empty();
        }
        List<Contest> named = fits.stream()
                .filter(c -> switch (word) {
                    // The Mayor's contest takes first preferences; a Westminster contest is single-winner too.
                    case MAYOR -> c instanceof SingleWinnerContest && c.scopes().contains(Scope.FIRST_PREF);
                    case ASSEMBLY -> c instanceof AdditionalMemberContest;
                    case WESTMINSTER -> c.scopes().contains(Scope.WESTMINSTER);
                    default -> false;
                })
                .toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }
}
