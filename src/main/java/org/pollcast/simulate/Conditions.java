package org.pollcast.simulate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pollcast.BadInputException;
import org.pollcast.election.Bloc;

/**
 * "What if" conditions: the forecast is taken over the simulations that meet all of them. Forms:
 * {@code green>=10} (a mayoral option's first preferences, percent; by option id, or party id when exactly
 * one option has it), {@code khan-hall<5} (one option's first preferences less another's, points: a race that
 * tightens), {@code hall.wins} and {@code lab.loses} (who is elected), {@code grn.seats>=3} (an Assembly party's
 * total seats), {@code ukip.list>=5} (its London-wide list share) and {@code ld.constituency<10} (its
 * constituency-ballot share). Words and ids are read in any case, and a share or lead may end in {@code %}
 * ({@code grn>=15%}). Conditions that cannot hold together ({@code reform.wins} with {@code lab.wins}) are refused
 * here: no number of draws would meet them. What a text that is not a condition was probably meant to say is
 * {@link ConditionErrors}'.
 */
public final class Conditions {
    private static final Pattern FORM = Pattern.compile(
            "\\s*([A-Za-z0-9_-]+)(?:\\.(seats|list|constituency))?\\s*(>=|<=|>|<)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(%?)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final int MAYOR = 0;
    private static final int SEATS = 1;
    private static final int LIST = 2;
    private static final int CONSTITUENCY = 3;
    private static final int LEAD = 4;
    private static final int WINS = 5;
    private static final int LOSES = 6;
    /** A bloc's seats: the parties a definition's bloc names ({@code who: parties}), summed. */
    private static final int BLOC_SEATS = 7;
    // The comparison of a condition's quantity with its value.
    private static final int AT_LEAST = 0;
    private static final int AT_MOST = 1;
    private static final int ABOVE = 2;
    private static final int BELOW = 3;
    private static final Pattern OUTCOME =
            Pattern.compile("\\s*([A-Za-z0-9_-]+)\\.(wins|loses)\\s*", Pattern.CASE_INSENSITIVE);
    // Option ids have hyphens of their own (ind-driscoll), so the two sides of a lead are found by trying each hyphen.
    private static final Pattern LEAD_FORM = Pattern.compile(
            "\\s*([A-Za-z0-9_-]+(?:\\s*-\\s*[A-Za-z0-9_-]+)?)\\s*(>=|<=|>|<)\\s*(-?[0-9]+(?:\\.[0-9]+)?)\\s*%?\\s*",
            Pattern.CASE_INSENSITIVE);
    private final int[] kind;
    private final int[] option;
    /** The option whose share a lead is taken over ({@code hall} in {@code khan-hall<5}); -1 for other kinds. */
    private final int[] against;
    /** For a bloc's condition, the Assembly indexes of its parties; null for other kinds. */
    private final int[][] members;

    private final int[] op;
    private final double[] value;
    private final List<String> text;

    private Conditions(
            int[] kind, int[] option, int[] against, int[][] members, int[] op, double[] value, List<String> text) {
        this.kind = kind;
        this.option = option;
        this.against = against;
        this.members = members;
        this.op = op;
        this.value = value;
        this.text = List.copyOf(text);
    }

    public static Conditions none() {
        return new Conditions(new int[0], new int[0], new int[0], new int[0][], new int[0], new double[0], List.of());
    }

    /** Parses each {@code --if} text against the input's options; a clear message when one does not fit. */
    public static Conditions parse(List<String> texts, ShareInput input) {
        return parse(texts, input, null);
    }

    /** As {@link #parse(List, ShareInput)}, with Assembly conditions when {@code assembly} is not null. */
    public static Conditions parse(List<String> texts, ShareInput input, AssemblyInput assembly) {
        int n = texts.size();
        int[] kind = new int[n];
        int[] option = new int[n];
        int[] against = new int[n];
        Arrays.fill(against, -1);
        int[][] members = new int[n][];
        int[] op = new int[n];
        double[] value = new double[n];
        List<String> clean = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            Matcher outcome = OUTCOME.matcher(texts.get(c));
            Matcher form = FORM.matcher(texts.get(c));
            boolean formed = form.matches();
            // A bloc the definition names (Norway's red-green parties): "redgreen.wins" is its seats reaching the
            // bloc's own number, "redgreen.seats>=90" its parties' seats summed. Before, a bloc could not be asked
            // about: "'redgreen' is not a condition".
            int bloc = outcome.matches()
                    ? blocIndex(outcome.group(1), assembly)
                    : formed && "seats".equalsIgnoreCase(form.group(2)) ? blocIndex(form.group(1), assembly) : -1;
            if (bloc >= 0) {
                Bloc b = assembly.blocs().get(bloc);
                kind[c] = BLOC_SEATS;
                option[c] = bloc;
                members[c] = b.parties().stream()
                        .mapToInt(assembly::index)
                        .filter(j -> j >= 0)
                        .toArray();
                if (outcome.matches()) {
                    boolean wins = outcome.group(2).equalsIgnoreCase("wins");
                    op[c] = wins ? AT_LEAST : BELOW;
                    value[c] = b.atLeast();
                    clean.add(b.id() + ".seats" + (wins ? ">=" : "<") + b.atLeast());
                } else {
                    checkSeats(texts.get(c), form, assembly, b.id() + ".seats>=" + form.group(4));
                    op[c] = operator(form.group(3));
                    value[c] = Double.parseDouble(form.group(4));
                    clean.add(b.id() + ".seats" + form.group(3) + form.group(4));
                }
                continue;
            }
            if (outcome.matches()) {
                String outcomeWord = outcome.group(2).toLowerCase(Locale.ROOT);
                kind[c] = outcomeWord.equals("wins") ? WINS : LOSES;
                option[c] = optionIndex(outcome.group(1), input, assembly, texts.get(c));
                clean.add(input.options().get(option[c]) + " " + outcomeWord);
                continue;
            }
            Matcher m = form;
            Matcher lead = LEAD_FORM.matcher(texts.get(c));
            int[] pair = !formed || optionOrParty(m.group(1).toLowerCase(Locale.ROOT), input) < 0
                    ? (lead.matches() ? leadPair(lead.group(1), input, texts.get(c)) : null)
                    : null;
            if (pair != null) {
                kind[c] = LEAD;
                option[c] = pair[0];
                against[c] = pair[1];
                op[c] = operator(lead.group(2));
                value[c] = Double.parseDouble(lead.group(3));
                if (Math.abs(value[c]) > 100) {
                    throw new BadInputException(
                            "--if: a lead of " + lead.group(3) + " points in '" + texts.get(c) + "' is beyond 100");
                }
                clean.add(input.options().get(pair[0]) + "-" + input.options().get(pair[1]) + lead.group(2)
                        + lead.group(3));
                continue;
            }
            if (!formed) {
                throw new BadInputException(ConditionErrors.notACondition(texts.get(c), input, assembly));
            }
            String name = m.group(1).toLowerCase(Locale.ROOT);
            double v = Double.parseDouble(m.group(4));
            if (m.group(2) != null) {
                String ballot = m.group(2).toLowerCase(Locale.ROOT);
                if (assembly == null) {
                    throw new BadInputException(
                            "--if: '" + texts.get(c) + "' is about an Assembly, and this election has none");
                }
                int party = assembly.index(name);
                if (party < 0) {
                    throw new BadInputException(
                            ConditionErrors.unknownParty(m.group(1), ballot, texts.get(c), input, assembly));
                }
                kind[c] = switch (ballot) {
                    case "seats" -> SEATS;
                    case "list" -> LIST;
                    default -> CONSTITUENCY;
                };
                if (kind[c] == SEATS) {
                    checkSeats(
                            texts.get(c),
                            m,
                            assembly,
                            name + ".seats>=" + m.group(4) + " for " + m.group(4) + " seats or more; " + name
                                    + ".list>=" + m.group(4) + " for the list vote");
                }
                option[c] = party;
                op[c] = operator(m.group(3));
                value[c] = v;
                clean.add(assembly.parties().get(party) + "." + ballot + m.group(3) + m.group(4));
                continue;
            }
            kind[c] = MAYOR;
            int index = optionIndex(m.group(1), input, assembly, texts.get(c));
            if (v > 100) {
                throw new BadInputException("--if: share " + v + " in '" + texts.get(c) + "' is over 100");
            }
            option[c] = index;
            op[c] = operator(m.group(3));
            value[c] = v;
            clean.add(input.options().get(index) + m.group(3) + m.group(4));
        }
        refuseContradictions(texts, kind, option);
        refuseEmptyRanges(texts, kind, option, against, op, value, assembly == null ? 0 : assembly.seats());
        return new Conditions(kind, option, against, members, op, value, clean);
    }

