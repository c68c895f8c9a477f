package org.pollcast.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pollcast.aggregate.FinalPollError;
import org.pollcast.aggregate.PollsterRecord;
import org.pollcast.election.RoundLabel;

/**
 * Final polls scored against results, and the elections asked about that could not be.
 *
 * @param finalPolls   each house's final poll at each election scored
 * @param records      each house's record across them ({@link org.pollcast.aggregate.PollsterAccuracy#summarise}),
 *                     final rounds of counts by preferences apart
 * @param finalRoundRecords each house's record over the final rounds of counts by preferences alone (London's run-off,
 *                     Australia's two-party-preferred: {@link
 *                     org.pollcast.aggregate.PollsterAccuracy#summariseFinalRounds}); empty when none was scored
 * @param resultShares each scored election's official first-preference shares, by election id
 * @param leftOut      each election asked about that has no final poll scored, with why ("result incomplete: no count
 *                     for johnson"): a record "across elections" must say which elections it is across
 * @param unscored     each scored election's firms that polled it but not in the final days, with how far out their
 *                     last poll was ("Survation, 31 days before"): a pollster looking for its firm finds why it is not
 *                     there
 */
public record AccuracyResult(
        List<FinalPollError> finalPolls,
        List<PollsterRecord> records,
        List<PollsterRecord> finalRoundRecords,
        Map<String, Map<String, Double>> resultShares,
        Map<String, String> leftOut,
        Map<String, String> unscored) {

    public AccuracyResult {
        finalPolls = List.copyOf(finalPolls);
        records = List.copyOf(records);
        finalRoundRecords = List.copyOf(finalRoundRecords);
        resultShares = Collections.unmodifiableMap(new LinkedHashMap<>(resultShares));
        leftOut = Collections.unmodifiableMap(new LinkedHashMap<>(leftOut));
        unscored = Collections.unmodifiableMap(new LinkedHashMap<>(unscored));
    }

    /** The elections with at least one final poll scored, in the order asked; final rounds' labels apart. */
    public List<String> scored() {
        return finalPolls.stream()
                .map(FinalPollError::election)
                .filter(x -> !RoundLabel.isFinalRound(x))
                .distinct()
                .toList();
    }

    /** The final rounds of counts by preferences with at least one final poll scored, in the order asked. */
    public List<String> scoredFinalRounds() {
        return finalPolls.stream()
                .map(FinalPollError::election)
                .filter(RoundLabel::isFinalRound)
                .distinct()
                .toList();
    }
}
