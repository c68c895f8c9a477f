package org.pollcast.ingest;

import java.util.Locale;
import java.util.Optional;
import org.pollcast.election.Scope;

/**
 * How published tables name a scope: "First round", "2nd", "Run-off", "Head-to-head", "Projected Second Round
 * Result", "After second preferences", "Constituency vote", "London-wide list", "Londonwide". Used for header
 * groups, captions, section headings and round/scope cells alike.
 */
final class ScopeWords {
    private ScopeWords() {}

    /** A scope code ({@code first_pref}) or a round cell ({@code 1st}, {@code second}). */
    static Optional<Scope> ofCell(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT).trim();
        Optional<Scope> code = Scope.fromCode(t);
        if (code.isPresent()) {
            return code;
        }
        if (t.matches("(1|1st|first|first round|first pref.*|round 1)")) {
            return Optional.of(Scope.FIRST_PREF);
        }
        if (t.matches("(2|2nd|second|second round|run-?off|final|round 2)")) {
            return Optional.of(Scope.RUNOFF);
        }
        return Optional.ofNullable(inText(t));
    }

    /** The scope a header group, caption or heading names, or null when it names none. */
    static Scope inText(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
        if (t.matches(".*(second round|2nd round|run-?off|run off|final round|head-to-head|head to head).*")
                || t.matches(
                        ".*\\b(projected (final|result|outcome|winner)|after second pref\\w*"
                                + "|(re)?allocat\\w* (of )?second pref\\w*|second pref\\w* (re)?allocated|forced choice)\\b.*")) {
            return Scope.RUNOFF;
        }
        if (t.matches(".*(first round|1st round|first preference|first choice|1st pref).*")) {
            return Scope.FIRST_PREF;
        }
        if (t.matches(".*\\bconstituenc(y|ies)\\b.*")) {
            return Scope.CONSTITUENCY;
        }
        if (t.matches(".*(\\blist\\b|london-?wide|london wide|regional vote|additional member).*")) {
            return Scope.LIST;
        }
        if (t.matches(".*\\bwestminster\\b.*")) {
            return Scope.WESTMINSTER;
        }
        return null;
    }
}
