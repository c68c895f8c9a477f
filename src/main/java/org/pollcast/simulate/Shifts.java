package org.pollcast.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pollcast.BadInputException;

/**
 * "What if the polls are wrong by this much": moves of the forecast's first preferences before it is simulated,
 * {@code reform+5} or {@code lab-3.5} (points; an option by id, or by party when one option has it). Each moved
 * option's mean moves by its points; the rest of the 100 is taken from, or given to, the options not named, in
 * proportion to their shares, so a move says who gains and the others share the cost as a uniform error would. The
 * spread stays the forecast's: this is the same uncertainty around another centre, unlike a scenario's {@code --if},
 * which keeps the centre and looks at the simulations that happened to land somewhere. The Assembly follows through
 * the mayoral shares by party, as it follows every simulated miss.
 */
public final class Shifts {
    // Ids have hyphens of their own (ind-driscoll): the move is the last sign and number.
    private static final Pattern FORM = Pattern.compile("\\s*(.+?)\\s*([+-])\\s*([0-9]+(?:\\.[0-9]+)?)\\s*%?\\s*");
    /** The floor of a moved share: an option is never moved out of the race altogether. */
    private static final double FLOOR = 0.1;
    /** Moves of every option whose points sum to less than this net to nothing (the sum of decimals read). */
    private static final double NET_NOTHING = 1e-6;

    private final int[] option;
    private final double[] points;
    private final List<String> text;

    private Shifts(int[] option, double[] points, List<String> text) {
        this.option = option;
        this.points = points;
        this.text = List.copyOf(text);
    }