    /**
     * A seats condition's value ({@code form}'s fourth group) checked: a whole count, not a percentage ({@code instead}
     * says what to write), and no more than the Assembly's seats.
     */
    private static void checkSeats(String text, Matcher form, AssemblyInput assembly, String instead) {
        if (!form.group(5).isEmpty()) {
            throw new BadInputException(
                    "--if: '" + text + "' is not a condition: seats are counted, not a percentage (" + instead + ")");
        }
        if (Double.parseDouble(form.group(4)) > assembly.seats()) {
            throw new BadInputException("--if: " + form.group(4) + " seats in '" + text
                    + "' is more than the Assembly's " + assembly.seats());
        }
    }

    /**
     * The index of the bloc of named parties ({@code who: parties}) whose id is {@code name}, unless an option or a
     * party of the Assembly has that id; -1 when none.
     */
    private static int blocIndex(String name, AssemblyInput assembly) {
        if (assembly == null || assembly.index(name.toLowerCase(Locale.ROOT)) >= 0) {
            return -1;
        }
        for (int b = 0; b < assembly.blocs().size(); b++) {
            Bloc bloc = assembly.blocs().get(b);
            if (bloc.ofParties() && bloc.id().equalsIgnoreCase(name)) {
                return b;
            }
        }
        return -1;
    }

