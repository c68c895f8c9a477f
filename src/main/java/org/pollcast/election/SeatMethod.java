package org.pollcast.election;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How list seats are allocated. The divisor methods: "modified" means the divisor counts the constituency seats a party
 * already won: D'Hondt divides by (constituency seats + list seats so far + 1), Sainte-Laguë by 2 × (constituency seats +
 * list seats so far) + 1. A divisor method may replace its first divisor ({@link #withFirstDivisor}): Sweden's
 * Sainte-Laguë divides a party's votes by 1.2 for its first seat, Norway's by 1.4, then 3, 5, 7 ... as usual. The
 * largest-remainder method (Hare quota) gives each party its whole quotas of the valid votes of the parties over the
 * threshold, then the seats left to the largest remainders (Denmark's national totals); it counts no constituency seats,
 * so it is for a body of lists only. The Hagenbach-Bischoff method is largest remainder with a smaller quota, those votes
 * divided by the seats plus one (Slovakia's National Council: by 151 for 150 seats), whose whole quotas may pass the
 * seats: the seats too many are taken back from the smallest remainders.
 *
 * <p>A value class, not an enum, because a first divisor is a number of the definition's; the four named methods with
 * their usual first divisor are the constants, and {@link #values()} lists them.
 */
public final class SeatMethod {
    /** The kind of method; the rest of a method is its first divisor. */
    public enum Kind {
        DHONDT,
        SAINTE_LAGUE,
        LARGEST_REMAINDER
    }

    public static final SeatMethod DHONDT_MODIFIED = new SeatMethod(Kind.DHONDT, "dhondt-modified", "dhondt", 1, 0);
    public static final SeatMethod SAINTE_LAGUE_MODIFIED =
            new SeatMethod(Kind.SAINTE_LAGUE, "sainte-lague-modified", "sainte-lague", 1, 0);
    public static final SeatMethod LARGEST_REMAINDER =
            new SeatMethod(Kind.LARGEST_REMAINDER, "largest-remainder", "largest-remainder", 1, 0);
    /** Largest remainder by the Hagenbach-Bischoff quota: the votes divided by the seats plus one. */
    public static final SeatMethod HAGENBACH_BISCHOFF =
            new SeatMethod(Kind.LARGEST_REMAINDER, "hagenbach-bischoff", "hagenbach-bischoff", 1, 1);

    private static final List<SeatMethod> VALUES =
            List.of(DHONDT_MODIFIED, SAINTE_LAGUE_MODIFIED, LARGEST_REMAINDER, HAGENBACH_BISCHOFF);

    private final Kind kind;
    private final String code;
    private final String plainName;
    private final double firstDivisor;
    /** What a largest-remainder quota's divisor adds to the seats: 0 for Hare's, 1 for Hagenbach-Bischoff's. */
    private final int quotaSeatsAdded;

    private SeatMethod(Kind kind, String code, String plainName, double firstDivisor, int quotaSeatsAdded) {
        this.kind = kind;
        this.code = code;
        this.plainName = plainName;
        this.firstDivisor = firstDivisor;
        this.quotaSeatsAdded = quotaSeatsAdded;
    }

    /** The named methods, each with its usual first divisor. */
    public static SeatMethod[] values() {
        return VALUES.toArray(new SeatMethod[0]);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    /** Whether seats go to the highest quotients (D'Hondt, Sainte-Laguë), not by quotas and remainders. */
    public boolean isDivisor() {
        return kind != Kind.LARGEST_REMAINDER;
    }

    /** The divisor of a party's first seat: 1 unless the definition says otherwise (Sweden's Sainte-Laguë: 1.2). */
    public double firstDivisor() {
        return firstDivisor;
    }

    /** The divisor of a party's second seat, which a first divisor may not exceed (the quotients must fall). */
    public double secondDivisor() {
        return kind == Kind.DHONDT ? 2 : 3;
    }

    /**
     * This method with {@code divisor} as the divisor of a party's first seat.
     *
     * @throws IllegalArgumentException for largest remainder (no divisors), or a divisor not over 0 and up to the
     *     second divisor
     */
    public SeatMethod withFirstDivisor(double divisor) {
        if (!isDivisor()) {
            throw new IllegalArgumentException(code + " has no divisors");
        }
        if (!(divisor > 0 && divisor <= secondDivisor())) {
            throw new IllegalArgumentException("a first divisor of " + divisor
                    + " is not over 0 and up to the second divisor, " + secondDivisor());
        }
        return new SeatMethod(kind, code, plainName, divisor, quotaSeatsAdded);
    }

    /**
     * What the eligible votes are divided by for a largest-remainder quota when {@code seats} are allocated: the seats
     * (Hare), or the seats plus one (Hagenbach-Bischoff).
     */
    public int quotaDivisor(int seats) {
        return seats + quotaSeatsAdded;
    }

    /** The divisor of a party's next seat when it holds {@code seatsHeld}. */
    public double divisor(int seatsHeld) {
        if (seatsHeld == 0) {
            return firstDivisor;
        }
        return kind == Kind.DHONDT ? seatsHeld + 1 : 2.0 * seatsHeld + 1;
    }

    /**
     * The method's name as shown for a body with {@code constituencySeats} constituency seats: with none the modified
     * method is the plain one (no seats won to count), and is shown by its plain name, "sainte-lague" or "dhondt". A
     * German or Scandinavian reader takes "modified Sainte-Laguë" for the variant whose first divisor is 1.4: a first
     * divisor of the definition's is shown after the name ({@code sainte-lague, first divisor 1.2}). Beside
     * constituencies, the code.
     */
    public String shownFor(int constituencySeats) {
        String name = constituencySeats == 0 ? plainName : code;
        return firstDivisor == 1 ? name : name + ", first divisor " + firstDivisorText();
    }

    private String firstDivisorText() {
        return firstDivisor == Math.rint(firstDivisor)
                ? String.valueOf((long) firstDivisor)
                : String.valueOf(firstDivisor);
    }

    public static Optional<SeatMethod> fromCode(String code) {
        return VALUES.stream().filter(s -> s.code.equals(code)).findFirst();
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

    @Override
    public boolean equals(Object o) {
        return o instanceof SeatMethod m
                && m.kind == kind
                && Double.compare(m.firstDivisor, firstDivisor) == 0
                && m.quotaSeatsAdded == quotaSeatsAdded;
    }

    @Override
    public int hashCode() {
        return (kind.hashCode() * 31 + Double.hashCode(firstDivisor)) * 31 + quotaSeatsAdded;
    }

    @Override
    public String toString() {
        return firstDivisor == 1 ? code : code + " (first divisor " + firstDivisorText() + ")";
    }
}
