package org.pollcast.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pollcast.election.Declaration;
import org.pollcast.election.PublishedTransfers;
import org.pollcast.election.RunoffTransfers;
import org.pollcast.election.VotingSystem;

/** The run-off from declared second preferences, once the night has given every one of them. */
final class DeclaredRunoff {
    private DeclaredRunoff() {}

    /**
     * The declared second preferences when every constituency is declared in full and gave them for the same two
     * candidates, who are the count's top two: the run-off is then counted, not simulated.
     */
    static RunoffTransfers of(
            LivePrior prior,
            List<Declaration> declarations,
            double[] known,
            List<Map<String, Long>> transfers,
            List<String> notes) {
        if (prior.contest().system() != VotingSystem.SUPPLEMENTARY_VOTE) {
            return null;
        }
        int m = prior.m();
        int k = prior.k();
        int with = 0;
        Set<String> pair = null;
        boolean same = true;
        for (int c = 0; c < m; c++) {
            if (!transfers.get(c).isEmpty()) {
                with++;
                if (pair == null) {
                    pair = transfers.get(c).keySet();
                } else if (!pair.equals(transfers.get(c).keySet())) {
                    same = false;
                }
            }
        }
        if (with == 0) {
            return null;
        }
        boolean allDeclared = declarations.size() == m
                && declarations.stream()
                        .allMatch(d -> d.complete()
                                && (d.votes().containsKey("other")
                                        || prior.contest().candidates().stream()
                                                .allMatch(x -> d.votes().containsKey(x.id()))));
        if (with < m || !allDeclared || !same || pair.size() != 2) {
            notes.add("second preferences declared in " + with + " of " + m + " constituencies: the run-off is "
                    + "simulated until every constituency has declared both finalists' in full");
            return null;
        }
        List<String> ids = List.copyOf(pair);
        int a = prior.option().get(ids.get(0));
        int b = prior.option().get(ids.get(1));
        double[] first = new double[k];
        double total = 0;
        for (int c = 0; c < m; c++) {
            for (int j = 0; j < k; j++) {
                first[j] += known[c * k + j];
                total += known[c * k + j];
            }
        }
        int top = -1;
        int second = -1;
        for (int j = 0; j < k; j++) {
            if (j == prior.other()) {
                continue;
            }
            if (top < 0 || first[j] > first[top]) {
                second = top;
                top = j;
            } else if (second < 0 || first[j] > first[second]) {
                second = j;
            }
        }
        if (!((top == a && second == b) || (top == b && second == a))) {
            throw new RequestException(
                    "declared",
                    "second preferences are declared for " + ids.get(0) + " and " + ids.get(1) + ", but the top two"
                            + " on first preferences are " + prior.options().get(top) + " and "
                            + prior.options().get(second));
        }
        double toA = 0;
        double toB = 0;
        for (Map<String, Long> t : transfers) {
            toA += t.get(ids.get(0));
            toB += t.get(ids.get(1));
        }
        notes.add("second preferences declared everywhere: the run-off between " + ids.get(0) + " and " + ids.get(1)
                + " is counted, not simulated");
        return new PublishedTransfers(a, b, toA, toB, total - first[a] - first[b]);
    }
}