    /** Parses each {@code --shift} text against the input's options; a clear message when one does not fit. */
    public static Shifts parse(List<String> texts, ShareInput input) {
        int n = texts.size();
        int[] option = new int[n];
        double[] points = new double[n];
        List<String> clean = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            String t = texts.get(c);
            Matcher m = FORM.matcher(t);
            if (!m.matches()) {
                throw new BadInputException("--shift: '" + t + "' is not a move like reform+5 or lab-3.5 (an option or"
                        + " party, then + or - and points); known: " + ConditionErrors.knownOptions(input));
            }
            int j = Conditions.optionOrParty(m.group(1).toLowerCase(Locale.ROOT), input);
            if (j >= 0 && input.options().get(j).equals("other")) {
                // Listed among the options a condition may name, but the rest of the 100 after a move: moving it too
                // would leave nothing to take the rest.
                throw new BadInputException("--shift: 'other' in '" + t + "' cannot be moved: it is what the named"
                        + " options leave of 100, and takes their moves in proportion; move the named options instead");
            }
            if (j < 0) {
                throw new BadInputException("--shift: unknown option '" + m.group(1) + "' in '" + t + "'; known: "
                        + ConditionErrors.knownOptions(input));
            }
            for (int before = 0; before < c; before++) {
                if (option[before] == j) {
                    throw new BadInputException("--shift: " + input.options().get(j) + " is moved twice ('"
                            + texts.get(before) + "' and '" + t + "'); give one move of the two together");
                }
            }
            double v = Double.parseDouble(m.group(3)) * (m.group(2).equals("-") ? -1 : 1);
            if (Math.abs(v) >= 100) {
                throw new BadInputException(
                        "--shift: a move of " + m.group(3) + " points in '" + t + "' is 100 or more");
            }
            option[c] = j;
            points[c] = v;
            clean.add(input.options().get(j) + String.format(Locale.ROOT, "%+.1f", v));
        }
        return new Shifts(option, points, clean);
    }

    public boolean isEmpty() {
        return option.length == 0;
    }

    /** The moves as read ("reform+5.0"). */
    public List<String> text() {
        return text;
    }

    /**
     * {@code in} with the moves made and the rest of the 100 taken in proportion from the options not named; an error
     * when the named options' moved shares leave the others nothing (or less), or, where every option with a share is
     * moved, when the moves do not net to nothing.
     */
    public ShareInput apply(ShareInput in) {
        if (isEmpty()) {
            return in;
        }
        double[] mean = in.mean();
        boolean[] moved = new boolean[mean.length];
        double movedTotal = 0;
        double movedBefore = 0;
        List<String> capped = new ArrayList<>();
        for (int c = 0; c < option.length; c++) {
            int j = option[c];
            if (mean[j] + points[c] < FLOOR) {
                // A move past what the option has: said, since "ld-15.0" printed the same figures as "ld-10.8".
                capped.add(in.options().get(j) + String.format(Locale.ROOT, " by %.1f", mean[j] - FLOOR)
                        + " (all it had)");
            }
            movedBefore += mean[j];
            mean[j] = Math.max(FLOOR, mean[j] + points[c]);
            moved[j] = true;
            movedTotal += mean[j];
        }
        double rest = 0;
        for (int j = 0; j < mean.length; j++) {
            if (!moved[j]) {
                rest += mean[j];
            }
        }
        // Every option with a share moved, the moves netting to nothing: a race of two (a second round),
        // "erdogan+2.4" with "kilicdaroglu-2.4", has no one else to take the rest, and needs no one. Before, it was
        // refused as "leaving the others nothing", where there were no others.
        boolean noneToTakeTheRest = rest <= 0;
        if (noneToTakeTheRest && Math.abs(movedTotal - movedBefore) >= NET_NOTHING) {
            throw new BadInputException("--shift: " + String.join(", ", text) + " move every option with a share and"
                    + " net " + String.format(Locale.ROOT, "%+.1f", movedTotal - movedBefore) + " points, with no other"
                    + " option to take the rest of the 100: make the moves net to nothing, or move one option less");
        }
        if (!noneToTakeTheRest && movedTotal >= 100) {
            throw new BadInputException("--shift: " + String.join(", ", text) + " would give the options moved "
                    + String.format(Locale.ROOT, "%.1f", movedTotal) + "% together, leaving the others nothing");
        }
        double scale = rest > 0 ? (100 - movedTotal) / rest : 0;
        for (int j = 0; j < mean.length; j++) {
            if (!moved[j]) {
                mean[j] *= scale;
            }
        }
        // First, so that no one quotes these figures as the forecast: the source note heads every output.
        return in.withShares(mean, in.se(), "")
                .withSourceFirst(MARK + String.join(", ", text) + " points on the forecast's first preferences"
                        + (capped.isEmpty() ? "" : ", " + String.join(", ", capped) + " moved only")
                        + " (the others taking the rest of the 100 in proportion; the spread is the forecast's)"
                        + NOT_THE_FORECAST);
    }

    /** How a moved forecast's source note begins, so that every output of it says so first. */
    private static final String MARK = "what if: ";

    /** How the moves' statement ends in the source note. */
    private static final String NOT_THE_FORECAST = ": not the forecast";

    /**
     * {@code source} with {@code said} first, or, where it states what-if moves, right after that statement, which
     * every output says first.
     */
    static String afterTheMoves(String source, String said) {
        int end = source == null || !source.startsWith(MARK) ? -1 : source.indexOf(NOT_THE_FORECAST);
        if (end < 0) {
            return said + "; " + source;
        }
        end += NOT_THE_FORECAST.length();
        return source.substring(0, end) + "; " + said + source.substring(end);
    }

    /**
     * The moves a forecast's input was made with ({@code reform+5.0}, {@code con-5.0}), read back from its source note;
     * empty for a forecast as it is. A scenario's CSV and JSON name them beside its conditions: a shifted forecast's
     * file had no scenario column, and "Reform 22%" read as the forecast.
     */
    public static List<String> of(ShareInput in) {
        String s = in.source();
        if (s == null || !s.startsWith(MARK)) {
            return List.of();
        }
        int end = s.indexOf(" points on ", MARK.length());
        return List.of(s.substring(MARK.length(), end < 0 ? s.length() : end).split(", "));
    }
}
