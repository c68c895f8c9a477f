package org.pollcast.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.pollcast.election.Bloc;

/**
 * What to tell someone whose {@code --if} text {@link Conditions} cannot read: the mistake it looks like and the text
 * that says what was meant, in this election's own ids. The mistakes are a pundit's: {@code reform wins} with a space,
 * {@code lab>reform} for "Labour ahead of Reform", {@code grn=15}, a condition with no number, a candidate's name
 * for an id ({@code cunningham.wins} where the id is {@code reform}), a candidate for a party in an Assembly
 * condition ({@code bailey.seats}), a party with no candidate for Mayor in a mayoral one.
 */
final class ConditionErrors {
    private static final Pattern SPACED_OUTCOME = Pattern.compile(
            "\\s*([A-Za-z0-9_-]+)\\s*(?:\\.|\\s)\\s*(wins?|won|loses?|lost)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern TWO_NAMES =
            Pattern.compile("\\s*([A-Za-z0-9_-]+)\\s*(>=|<=|>|<)\\s*([A-Za-z_][A-Za-z0-9_-]*)\\s*");
    private static final Pattern EQUALS =
            Pattern.compile("\\s*([A-Za-z0-9_.-]+)\\s*(==?|=>|=<)\\s*(-?[0-9.]+)\\s*%?\\s*");
    private static final Pattern NO_COMPARISON = Pattern.compile("[A-Za-z0-9_.\\s-]+");

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private ConditionErrors() {}

    /**
     * Case, accents and punctuation folded away ("Siân" is "sian"). ingest.Names folds poll names so, but simulate
     * reads no ingest code (LayeringTest), and a condition's names need only this much of it.
     */
    private static String fold(String text) {
        if (text == null) {
            return "";
        }
        String s = MARKS.matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD))
                .replaceAll("");
        return NOT_LETTER_OR_DIGIT
                .matcher(s.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip();
    }

