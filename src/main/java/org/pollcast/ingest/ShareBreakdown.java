package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A share cell that prints its total and then what it is made of, as the encyclopedia's Scottish Parliament and
 * Senedd poll tables print their Others: {@code 2%} over a collapsed list {@code Alba on 1% / Other on 1%}, whose
 * text reads "2% Alba on 1% Other on 1%" (the page's cell, and the cell of a table copied with the list open), and as
 * its American tables print the minor candidates under Others, a name and a colon a line ("1%", "Chang: 1%",
 * "Prince: 0%": New York City's 2021 primary), read "1% Chang: 1% Prince: 0%". The cell's figure is the total, the
 * column's own; the parts are already in it.
 *
 * <p>The parts must add up to the total, give or take their rounding (each part and the total are rounded to whole
 * points, so two parts of 0.6 print as 1 and 1 under a total of 1): a cell whose parts do not is no breakdown of it
 * (two figures run together, a misplaced cell), and it is refused, naming what it adds up to, rather than read as
 * its first number.
 */
final class ShareBreakdown {
    private static final String FIGURE = "<?\\s*\\d+(?:\\.\\d+)?";
    /**
     * One part: a name of letters (no figures), "on" or a colon, its figure: "Alba on 1%", "Others on 0%", "AWA on
     * 7%", "Chang: 1%".
     */
    private static final String NAME = "\\p{L}[\\p{L}\\p{M}'’.&\\- ]*?";

    /** Between a part's name and its figure: "on" (the encyclopedia's UK tables), or a colon (its American ones). */
    private static final String JOIN = "(?:\\s+on\\s+|\\s*:\\s*)";

    private static final Pattern PART = Pattern.compile("(" + NAME + ")" + JOIN + "(" + FIGURE + ")\\s*%?");
    /** The total, then the parts, one after another or separated by commas, perhaps in brackets or after a colon. */
    private static final Pattern CELL = Pattern.compile(
            "(" + FIGURE + ")\\s*%?\\s*[:(]?\\s*((?:" + NAME + JOIN + FIGURE + "\\s*%?\\s*[,;]?\\s*)+)\\)?");

    /**
     * A cell of parts only, each a name and its figure with a percent sign and no total before them: the
     * encyclopedia's Canadian provincial tables print the parties left without a column of their own that way in
     * their Other column ("AIP 8% Other 8%": Alberta's 2020 polls for the 2023 election). The percent sign is
     * required, so that a date or a firm with a number is never read as a share.
     */
    private static final Pattern NAMED_PART = Pattern.compile("(" + NAME + ")\\s+(" + FIGURE + ")\\s*%");

    private static final Pattern NAMED_PARTS = Pattern.compile("(?:" + NAME + "\\s+" + FIGURE + "\\s*%\\s*[,;]?\\s*)+");

    /** Longer than any cell of a few parts; the pattern is not tried on more (a page's prose in a cell). */
    private static final int MAX_CHARS = 200;

    /** A total and its parts as printed. */
    record Read(String total, List<String> parts, double partsSum) {}

    private ShareBreakdown() {}

    /**
     * The total and parts of {@code text} when it is a figure followed by one or more "name on figure%" parts;
     * empty for anything else (a plain figure included).
     */
    static Optional<Read> of(String text) {
        String t = text.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
        if (t.length() > MAX_CHARS) {
            return Optional.empty();
        }
        Matcher cell = CELL.matcher(t);
        if (!cell.matches()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        double sum = 0;
        Matcher part = PART.matcher(cell.group(2));
        while (part.find()) {
            parts.add(part.group().trim());
            sum += figure(part.group(2));
        }
        return Optional.of(new Read(cell.group(1).replace(" ", ""), List.copyOf(parts), sum));
    }

    /** One named part of such a cell: "AIP 9%". */
    private record NamedPart(String name, double figure) {}

    /** The parts of a cell of named parts with no total ("AIP 9% FCP 2% Other 1%"); empty for anything else. */
    private static Optional<List<NamedPart>> namedParts(String text) {
        String t = text.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
        if (t.length() > MAX_CHARS || !NAMED_PARTS.matcher(t).matches()) {
            return Optional.empty();
        }
        List<NamedPart> parts = new ArrayList<>();
        Matcher part = NAMED_PART.matcher(t);
        while (part.find()) {
            parts.add(new NamedPart(part.group(1).trim(), figure(part.group(2))));
        }
        return Optional.of(parts);
    }

    /** The names of a cell of named parts with no total ({@link #namedPartsSum}); empty for anything else. */
    static List<String> namedPartNames(String text) {
        return namedParts(text)
                .map(ps -> ps.stream().map(NamedPart::name).toList())
                .orElse(List.of());
    }

    /**
     * The sum of a cell of named parts with no total ("AIP 9% FCP 2% Other 1%" is 12): the column's share is all of
     * them, none being an option of its own; empty for anything else (a plain figure, a total with its parts).
     */
    static Optional<Double> namedPartsSum(String text) {
        return namedParts(text)
                .map(ps -> ps.stream().mapToDouble(NamedPart::figure).sum());
    }

    /**
     * True when the parts add up to {@code total} within their rounding: half a point for each part and half for
     * the total.
     */
    static boolean addsUp(Read read, double total) {
        return Math.abs(read.partsSum() - total) <= 0.5 * (read.parts().size() + 1) + 1e-9;
    }

    private static double figure(String text) {
        String t = text.replace(" ", "");
        return t.startsWith("<") ? Double.parseDouble(t.substring(1)) / 2 : Double.parseDouble(t);
    }
}
