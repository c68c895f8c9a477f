package org.pollcast.election;

import java.util.List;

/**
 * One constituency's official figures as a results file gives them: one entry per row (a candidate), with the
 * option id it resolved to (a party for the Assembly, a candidate for the Mayor; two independents share an id).
 *
 * @param options  the option id of each row
 * @param labels   each row's printed name (candidate, else party)
 * @param votes    each row's votes, −1 where the file leaves the cell empty (unknown, never 0)
 * @param elected  the row the file marks elected, or −1
 * @param complete whether the file says every candidate is listed (and every row has votes)
 */
public record ConstituencyVotes(
        String constituency,
        List<String> options,
        List<String> labels,
        long[] votes,
        int elected,
        boolean complete,
        List<String> sources) {

    public ConstituencyVotes {
        options = List.copyOf(options);
        labels = List.copyOf(labels);
        votes = votes.clone();
        sources = List.copyOf(sources);
        if (options.size() != votes.length || labels.size() != votes.length) {
            throw new IllegalArgumentException("one option, label and vote count per row");
        }
    }

    /** Rows with a vote count. */
    public int known() {
        int n = 0;
        for (long v : votes) {
            if (v >= 0) {
                n++;
            }
        }
        return n;
    }

    /** Every row has votes and the file says the rows are all the candidates. */
    public boolean countable() {
        return complete && known() == votes.length && votes.length > 0;
    }
}
