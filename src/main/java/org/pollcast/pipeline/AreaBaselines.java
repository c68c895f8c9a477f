package org.pollcast.pipeline;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pollcast.BadInputException;
import org.pollcast.election.ConstituencyVotes;
import org.pollcast.election.CountArea;
import org.pollcast.election.Election;
import org.pollcast.ingest.ResultFiles;

/**
 * The night's baseline for a place that lists its own count areas ({@link LiveBaselines}): its baseline election's
 * Mayor in every area, checked here, and the place's total from them.
 */
final class AreaBaselines {
    private AreaBaselines() {}

    /**
     * A place that lists its own areas starts the night from its baseline's Mayor by area, in every area. Without
     * it the model would start every area at the place's share and weigh them alike, where a council area's lean
     * (Solihull against Sandwell) and size (Birmingham against Solihull) are much larger than the swing the model
     * allows: the first declaration would move the whole place by its lean, so this is refused, saying which rows
     * are needed.
     */
    static void requireEvery(
            Workspace ws,
            Election election,
            Election base,
            List<CountArea> areas,
            Map<String, ConstituencyVotes> read,
            Map<String, ConstituencyVotes> rows) {
        List<String> missing = areas.stream()
                .map(CountArea::name)
                .filter(n -> !rows.containsKey(n))
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        // Rows for the baseline that name no area are most likely the missing areas spelled another way.
        List<String> strays = read.keySet().stream()
                .filter(n ->
                        rows.values().stream().noneMatch(v -> v.constituency().equals(n)))
                .map(n -> "'" + n + "'")
                .toList();
        Path file = ws.home().results().resolve(ResultFiles.Kind.MAYOR_CONSTITUENCY_RESULTS.fileName(base.series()));
        throw new BadInputException(file + ": no " + base.id() + " mayoral results for "
                + (missing.size() == areas.size() ? "any area" : String.join(", ", missing)) + " of "
                + election.id() + ": election night starts from the baseline's Mayor by area; add " + base.id()
                + "'s first preferences there, one row per candidate and area (year,constituency,candidate,party,votes,"
                + "source; year " + base.date().getYear() + ", constituency the area's name as "
                + election.source() + " spells it: " + String.join(", ", missing) + ")"
                + (strays.isEmpty()
                        ? ""
                        : "; its " + base.date().getYear() + " rows name " + String.join(", ", strays) + ", which "
                                + (strays.size() == 1 ? "is no area" : "are no areas") + " of " + election.id()));
    }

    static Map<String, Long> total(Collection<ConstituencyVotes> rows) {
        Map<String, Long> all = new HashMap<>();
        for (ConstituencyVotes v : rows) {
            for (int i = 0; i < v.votes().length; i++) {
                if (v.votes()[i] >= 0) {
                    all.merge(v.options().get(i), v.votes()[i], Long::sum);
                }
            }
        }
        return all;
    }
}