    /** The id nearest {@code text} by edits, when near enough to be a slip (a third of its letters, at least 3). */
    private static Optional<String> closest(String text, List<String> ids) {
        String f = fold(text);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String id : ids) {
            int d = LevenshteinDistance.getDefaultInstance().apply(f, fold(id));
            if (d < bestDistance) {
                bestDistance = d;
                best = id;
            }
        }
        return best == null || bestDistance > Math.max(3, f.length() / 3) ? Optional.empty() : Optional.of(best);
    }

    /** Why {@code text} is not a condition, with the condition it was probably meant to be. */
    static String notACondition(String text, ShareInput input, AssemblyInput assembly) {
        String said = "--if: '" + text + "' is not a condition";
        if (text.isBlank()) {
            return "--if: an empty condition; " + forms(input, assembly);
        }
        Matcher outcome = SPACED_OUTCOME.matcher(text);
        if (outcome.matches()) {
            boolean wins = outcome.group(2).toLowerCase(Locale.ROOT).startsWith("w");
            return said + ": who is elected is written with a dot, " + outcome.group(1) + (wins ? ".wins" : ".loses")
                    + " (or " + outcome.group(1) + (wins ? ".loses" : ".wins") + ")";
        }
        Matcher two = TWO_NAMES.matcher(text);
        if (two.matches() && known(two.group(1), input) && known(two.group(3), input)) {
            return said + ": two options are compared by their lead, one's share less the other's, and a number: "
                    + two.group(1) + "-" + two.group(3) + two.group(2) + "0 (" + two.group(1)
                    + (two.group(2).startsWith(">") ? " ahead of " : " behind ") + two.group(3) + ")";
        }
        Matcher equals = EQUALS.matcher(text);
        if (equals.matches() && equals.group(3).matches("-?[0-9]+(\\.[0-9]+)?")) {
            String name = equals.group(1);
            String number = equals.group(3);
            if (equals.group(2).length() == 2 && !equals.group(2).equals("==")) {
                return said + ": write " + name + equals.group(2).charAt(1) + "=" + number + " (the = second)";
            }
            if (name.toLowerCase(Locale.ROOT).endsWith(".seats")) {
                return said + ": there is no =; exactly " + number + " seats is two conditions, --if \"" + name + ">="
                        + number + "\" --if \"" + name + "<=" + number + "\"";
            }
            java.math.BigDecimal v = new java.math.BigDecimal(number);
            java.math.BigDecimal half = new java.math.BigDecimal("0.5");
            return said + ": there is no =, since a simulated share or lead is almost never exactly one number;"
                    + " give a range as two conditions, --if \"" + name + ">="
                    + v.subtract(half).toPlainString()
                    + "\" --if \"" + name + "<" + v.add(half).toPlainString() + "\"";
        }
        if (NO_COMPARISON.matcher(text).matches() && namesKnown(text, input, assembly)) {
            return said + ": it has no comparison; add one of >= <= > < and a number (" + example(text.strip(), input)
                    + ")";
        }
        return said + "; " + forms(input, assembly);
    }

    /**
     * An option no id or party names: the known ids with the candidates' names, and the likeliest meant, by a
     * candidate's name ({@code cunningham}, {@code sadiq-khan}), then a slip of an id ({@code greens}); a party with no
     * candidate for Mayor is pointed to its Assembly ballots.
     */
    static String unknownOption(String printed, String condition, ShareInput input, AssemblyInput assembly) {
        String name = printed;
        // Of a lead, name the side that is unknown: "cunningham" in lab-cunningham<5; but shaun-bailey is one name.
        for (int at = byCandidateName(printed, input).isPresent() ? -1 : printed.indexOf('-');
                at >= 0;
                at = printed.indexOf('-', at + 1)) {
            String left = printed.substring(0, at).strip();
            String right = printed.substring(at + 1).strip();
            if (known(left, input) && !right.isEmpty() && !known(right, input)) {
                name = right;
                break;
            }
            if (known(right, input) && !left.isEmpty() && !known(left, input)) {
                name = left;
                break;
            }
        }
        String message = "--if: unknown option '" + name + "' in '" + condition + "'; known: " + knownOptions(input);
        Optional<Integer> byName = byCandidateName(name, input);
        if (byName.isPresent()) {
            return message + "; did you mean '" + input.options().get(byName.get()) + "' ("
                    + input.names().get(byName.get()) + ")?";
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (assembly != null && assembly.index(lower) >= 0) {
            // "No candidate" was said of London 2024's Reform UK, whose Howard Cox stood but, unpolled and new since
            // the baseline, is forecast among the others (the forecast's notes name him).
            return message + "; " + lower + " has no candidate forecast on their own for Mayor (none stood, or theirs"
                    + " is counted among 'other': see the forecast's notes); its Assembly vote is " + lower
                    + ".list or " + lower + ".constituency, its seats " + lower + ".seats";
        }
        return message
                + closest(name, input.options())
                        .map(k -> "; did you mean '" + k + "'?")
                        .orElse("");
    }

    /** An Assembly party no id names: a candidate for Mayor is pointed to their party, else the likeliest meant. */
    static String unknownParty(
            String printed, String ballot, String condition, ShareInput input, AssemblyInput assembly) {
        String message = "--if: unknown party '" + printed + "' in '" + condition + "'; known: "
                + String.join(", ", assembly.parties());
        for (int p = 0; p < assembly.size(); p++) {
            if (fold(assembly.names().get(p)).equals(fold(printed))) {
                return message + "; did you mean '" + assembly.parties().get(p) + "'?";
            }
        }
        int option = Conditions.optionOrParty(printed.toLowerCase(Locale.ROOT), input);
        if (option < 0) {
            option = byCandidateName(printed, input).orElse(-1);
        }
        String party = option < 0 ? null : input.parties().get(option);
        if (party != null && assembly.index(party) >= 0) {
            return message + "; " + input.names().get(option) + " is a candidate for Mayor, and the Assembly is"
                    + " counted by party: " + party + "." + ballot;
        }
        return message
                + closest(printed, assembly.parties())
                        .map(k -> "; did you mean '" + k + "'?")
                        .orElse("");
    }

    /**
     * True when {@code text}, a condition without its comparison, names what a condition can: an option, two options'
     * lead, or an Assembly party's ballot; so the example added to it is a condition that would be read.
     */
    private static boolean namesKnown(String text, ShareInput input, AssemblyInput assembly) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher ballot = Pattern.compile("(.+)\\.(seats|list|constituency)").matcher(t);
        if (ballot.matches()) {
            return assembly != null && assembly.index(ballot.group(1).strip()) >= 0;
        }
        if (known(t, input)) {
            return true;
        }
        for (int at = t.indexOf('-'); at >= 0; at = t.indexOf('-', at + 1)) {
            if (known(t.substring(0, at).strip(), input)
                    && known(t.substring(at + 1).strip(), input)) {
                return true;
            }
        }
        return false;
    }

    private static boolean known(String name, ShareInput input) {
        return Conditions.optionOrParty(name.toLowerCase(Locale.ROOT), input) >= 0;
    }

    /** {@code lab (Labour candidate), ..., reform (Laila Cunningham), other}: the id alone when it is the name. */
    static String knownOptions(ShareInput input) {
        List<String> known = new ArrayList<>();
        for (int j = 0; j < input.size(); j++) {
            String id = input.options().get(j);
            String name = input.names().get(j);
            boolean sameAsId =
                    name == null || fold(name).equals(fold(id)) || fold(name).equals(fold(id) + "s");
            known.add(sameAsId ? id : id + " (" + name + ")");
        }
        return String.join(", ", known);
    }

    /**
     * The one option whose candidate's name is {@code text}, or has it as one of its words ({@code cunningham},
     * {@code laila-cunningham}, {@code Sadiq}); empty when none or several do.
     */
    private static Optional<Integer> byCandidateName(String text, ShareInput input) {
        String typed = fold(text.replace('-', ' ').replace('_', ' '));
        if (typed.length() < 3) {
            return Optional.empty();
        }
        Integer found = null;
        for (int j = 0; j < input.size(); j++) {
            String name = fold(input.names().get(j));
            if (name.equals(typed) || List.of(name.split(" ")).contains(typed)) {
                if (found != null) {
                    return Optional.empty();
                }
                found = j;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The forms of a condition, each with this election's ids. */
    private static String forms(ShareInput input, AssemblyInput assembly) {
        String a = input.options().get(0);
        String b = input.options().get(1);
        String party = assembly == null
                ? null
                : assembly.index(String.valueOf(input.parties().get(0))) >= 0
                        ? input.parties().get(0)
                        : assembly.parties().get(0);
        return "a condition is a candidate's first preferences (" + a + ">=30), a lead in points (" + a + "-" + b
                + "<5), who is elected (" + b + ".wins, " + a + ".loses)"
                + (party == null
                        ? ""
                        : " or an Assembly party's seats, list or constituency vote (" + party + ".seats>=9, " + party
                                + ".list>=30)")
                + "; candidates by id or party: " + knownOptions(input) + blocForms(assembly);
    }

    /** "; blocs: redgreen, nonsocialist (redgreen.wins: ...)", where the definition names blocs of parties. */
    private static String blocForms(AssemblyInput assembly) {
        if (assembly == null) {
            return "";
        }
        List<Bloc> blocs = assembly.blocs().stream().filter(Bloc::ofParties).toList();
        if (blocs.isEmpty()) {
            return "";
        }
        Bloc first = blocs.get(0);
        return "; blocs: " + String.join(", ", blocs.stream().map(Bloc::id).toList()) + " ("
                + first.id() + ".wins: its parties hold at least " + first.atLeast() + " seats; " + first.id()
                + ".seats>=" + first.atLeast() + ")";
    }

    /** {@code lab-reform<5} for {@code lab-reform}, {@code grn>=10} for {@code grn}. */
    private static String example(String text, ShareInput input) {
        if (text.contains(".seats")) {
            return text + ">=3";
        }
        return text.contains("-") ? text + "<5: ahead by under 5 points, or behind" : text + ">=10: 10% or more";
    }
}
