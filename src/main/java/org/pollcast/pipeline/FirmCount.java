package org.pollcast.pipeline;

import java.util.Locale;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.simulate.SimulationSettings;

/**
 * How many pollsters an average rests on, and what that does to the polling error.
 *
 * <p>An average's miss on polling day has a part every firm shares (the industry's) and a part that is the firms' own
 * leans, which average out only across firms: with {@code F} firms in effect its variance is {@code I + H/F}. The
 * blind trials' backtests (34 places, 639 shares a day and a week out, model 2026.12-35) showed the flat setting too
 * narrow on one to three firms (90% ranges held 83%) and too wide on five or more (50% ranges held 61%, the median
 * miss 0.7 of the range's scale); fitted on them, a variance of {@code 0.7 + 2.0/F} (normal) or {@code 0.45 + 0.85/F}
 * (Student-t, 4 df) times the flat setting's: the firms' part about twice the industry's. So {@code H = }{@value
 * #HOUSE_OVER_INDUSTRY}{@code  I}, and the default and each place's record are read as the error of an average of
 * {@value #REFERENCE_FIRMS} firms: the factor on the setting is {@code √((1 + 2/F) / (1 + 2/3))}, 1.34 on one firm,
 * 1.10 on two, 0.90 on six, 0.77 at most narrower. A record's own misses are put back on that reference by their
 * averages' own firm counts ({@link PollBiasLearning}), so a place polled by many firms is not narrowed twice.
 *
 * @param effective the firms in effect, {@code (Σ W_h)² / Σ W_h²} ({@link PollAverage#effectiveFirms()}); NaN when
 *                  unknown, which leaves the error alone
 */
record FirmCount(double effective) {
    /** The firms' own leans' variance over the industry's shared miss, for one firm. */
    static final double HOUSE_OVER_INDUSTRY = 2;
    /** The firm count the default error and the records are quoted for. */
    static final double REFERENCE_FIRMS = 3;
    /** A factor this near 1 is not worth a note. */
    private static final double NOTED_FROM = 0.02;

    static FirmCount of(PollAverage average) {
        return new FirmCount(average.effectiveFirms());
    }

    /** What the polling error is multiplied by: 1 when the count is unknown. */
    double factor() {
        if (!(effective > 0)) {
            return 1;
        }
        double f = Math.max(1, effective);
        return Math.sqrt((1 + HOUSE_OVER_INDUSTRY / f) / (1 + HOUSE_OVER_INDUSTRY / REFERENCE_FIRMS));
    }

    /** {@code forecast}'s settings with the polling error scaled, unless {@code asked} gave one (it stands as given). */
    SimulationSettings applyTo(SimulationSettings forecast, SimulationSettings asked) {
        if (asked.pollingErrorGiven() || factor() == 1) {
            return forecast;
        }
        return forecast.withPollingErrorSd(forecast.pollingErrorSd() * factor());
    }

    /**
     * The forecast's note, or null when the factor is too near 1 to say: "polling error 5.4 points for a 50% party,
     * wider than the 4.0 of an average of 3 firms: this average rests on 1 firm in effect, and a firm's own lean
     * averages out only across firms".
     */
    String sentence(double before, String option) {
        double f = factor();
        if (Math.abs(f - 1) < NOTED_FROM) {
            return null;
        }
        String count = String.format(Locale.ROOT, "%.1f", effective).replaceAll("\\.0$", "");
        String firms = count + (count.equals("1") ? " firm" : " firms");
        return String.format(
                Locale.ROOT,
                "polling error %.1f points for a 50%% %s, %s than the %.1f of an average of %d firms: this average"
                        + " rests on %s in effect, and a firm's own lean averages out only across firms",
                before * f,
                option,
                f > 1 ? "wider" : "narrower",
                before,
                (int) REFERENCE_FIRMS,
                firms);
    }
}