    /**
     * A quantity no draw can put where the conditions ask: a share under 0 or over 100 ({@code lab<0}), seats over the
     * house ({@code lab.seats>25} of 25), a lead beyond 100, or two bounds on one quantity that leave nothing between
     * them ({@code lab>=40} with {@code lab<=30}). These said "no simulation met the scenario; try more simulations",
     * sending the user after draws that cannot help.
     */
    private static void refuseEmptyRanges(
            List<String> texts, int[] kind, int[] option, int[] against, int[] op, double[] value, int seats) {
        for (int c = 0; c < kind.length; c++) {
            if (kind[c] == WINS || kind[c] == LOSES) {
                continue;
            }
            double lo = kind[c] == LEAD ? -100 : 0;
            double hi = kind[c] == SEATS || kind[c] == BLOC_SEATS ? seats : 100;
            boolean loOpen = false;
            boolean hiOpen = false;
            List<String> said = new ArrayList<>();
            for (int d = 0; d < kind.length; d++) {
                if (kind[d] != kind[c] || option[d] != option[c] || against[d] != against[c]) {
                    continue;
                }
                said.add("'" + texts.get(d).strip() + "'");
                double v = value[d];
                switch (op[d]) {
                    case AT_LEAST -> {
                        if (v > lo || (v == lo && loOpen)) {
                            lo = v;
                            loOpen = false;
                        }
                    }
                    case ABOVE -> {
                        if (v >= lo) {
                            lo = v;
                            loOpen = true;
                        }
                    }
                    case AT_MOST -> {
                        if (v < hi || (v == hi && hiOpen)) {
                            hi = v;
                            hiOpen = false;
                        }
                    }
                    default -> {
                        if (v <= hi) {
                            hi = v;
                            hiOpen = true;
                        }
                    }
                }
            }
            if (lo > hi || (lo == hi && (loOpen || hiOpen))) {
                String range = kind[c] == SEATS || kind[c] == BLOC_SEATS
                        ? "seats run from 0 to " + seats
                        : kind[c] == LEAD ? "a lead runs from -100 to 100 points" : "a share runs from 0 to 100";
                throw new BadInputException("--if: " + String.join(" and ", said)
                        + (said.size() == 1 ? " cannot hold (" : " cannot all hold (") + range
                        + "): no number of simulations would meet it");
            }
        }
    }

    /**
     * Two winners, or one option both elected and not: no simulation can meet them, and "no simulation met the
     * scenario; try more simulations" would send the user after draws that cannot help.
     */
    private static void refuseContradictions(List<String> texts, int[] kind, int[] option) {
        for (int c = 0; c < kind.length; c++) {
            for (int d = c + 1; d < kind.length; d++) {
                boolean twoWinners = kind[c] == WINS && kind[d] == WINS && option[c] != option[d];
                boolean winsAndLoses = option[c] == option[d]
                        && (kind[c] == WINS && kind[d] == LOSES || kind[c] == LOSES && kind[d] == WINS);
                if (twoWinners || winsAndLoses) {
                    throw new BadInputException("--if: '" + texts.get(c).strip() + "' and '"
                            + texts.get(d).strip() + "' cannot both hold (one candidate is elected): drop one of them");
                }
            }
        }
    }

