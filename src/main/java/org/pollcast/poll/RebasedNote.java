package org.pollcast.poll;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The note the ingester writes on a poll whose printed shares it re-based to those naming an option ("shares re-based
 * to those naming an option: ... (printed khan 35, hall 30, kurten 0)"): the stored shares are the printed ones times
 * 100 over their sum, so the figures as printed, and so the table's rounding, are read back from it.
 */
public final class RebasedNote {
    /** How the note begins; the polls table flags such polls by it ({@code dk-rebased}). */
    public static final String PREFIX = "shares re-based to those naming an option";

    private static final Pattern PRINTED = Pattern.compile("\\(printed ((?:[a-z0-9_.-]+ \\d+(?:\\.\\d+)?(?:, )?)+)\\)");

    private RebasedNote() {}

    /** Whether {@code p} was re-based when read. */
    public static boolean rebased(Poll p) {
        return p.notes() != null && p.notes().contains(PREFIX);
    }

    /** The figures a re-based poll printed, in the note's order; empty for a poll stored as printed. */
    public static Optional<List<Double>> printed(Poll p) {
        if (!rebased(p)) {
            return Optional.empty();
        }
        Matcher m = PRINTED.matcher(p.notes());
        if (!m.find()) {
            return Optional.empty();
        }
        List<Double> out = new ArrayList<>();
        for (String part : m.group(1).split(", ")) {
            out.add(Double.parseDouble(part.substring(part.lastIndexOf(' ') + 1)));
        }
        return Optional.of(out);
    }
}
