package org.pollcast.report;

import java.io.PrintWriter;
import java.util.Locale;
import org.pollcast.backtest.CalibrationResult;

/** The calibration as text: what each held-out election chose and scored, then the whole grid. */
public final class CalibrationText {
    private CalibrationText() {}

    public static void print(CalibrationResult r, PrintWriter out) {
        out.println(
                "Leave-one-election-out: scales chosen without the held-out election, then scored on it (mean log score of "
                        + "first preferences; lower is better)");
        for (CalibrationResult.HeldOut h : r.heldOut()) {
            out.printf(
                    Locale.ROOT,
                    "  %-12s chosen polling error %.1f, drift %.2f: held-out log score %.3f (defaults %.1f/%.2f: %.3f); "
                            + "%s%n",
                    h.election(),
                    h.polling(),
                    h.drift(),
                    h.heldOutScore(),
                    h.defaultPolling(),
                    r.defaultDrift(),
                    h.defaultsScore(),
                    concentration(h.concentration()));
        }
        if (!r.heldOut().isEmpty()) {
            // The verdict the held-out lines add up to: the all-elections line below is in-sample, and read alone it
            // looked like a recommendation to change the defaults.
            double chosen = r.heldOut().stream()
                    .mapToDouble(CalibrationResult.HeldOut::heldOutScore)
                    .average()
                    .orElse(Double.NaN);
            double defaults = r.heldOut().stream()
                    .mapToDouble(CalibrationResult.HeldOut::defaultsScore)
                    .average()
                    .orElse(Double.NaN);
            out.printf(
                    Locale.ROOT,
                    "Held out, on average: the chosen scales %.3f, the defaults %.3f: %s%n",
                    chosen,
                    defaults,
                    chosen < defaults
                            ? "choosing the scales beats the defaults on the elections it did not see"
                            : "keep the defaults (choosing the scales from the other elections does worse on the one"
                                    + " held out)");
        }
        out.printf(
                Locale.ROOT,
                "All elections (in-sample): polling error %.1f, drift %.2f (mean log score %.3f); %s%n",
                r.all().polling(),
                r.all().drift(),
                r.all().score(),
                Double.isNaN(r.allConcentration().concentration())
                        ? concentration(Double.NaN)
                        : String.format(
                                Locale.ROOT,
                                "transfer concentration %.0f (final-round log score %.3f)",
                                r.allConcentration().concentration(),
                                r.allConcentration().score()));
        out.println("Grid (mean log score over all elections and horizons):");
        for (CalibrationResult.GridScore g : r.grid()) {
            out.printf(Locale.ROOT, "  polling %.1f drift %.2f: %.3f%n", g.polling(), g.drift(), g.score());
        }
        for (CalibrationResult.GridScore g : r.concentrations()) {
            out.printf(Locale.ROOT, "  concentration %.0f: final-round %.3f%n", g.concentration(), g.score());
        }
        r.skipped().forEach(s -> out.println("skipped: " + s));
    }

    /** What the concentration column says: NaN when no election had a final round to choose it on. */
    static String concentration(double k) {
        return Double.isNaN(k)
                ? "transfer concentration not chosen (no final round to score it on)"
                : String.format(Locale.ROOT, "transfer concentration %.0f", k);
    }
}
