package org.pollcast.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pollcast.BadInputException;

/**
 * "What if" conditions: the forecast is taken over the simulations that meet all of them. Forms:
 * {@code green>=10} (a mayoral option's first preferences, percent; by option id, or party id when exactly
 * one option has it), {@code grn.seats>=3} (an Assembly party's total seats), {@code ukip.list>=5} (its
 * London-wide list share) and {@code ld.constituency<10} (its constituency-ballot share).
 */
public final class Conditions {
    private static final Pattern FORM = Pattern.compile(
            "\\s*([A-Za-z0-9_-]+)(?:\\.(seats|list|constituency))?\\s*(>=|<=|>|<)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*");
    private static final int MAYOR = 0;
    private static final int SEATS = 1;
    private static final int LIST = 2;
    private static final int CONSTITUENCY = 3;
    private final int[] kind;
    private final int[] option;
    private final int[] op;
    private final double[] value;
    private final List<String> text;

    private Conditions(int[] kind, int[] option, int[] op, double[] value, List<String> text) {
        this.kind = kind;
        this.option = option;
        this.op = op;
        this.value = value;
        this.text = List.copyOf(text);
    }

    public static Conditions none() {
        return new Conditions(new int[0], new int[0], new int[0], new double[0], List.of());
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
        int[] op = new int[n];
        double[] value = new double[n];
        List<String> clean = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            Matcher m = FORM.matcher(texts.get(c));
            if (!m.matches()) {
                throw new BadInputException(
                        "--if: '" + texts.get(c) + "' is not a condition like green>=10 or grn.seats>=3 "
                                + "(option or party[.seats|.list|.constituency], one of >= <= > <, a number)");
            }
            String name = m.group(1).toLowerCase(Locale.ROOT);
            double v = Double.parseDouble(m.group(4));
            if (m.group(2) != null) {
                if (assembly == null) {
                    throw new BadInputException(
                            "--if: '" + texts.get(c) + "' is about an Assembly, and this election has none");
                }
                int party = assembly.index(name);
                if (party < 0) {
                    throw new BadInputException("--if: unknown party '" + m.group(1) + "' in '" + texts.get(c)
                            + "'; known: " + String.join(", ", assembly.parties()));
                }
                kind[c] = switch (m.group(2)) {
                    case "seats" -> SEATS;
                    case "list" -> LIST;
                    default -> CONSTITUENCY;
                };
                if (kind[c] == SEATS && v > assembly.seats()) {
                    throw new BadInputException(
                            "--if: " + v + " seats in '" + texts.get(c) + "' is more than the " + assembly.seats());
                }
                option[c] = party;
                op[c] = operator(m.group(3));
                value[c] = v;
                clean.add(assembly.parties().get(party) + "." + m.group(2) + m.group(3) + m.group(4));
                continue;
            }
            kind[c] = MAYOR;
            int index = input.index(name);
            if (index < 0) {
                List<Integer> byParty = new ArrayList<>();
                for (int j = 0; j < input.size(); j++) {
                    if (name.equals(input.parties().get(j))) {
                        byParty.add(j);
                    }
                }
                index = byParty.size() == 1 ? byParty.get(0) : -1;
            }
            if (index < 0) {
                throw new BadInputException("--if: unknown option '" + m.group(1) + "' in '" + texts.get(c)
                        + "'; known: " + String.join(", ", input.options()));
            }
            if (v > 100) {
                throw new BadInputException("--if: share " + v + " in '" + texts.get(c) + "' is over 100");
            }
            option[c] = index;
            op[c] = operator(m.group(3));
            value[c] = v;
            clean.add(input.options().get(index) + m.group(3) + m.group(4));
        }
        return new Conditions(kind, option, op, value, clean);
    }

    private static int operator(String text) {
        return switch (text) {
            case ">=" -> 0;
            case "<=" -> 1;
            case ">" -> 2;
            default -> 3;
        };
    }

    public boolean isEmpty() {
        return option.length == 0;
    }

    public List<String> text() {
        return text;
    }

    /** True when the simulation meets every condition; {@code assembly} may be null without Assembly conditions. */
    boolean test(double[] shares, AssemblyModel.Draw assembly) {
        for (int c = 0; c < option.length; c++) {
            double s = switch (kind[c]) {
                case MAYOR -> shares[option[c]];
                case SEATS -> assembly.totalSeats[option[c]];
                case LIST -> assembly.listShare[option[c]];
                default -> assembly.constituencyShare[option[c]];
            };
            boolean ok = switch (op[c]) {
                case 0 -> s >= value[c];
                case 1 -> s <= value[c];
                case 2 -> s > value[c];
                default -> s < value[c];
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