    /**
     * An option by id, or by party id when exactly one option has it, or by the first part of a party id when exactly
     * one option's party id starts with it and a hyphen ({@code ind} for an independent whose party is {@code
     * ind-driscoll}: a definition names each independent's party so, and a pundit says "ind"); -1 when none.
     */
    static int optionOrParty(String name, ShareInput input) {
        int index = input.index(name);
        if (index >= 0) {
            return index;
        }
        int found = onlyParty(name, input, false);
        return found >= 0 || name.isEmpty() || name.contains("-") ? found : onlyParty(name, input, true);
    }

    private static int onlyParty(String name, ShareInput input, boolean byPrefix) {
        int found = -1;
        for (int j = 0; j < input.size(); j++) {
            String party = input.parties().get(j);
            if (party != null && (byPrefix ? party.startsWith(name + "-") : name.equals(party))) {
                if (found >= 0) {
                    return -1;
                }
                found = j;
            }
        }
        return found;
    }

    private static int optionIndex(String printed, ShareInput input, AssemblyInput assembly, String condition) {
        int index = optionOrParty(printed.toLowerCase(Locale.ROOT), input);
        if (index < 0) {
            throw new BadInputException(ConditionErrors.unknownOption(printed, condition, input, assembly));
        }
        return index;
    }

    /**
     * The two options of {@code khan-hall}: the first hyphen whose two sides both name one; else null. Two sides
     * naming the same option ({@code khan-lab}, lab being Khan's party) are refused: that lead is always 0.
     */
    private static int[] leadPair(String text, ShareInput input, String condition) {
        String t = text.toLowerCase(Locale.ROOT);
        int same = -1;
        for (int at = t.indexOf('-'); at >= 0; at = t.indexOf('-', at + 1)) {
            int a = optionOrParty(t.substring(0, at).strip(), input);
            int b = optionOrParty(t.substring(at + 1).strip(), input);
            if (a >= 0 && b >= 0 && a != b) {
                return new int[] {a, b};
            }
            if (a >= 0 && a == b) {
                same = a;
            }
        }
        if (same >= 0) {
            throw new BadInputException(
                    "--if: '" + condition.strip() + "' sets " + input.options().get(same) + " against "
                            + input.options().get(same) + ": a lead is one option's share less another's");
        }
        return null;
    }

    private static int operator(String text) {
        return switch (text) {
            case ">=" -> AT_LEAST;
            case "<=" -> AT_MOST;
            case ">" -> ABOVE;
            default -> BELOW;
        };
    }

    private static double blocSeats(AssemblyModel.Draw assembly, int[] parties) {
        double sum = 0;
        for (int j : parties) {
            sum += assembly.totalSeats[j];
        }
        return sum;
    }

    public boolean isEmpty() {
        return option.length == 0;
    }

    public List<String> text() {
        return text;
    }

    /**
     * True when the simulation meets every condition: its first preferences, the option elected ({@code winner}) and
     * the Assembly's draw, which may be null without Assembly conditions.
     */
    boolean test(double[] shares, int winner, AssemblyModel.Draw assembly) {
        for (int c = 0; c < option.length; c++) {
            if (kind[c] == WINS || kind[c] == LOSES) {
                if ((winner == option[c]) != (kind[c] == WINS)) {
                    return false;
                }
                continue;
            }
            double s = switch (kind[c]) {
                case MAYOR -> shares[option[c]];
                case LEAD -> shares[option[c]] - shares[against[c]];
                case SEATS -> assembly.totalSeats[option[c]];
                case BLOC_SEATS -> blocSeats(assembly, members[c]);
                case LIST -> assembly.listShare[option[c]];
                default -> assembly.constituencyShare[option[c]];
            };
            boolean ok = switch (op[c]) {
                case AT_LEAST -> s >= value[c];
                case AT_MOST -> s <= value[c];
                case ABOVE -> s > value[c];
                default -> s < value[c];
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
