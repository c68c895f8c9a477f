package org.pollcast.report;

import java.util.Locale;
import org.pollcast.simulate.AssemblyForecast;

/**
 * How reports speak of a house that New Zealand's rules let grow ({@code overhang: keep}), and of a threshold a party
 * can be spared ({@code thresholdWaiver}): a fixed house is its seats, and its words are as they were; a growing one
 * is its seats plus overhang, with the mean and range the simulations gave it.
 */
final class AssemblyHouse {
    private AssemblyHouse() {}

    /** "25" for a fixed house; "120 plus overhang: 121.3 on average, 90% range 120–123" for one that grows. */
    static String seats(AssemblyForecast a) {
        AssemblyForecast.House h = a.house();
        if (h == null) {
            return Integer.toString(a.seats());
        }
        return h.seats() + " plus overhang: " + Html.num(h.mean(), 1) + " on average, 90% range " + h.p05() + "–"
                + h.p95();
    }

    /** "of the 25 seats", or "of the 120 seats and any overhang" (the house's sentence gives its size). */
    static String ofTheSeats(AssemblyForecast a) {
        return "of the " + a.seats() + " seats" + (a.house() == null ? "" : " and any overhang");
    }

    /** A chart title's short form: "25", or "120 plus overhang" (the caption gives the mean and range). */
    static String seatsShort(AssemblyForecast a) {
        return a.house() == null ? Integer.toString(a.seats()) : a.seats() + " plus overhang";
    }

    /**
     * The house in a sentence, or null for a fixed one: "The house has 120 seats before overhang, 121.3 on average
     * with it (90% range 120–123, at most 126): it grows in 64% of simulations, when a party wins more constituency
     * seats than its share of the list vote is worth."
     */
    static String sentence(AssemblyForecast a) {
        AssemblyForecast.House h = a.house();
        if (h == null) {
            return null;
        }
        return "The house has " + h.seats() + " seats before overhang, " + Html.num(h.mean(), 1)
                + " on average with it (90% range " + h.p05() + "–" + h.p95() + ", at most " + h.max()
                + "): it grows in " + Html.num(100 * h.pOverhang(), 0) + "% of simulations, when a party wins more"
                + " constituency seats than its share of the list vote is worth, and keeps them.";
    }

    /** The same for a terminal: "house: 120 seats before overhang, 121.3 on average (90% range ...)". */
    static String line(AssemblyForecast a) {
        AssemblyForecast.House h = a.house();
        return String.format(
                Locale.ROOT,
                "house: %d seats before overhang, %.1f on average with it (90%% range %d–%d, at most %d); it grows in"
                        + " %.0f%% of simulations",
                h.seats(),
                h.mean(),
                h.p05(),
                h.p95(),
                h.max(),
                100 * h.pOverhang());
    }

    /** Whether the contest has a threshold waiver: then a party's chance of list seats is not its chance of 5%. */
    static boolean waived(AssemblyForecast a) {
        return a.parties().stream().anyMatch(p -> !Double.isNaN(p.pEligible()));
    }

    /** A party's chance of being able to win list seats: over the threshold, or spared it where a waiver is set. */
    static double listChance(AssemblyForecast.PartySeats p) {
        return Double.isNaN(p.pEligible()) ? p.pOverThreshold() : p.pEligible();
    }
}
