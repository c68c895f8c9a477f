package org.pollcast.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pollcast.BadInputException;

/**
 * "What if" conditions on simulated first preferences, such as {@code green>=10} or {@code lab<40}: the
 * forecast is then taken over the simulations that meet all of them. Options are named by id (or by party
 * id, when exactly one option has that party).
 */
public final class Conditions {
    private static final Pattern FORM = Pattern.compile("\\s*([A-Za-z0-9_.-]+)\\s*(>=|<=|>|<)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*");
    private final int[] option;
    private final int[] op;
    private final double[] value;
    private final List<String> text;

    private Conditions(int[] option, int[] op, double[] value, List<String> text) {
        this.option = option;
        this.op = op;
        this.value = value;
        this.text = List.copyOf(text);
    }

    public static Conditions none() {
        return new Conditions(new int[0], new int[0], new double[0], List.of());
    }

    /** Parses each {@code --if} text against the input's options; a clear message when one does not fit. */
    public static Conditions parse(List<String> texts, ShareInput input) {
        int n = texts.size();
        int[] option = new int[n];
        int[] op = new int[n];
        double[] value = new double[n];
        List<String> clean = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            Matcher m = FORM.matcher(texts.get(c));
            if (!m.matches()) {
                throw new BadInputException("--if: '" + texts.get(c) + "' is not a condition like green>=10 (option, one of >= <= > <, a share in percent)");
            }
            String name = m.group(1).toLowerCase(Locale.ROOT);
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
                throw new BadInputException("--if: unknown option '" + m.group(1) + "' in '" + texts.get(c) + "'; known: "
                        + String.join(", ", input.options()));
            }
            double v = Double.parseDouble(m.group(3));
            if (v > 100) {
                throw new BadInputException("--if: share " + v + " in '" + texts.get(c) + "' is over 100");
            }
            option[c] = index;
            op[c] = switch (m.group(2)) {
                case ">=" -> 0;
                case "<=" -> 1;
                case ">" -> 2;
                default -> 3;
            };
            value[c] = v;
            clean.add(input.options().get(index) + m.group(2) + m.group(3));
        }
        return new Conditions(option, op, value, clean);
    }

    public boolean isEmpty() {
        return option.length == 0;
    }

    public List<String> text() {
        return text;
    }

    /** True when the shares meet every condition. */
    boolean test(double[] shares) {
        for (int c = 0; c < option.length; c++) {
            double s = shares[option[c]];
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
