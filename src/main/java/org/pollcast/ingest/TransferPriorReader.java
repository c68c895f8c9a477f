package org.pollcast.ingest;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pollcast.BadInputException;
import org.pollcast.election.TransferPrior;

/** Reads the party-bloc prior for second preferences ({@code data/transfers/prior.yaml}). */
public final class TransferPriorReader {
    /** The file as written, bound by Jackson (unknown and duplicate keys are errors); absent fields are null. */
    record Spec(
            Double noSecondPreference,
            Double sameBlocAffinity,
            Double concentration,
            Double secondRoundSwing,
            Double secondRoundLean,
            Double secondRoundReturn,
            Map<String, List<String>> blocs) {}

    private TransferPriorReader() {}

    public static TransferPrior load(Path file) {
        if (!java.nio.file.Files.exists(file)) {
            // A data folder of one's own (--data) made from elections, polls and results alone: the Boston trial's
            // forecast stopped at "no such transfer prior file" with nothing to say where the file comes from.
            // A forecast never gets here (Workspace falls back to pollcast's own prior); a caller naming a file does.
            throw new BadInputException(
                    file + ": no such transfer prior file (pollcast's own is" + " data/transfers/prior.yaml)");
        }
        return of(YamlFile.read(file, Spec.class, "transfer prior"));
    }

    /**
     * pollcast's own prior, the copy of {@code data/transfers/prior.yaml} built into the jar: what a data folder of
     * one's own without that file forecasts from.
     */
    public static TransferPrior bundled() {
        return of(YamlFile.bundled("transfers/prior.yaml", Spec.class, "transfer prior"));
    }

    private static TransferPrior of(YamlFile<Spec> src) {
        Spec spec = src.value();
        double none = src.required(spec.noSecondPreference(), "noSecondPreference");
        if (!(none >= 0 && none < 1)) {
            throw src.fail("noSecondPreference", none + " is outside 0 to below 1 (a share of ballots)");
        }
        double affinity = src.required(spec.sameBlocAffinity(), "sameBlocAffinity");
        if (!(affinity > 0 && affinity < 1e6)) {
            throw src.fail(
                    "sameBlocAffinity", affinity + " is outside above 0 to below 1,000,000 (1: blocs do not matter)");
        }
        double concentration = src.required(spec.concentration(), "concentration");
        if (!(concentration > 0 && concentration < 1e9)) {
            throw src.fail("concentration", concentration + " is outside above 0 to below 1,000,000,000");
        }
        double swing =
                spec.secondRoundSwing() == null ? TransferPrior.DEFAULT_SECOND_ROUND_SWING : spec.secondRoundSwing();
        if (!(swing >= 0 && swing <= TransferPrior.MAX_SECOND_ROUND_SWING)) {
            throw src.fail(
                    "secondRoundSwing",
                    swing + " is outside 0 to 5 (a standard deviation on the log-odds scale; 0: no common lean)");
        }
        double lean = spec.secondRoundLean() == null ? TransferPrior.DEFAULT_SECOND_ROUND_LEAN : spec.secondRoundLean();
        if (!(Math.abs(lean) <= TransferPrior.MAX_SECOND_ROUND_SWING)) {
            throw src.fail(
                    "secondRoundLean",
                    lean + " is outside -5 to 5 (a mean step on the log-odds scale, towards the first round's"
                            + " runner-up; 0: none)");
        }
        if (lean != 0 && swing == 0) {
            // a lean is the swing's mean: with no swing drawn it was dropped without a word (review)
            throw src.fail(
                    "secondRoundLean",
                    lean + " with secondRoundSwing 0: a lean is the mean of the swing, which 0 turns off; set the"
                            + " swing above 0, or the lean to 0");
        }
        double back =
                spec.secondRoundReturn() == null ? TransferPrior.DEFAULT_SECOND_ROUND_RETURN : spec.secondRoundReturn();
        if (!(back > 0 && back <= 1)) {
            throw src.fail(
                    "secondRoundReturn",
                    back + " is outside above 0 to 1 (a share of the other candidates' first-round voters who vote"
                            + " for a finalist; 1 means as many as the finalists' own, and more than that, new voters,"
                            + " is written 1)");
        }
        Map<String, String> blocs = new HashMap<>();
        if (spec.blocs() != null) {
            spec.blocs().forEach((bloc, parties) -> {
                for (int i = 0; i < parties.size(); i++) {
                    String party = src.requiredText(parties.get(i), YamlFile.at(YamlFile.at("blocs", bloc), i));
                    String previous = blocs.put(party, bloc);
                    if (previous != null) {
                        throw src.fail(
                                YamlFile.at(YamlFile.at("blocs", bloc), i),
                                "party '" + party + "' is already in bloc '" + previous + "'");
                    }
                }
            });
        }
        return new TransferPrior(none, affinity, concentration, swing, lean, back, blocs);
    }
}
