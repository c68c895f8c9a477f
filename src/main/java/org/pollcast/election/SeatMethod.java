package org.pollcast.election;

import java.util.Arrays;
import java.util.Optional;

/**
 * Divisor methods for top-up list seats. "Modified" means the divisor counts the constituency seats a party
 * already won: D'Hondt divides by (constituency seats + list seats so far + 1), Sainte-Laguë by
 * 2 × (constituency seats + list seats so far) + 1.
 */
public enum SeatMethod {
    DHONDT_MODIFIED("dhondt-modified"),
    SAINTE_LAGUE_MODIFIED("sainte-lague-modified");

    private final String code;

    SeatMethod(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<SeatMethod> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
