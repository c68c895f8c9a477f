package org.pollcast.pipeline;

import java.util.List;
import org.pollcast.BadInputException;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.Contest;
import org.pollcast.election.Election;

/**
 * A definition's contests against its baseline's: a forecast reads the baseline's result by contest id, so a series'
 * body keeps one id from election to election. The Welsh blind trial named 2021's contest "senedd" and 2016's
 * "assembly", and every forecast of 2021 stopped at "wales-2016: no contest 'senedd-list'; known: assembly", which
 * named neither the definition to change nor why.
 */
final class BaselineContests {
    private BaselineContests() {}

    static void check(Workspace ws, Election election) {
        if (election.baseline() == null) {
            return;
        }
        Election baseline = ws.catalog().resolve(election.baseline());
        // The contests a forecast reads the baseline for: its lead and its bodies. A contest new in this election (a
        // presidency beside a Senate race) is never looked up, and was refused as another contest renamed (review).
        List<Contest> read = election.contests().values().stream()
                .filter(c -> c instanceof AdditionalMemberContest
                        || election.lead().map(l -> l.id().equals(c.id())).orElse(false))
                .toList();
        for (Contest c : read) {
            if (baseline.contest(c.id()).isPresent()) {
                continue;
            }
            // The baseline's one contest of that kind that no contest of this election already names.
            List<String> alike = baseline.contests().values().stream()
                    .filter(b -> b.getClass() == c.getClass())
                    .filter(b -> election.contest(b.id()).isEmpty())
                    .map(Contest::id)
                    .toList();
            if (alike.size() == 1) {
                throw new BadInputException(election.id() + ": its contest '" + c.id() + "' is '" + alike.get(0)
                        + "' in its baseline " + baseline.id() + ": a body keeps one contest id from election to"
                        + " election, for the forecast reads the baseline's result by it; rename one of them in"
                        + " data/elections/");
            }
        }
    }
}
