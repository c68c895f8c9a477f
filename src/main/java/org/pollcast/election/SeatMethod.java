package org.pollcast.election;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Divisor methods for top-up list seats. "Modified" means the divisor counts the constituency seats a party
 * already won: D'Hondt divides by (constituency seats + list seats so far + 1), Sainte-Laguë by
 * 2 × (constituency seats + list seats so far) + 1.
 */
public enum SeatMethod {
    DHONDT_MODIFIED("dhondt-modified", "dhondt"),
    SAINTE_LAGUE_MODIFIED("sainte-lague-modified", "sainte-lague");

    private final String code;
    private final String plainName;

    SeatMethod(String code, String plainName) {
        this.code = code;
        this.plainName = plainName;
    }

    public String code() {
        return code;
    }

    /**
     * The method's name as shown for a body with {@code constituencySeats} constituency seats: with none the modified
     * method is the plain one (no seats won to count), and is shown by its plain name, "sainte-lague" or "dhondt". A
     * German or Scandinavian reader takes "modified Sainte-Laguë" for the variant whose first divisor is 1.4, which
     * pollcast does not count. Beside constituencies, the code.
     */
    public String shownFor(int constituencySeats) {
        return constituencySeats == 0 ? plainName : code;
    }

    public static Optional<SeatMethod> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    /**
     * The method a plain name means ("dhondt", "d'hondt", "sainte-lague", "saint-lague", "webster"): for a body with no
     * constituencies (closed lists only, the Senedd from 2026) it is the modified method, as no constituency seats are
     * won to count; empty for any other name.
     */
    public static Optional<SeatMethod> plain(String code) {
        String c =
                code.toLowerCase(Locale.ROOT).replace("'", "").replace("ë", "e").replace("_", "-");
        return switch (c) {
            case "dhondt", "d-hondt", "jefferson" -> Optional.of(DHONDT_MODIFIED);
            case "sainte-lague", "saint-lague", "webster" -> Optional.of(SAINTE_LAGUE_MODIFIED);
            default -> Optional.empty();
        };
    }
}
