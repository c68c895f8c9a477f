package org.pollcast.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.Contest;
import org.pollcast.election.Scope;
import org.pollcast.election.SingleWinnerContest;

/**
 * Words in a table's own title (its section heading or caption) that say which contest its polls are about:
 * "Mayoral election", "London Assembly". They only break a tie between contests whose options all fit the
 * names: party columns name Assembly parties and, through their candidates, the Mayor's alike, and the title is
 * what a reader of the page would go by. A page's title is not read: one page often holds both contests' tables.
 */
final class ContestWords {
    /** The raw field the HTML reader puts the words in; no CSV column has this name. */
    static final String FIELD = "contest_words";

    static final String MAYOR = "mayor";
    static final String ASSEMBLY = "assembly";

    private ContestWords() {}

    /** {@link #MAYOR}, {@link #ASSEMBLY}, or null when the text names neither or both. */
    static String inText(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
        boolean mayor = t.matches("(?s).*\\bmayor(al|alty)?\\b.*");
        boolean assembly = t.matches("(?s).*\\bassembly\\b.*");
        return mayor == assembly ? null : mayor ? MAYOR : ASSEMBLY;
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
                    default -> false;
                })
                .toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }
}
