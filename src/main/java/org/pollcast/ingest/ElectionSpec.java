package org.pollcast.ingest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Map;

/**
 * An election definition ({@code data/elections/<id>.yaml}) as written: the fields and their YAML types, bound by
 * Jackson, which rejects unknown and duplicate keys. Every field may be missing here; {@link ElectionLoader} checks
 * the values and builds the {@link org.pollcast.election.Election}. Numbers are boxed so that a missing one is
 * null, not zero; the date is text so that a bad one gets the loader's message.
 */
record ElectionSpec(
        String id,
        String name,
        String date,
        String baseline,
        String notes,
        String area,
        String office,
        Integer pollingBlackout,
        List<PartySpec> parties,
        Map<String, ContestSpec> contests) {

    record PartySpec(
            String id, String name, Boolean independent, String colour, List<String> succeeds, List<String> aliases) {}

    /** A contest's fields depend on its system: the loader registers each system's code as a type id. */
    @JsonTypeInfo(
            use = JsonTypeInfo.Id.NAME,
            include = JsonTypeInfo.As.EXISTING_PROPERTY,
            property = "system",
            visible = true)
    sealed interface ContestSpec permits SingleWinnerSpec, AdditionalMemberSpec {
        String system();
    }

    /**
     * Supplementary vote, first past the post, instant run-off. {@code withdrawn}: candidates who withdrew;
     * {@code scopes}: the poll scopes the contest takes, when not its system's defaults ({@code [westminster]});
     * {@code areas}: the areas it is counted and declared by on election night; {@code secondRound}: the day of a
     * two-round contest's second round; {@code outright}: its rules of an outright first-round win (none: over half);
     * {@code ballot}: {@code complete} where its candidates are everyone on the ballot (no "Others" stands).
     */
    record SingleWinnerSpec(
            String system,
            List<CandidateSpec> candidates,
            List<WithdrawnSpec> withdrawn,
            List<String> scopes,
            List<AreaSpec> areas,
            String secondRound,

            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            List<OutrightSpec> outright,

            String ballot,
            String notes)
            implements ContestSpec {}

    /**
     * A two-round contest's rule of an outright first-round win: over {@code share} percent of the valid votes, and a
     * lead of over {@code lead} points (optional, 0) over the runner-up.
     */
    record OutrightSpec(
            Double share, Double lead, @JsonIgnore String word) {
        /**
         * A word where the rules go: {@code outright: none}, a first round that elects no one (Boston's preliminary,
         * whose two leaders always meet in the second round, a majority or not). Kept as written for the loader to
         * check and name in its error.
         */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static OutrightSpec ofWord(String text) {
            return new OutrightSpec(null, null, text);
        }
    }

    /** A count area; {@code tile}: its column and row on the night page's tile map, {@code [2, 0]}. */
    record AreaSpec(String id, String name, List<Integer> tile) {}

    /** {@code aliases}: other names that mean this candidate in this election's polls. */
    record CandidateSpec(String id, String name, String party, List<String> aliases, String withdrew) {}

    /**
     * {@code withdrew}: the day they left the race, optional (polls begun by then ask of another race); {@code aliases}:
     * other names that mean them in this election's polls, as a candidate's do.
     */
    record WithdrawnSpec(String id, String name, String party, String note, String withdrew, List<String> aliases) {}

    /** Constituency seats plus list seats: the London Assembly. */
    record AdditionalMemberSpec(
            String system,
            String name,
            Integer seats,
            Integer listSeats,
            String method,
            Double firstDivisor,
            Double threshold,
            Map<String, Double> partyThresholds,
            String thresholdAcross,
            Integer thresholdWaiver,
            String overhang,
            String pollsAsk,
            List<List<String>> surplusAgreements,
            BonusSpec bonus,
            List<String> parties,
            List<ConstituencySpec> constituencies,
            List<BlocSpec> blocs,
            List<RegionSpec> regions,
            String notes)
            implements ContestSpec {}

    record ConstituencySpec(String id, String name, String region) {}

    /** The first list's bonus seats: {@code {seats: 20, from: 25, step: 0.5, upTo: 40}} (Greece's, from 2023). */
    record BonusSpec(Integer seats, Double from, Double step, Double upTo) {}

    record RegionSpec(String id, String name, Integer listSeats) {}

    record BlocSpec(String id, String label, String who, List<String> parties, Integer atLeast) {}
}
