package org.pollcast.ingest;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Name normalisation for matching, and "did you mean" suggestions. */
final class Names {
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Names() {
    }

    /**
     * Folds case, accents, punctuation and spacing, so "Siân Berry", "sian  berry" and "SIAN BERRY." match,
     * and "YouGov plc" matches "YouGov".
     */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        s = s.toLowerCase(Locale.ROOT).replace("&", " and ").replace("'", "").replace("’", "");
        s = s.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        s = s.replaceAll("\\b(plc|ltd|limited|inc|llp)$", "").trim();
        return s;
    }

    /** The known name closest to {@code text}, if any is reasonably close. */
    static Optional<String> closest(String text, Collection<String> known) {
        String f = fold(text);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = DISTANCE.apply(f, fold(k));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        if (best == null || bestDistance > Math.max(3, f.length() / 2)) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    static String suggestion(String text, Collection<String> known) {
        return closest(text, known).map(k -> "; did you mean '" + k + "'?").orElse("");
    }
}
