package org.pollcast.ingest;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Name normalisation for matching, and "did you mean" suggestions. */
public final class Names {
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();
    // Compiled once: every share column of every row is folded, and String.replaceAll compiles on each call.
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern TRADE_MARKS = Pattern.compile("[\u2122\u00ae\u00a9\u2120]");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern COMPANY_SUFFIX = Pattern.compile("\\b(plc|ltd|limited|inc|llp)$");

    /**
     * Folded names already worked out: the same few hundred names (candidates, parties, pollsters, constituencies) are
     * folded again each time a definition's names are indexed, which a forecast does for every election it learns from,
     * and folding was the largest of pollcast's own costs in a report's profile. Bounded: only names of up to {@value
     * #LONGEST_KEPT} characters are kept, and the map is emptied when full, since a poll file's cells are folded too and
     * are bounded neither in number nor in length.
     */
    private static final Map<String, String> FOLDED = new ConcurrentHashMap<>();

    private static final int MOST_FOLDED = 50_000;

    private static final int LONGEST_KEPT = 200;

    private Names() {}

    /** True when two names are one written another way: in case, accents or punctuation ("Ipsos-Sopra Steria"). */
    public static boolean sameName(String a, String b) {
        return fold(a).equals(fold(b));
    }

    /**
     * True when {@code name} appears whole, word for word, inside {@code text}, whatever the case, accents and
     * punctuation: "Mark Farrell" in "Mark Farrell for Mayor 2024", not "Farrell" in "Farrelly Research".
     */
    public static boolean namedWithin(String text, String name) {
        String n = fold(name);
        return !n.isEmpty() && (" " + fold(text) + " ").contains(" " + n + " ");
    }

    /**
     * Folds case, accents, punctuation and spacing, so "Siân Berry", "sian  berry" and "SIAN BERRY." match,
     * and "YouGov plc" matches "YouGov".
     */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        if (text.length() > LONGEST_KEPT) {
            return foldAnew(text);
        }
        String folded = FOLDED.get(text);
        if (folded == null) {
            folded = foldAnew(text);
            if (FOLDED.size() >= MOST_FOLDED) {
                FOLDED.clear();
            }
            FOLDED.put(text, folded);
        }
        return folded;
    }

    private static String foldAnew(String text) {
        // A trade mark sign is no part of a name: NFKD spells "™" as "TM", so "The Forum Poll™" folded to "the forum
        // polltm" and the firm its release named was not found.
        String s = MARKS.matcher(Normalizer.normalize(TRADE_MARKS.matcher(text).replaceAll(" "), Normalizer.Form.NFKD))
                .replaceAll("");
        // Letters that carry no combining mark to strip, which the press writes without it: Turkish dotless ı
        // ("Yıldırım" is "Yildirim" in English reports, "Araştırma" "Arastirma"), Polish ł, Nordic ø, đ.
        s = s.replace('ı', 'i')
                .replace('ł', 'l')
                .replace('Ł', 'L')
                .replace('ø', 'o')
                .replace('Ø', 'O')
                .replace('đ', 'd')
                .replace('Đ', 'D');
        s = s.toLowerCase(Locale.ROOT).replace("&", " and ").replace("'", "").replace("’", "");
        s = NOT_LETTER_OR_DIGIT.matcher(s).replaceAll(" ").trim();
        s = COMPANY_SUFFIX.matcher(s).replaceAll("").trim();
        return s;
    }

    /** The known name closest to {@code text}, if any is reasonably close. */
    public static Optional<String> closest(String text, Collection<String> known) {
        String f = fold(text);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean bestReordered = false;
        for (String k : known) {
            // The same letters in another order are one slip, and the likelier one: an abbreviation in the other
            // language's word order (QLP for the Quebec Liberals' PLQ) was two edits from it and from 'qs' alike, and
            // got 'qs'.
            boolean reordered = f.length() > 1 && sameLetters(f, fold(k)) && !f.equals(fold(k));
            int d = reordered ? 1 : DISTANCE.apply(f, fold(k));
            if (d < bestDistance || (d == bestDistance && reordered && !bestReordered)) {
                bestDistance = d;
                best = k;
                bestReordered = reordered;
            }
        }
        // A name every letter of which would change is no slip of the one suggested: "UP" (Italy's Unione Popolare)
        // was offered 'ln', and "+E" (+Europa) the same, three letters at most being allowed whatever the length.
        if (best == null || bestDistance > Math.max(3, f.length() / 3) || bestDistance >= f.length()) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    private static boolean sameLetters(String a, String b) {
        char[] x = a.toCharArray();
        char[] y = b.toCharArray();
        Arrays.sort(x);
        Arrays.sort(y);
        return Arrays.equals(x, y);
    }

    static String suggestion(String text, Collection<String> known) {
        return closest(text, known).map(k -> "; did you mean '" + k + "'?").orElse("");
    }

    /**
     * As {@link #suggestion}, for a polling firm's name: only a slip (one edit in six characters, at least one, or
     * two letters swapped: "YuoGov"). Firms' names are close by nature: "Ipsos MRBI" (Ireland) is two letters from
     * "Ipsos MORI", and a user who took the suggestion would merge two firms' house effects.
     */
    static String firmSuggestion(String text, Collection<String> known) {
        return closest(text, known)
                .filter(k -> DISTANCE.apply(fold(text), fold(k))
                                <= Math.max(1, fold(text).length() / 6)
                        || sameLetters(fold(text), fold(k)))
                .filter(k -> !otherInitials(text, k))
                .map(k -> "; did you mean '" + k + "'?")
                .orElse("");
    }

    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("[A-Z0-9&]{2,6}");

    /**
     * Whether two initials of one length are other initials (RMG and BMG, ALG and BMG), not letters swapped round (BGM
     * for BMG is that firm misspelt). Any letter put for another makes other initials: the more letters differ, the
     * surer it is another firm, so two letters apart (ALG Research, FM3 Research against BMG Research) are no slip
     * either, where only one letter apart was passed over.
     */
    private static boolean otherLetters(String a, String b) {
        return a.length() == b.length() && !sameLetters(a, b);
    }

    /**
     * Whether the two names differ only in words written as initials ("RMG Research" and "BMG Research", ORB and ORC):
     * other initials are other firms, not a slip. Refused as BMG misspelt, an American table's RMG Research (Scott
     * Rasmussen's firm) refused the page, and a Chicago table's ALG Research and FM3 Research (two and three letters
     * from BMG, the rest of each name one shared word) refused theirs.
     */
    private static boolean otherInitials(String text, String known) {
        String[] a = text.strip().split("\\s+");
        String[] b = known.strip().split("\\s+");
        if (a.length != b.length) {
            return false;
        }
        boolean differ = false;
        for (int i = 0; i < a.length; i++) {
            if (a[i].equals(b[i])) {
                continue;
            }
            if (!INITIALS.matcher(a[i]).matches() || !INITIALS.matcher(b[i]).matches() || !otherLetters(a[i], b[i])) {
                return false;
            }
            differ = true;
        }
        return differ;
    }
}
