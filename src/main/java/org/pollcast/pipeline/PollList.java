package org.pollcast.pipeline;

import java.util.List;
import java.util.Optional;
import org.pollcast.election.Election;
import org.pollcast.poll.StoredPoll;

/**
 * An election's stored polls, with provenance, as a request selected them.
 *
 * @param unmatched when the request's filters matched none of the polls stored, which filter excluded them (and
 *                  how many polls are stored); else null, as when no poll of the election is stored at all
 */
public record PollList(Election election, List<StoredPoll> polls, String unmatched) {
    public PollList {
        polls = List.copyOf(polls);
    }

    public PollList(Election election, List<StoredPoll> polls) {
        this(election, polls, null);
    }

    /**
     * What the {@code blackout} flag means, where a listed poll has it ({@link org.pollcast.poll.Poll#heldBack}): the
     * table printed Cadem's surveys of Chile's first round's eve with nothing to say that no forecast before the vote
     * may count them.
     */
    public Optional<String> blackoutNote() {
        long held = polls.stream().filter(sp -> sp.poll().heldBack()).count();
        return held == 0
                ? Optional.empty()
                : Optional.of(held + (held == 1 ? " poll is" : " polls are") + " flagged blackout: dated inside the "
                        + election.pollingBlackoutDays() + "-day polling blackout, in which the law let no one"
                        + " publish "
                        + (held == 1 ? "it" : "them") + ", with no earlier publication day given; a forecast,"
                        + " backtest or report as of a day before polling day does not count "
                        + (held == 1 ? "it" : "them"));
    }
}
