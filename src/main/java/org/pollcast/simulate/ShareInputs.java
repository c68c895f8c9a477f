package org.pollcast.simulate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.pollcast.BadInputException;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.aggregate.ShareEstimate;
import org.pollcast.election.BaselinePartyShares;
import org.pollcast.election.Candidate;
import org.pollcast.election.ContestResult;
import org.pollcast.election.Election;
import org.pollcast.election.Party;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.WithdrawnCandidate;

/** Builds the simulator's input from a poll average or, with no polls, from the baseline election's result. */
public final class ShareInputs {
    private ShareInputs() {}

    public static ShareInput fromAverage(Election e, SingleWinnerContest contest, PollAverage average) {
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> parties = new ArrayList<>();
        double[] mean = new double[average.shares().size()];
        double[] se = new double[mean.length];
        int j = 0;
        for (ShareEstimate s : average.shares()) {
            ids.add(s.option());
            names.add(s.name());
            // A candidate of no party (an independent written without one) has a null party: found first, then read,
            // as a stream cannot carry a null to findFirst (a forecast of such a field stopped on a stack trace).
            parties.add(contest.candidates().stream()
                    .filter(c -> c.id().equals(s.option()))
                    .findFirst()
                    .map(Candidate::party)
                    .orElse(null));
            mean[j] = s.share();
            se[j] = s.se();
            j++;
        }
        String source = "average of " + average.polls() + (average.polls() == 1 ? " poll from " : " polls from ")
                + average.pollsters() + (average.pollsters() == 1 ? " pollster" : " pollsters")
                + inEffect(average)
                + " as of " + average.asOf()
                + withdrawalNotes(contest, average);
        return new ShareInput(
                e.id(), average.asOf(), days(average.asOf(), e.date()), ids, names, parties, mean, se, true, source);
    }

    /**
     * " (in effect 1.0 poll, ...)" where the recency weights leave the average resting on under half its polls, and two
     * polls' worth or more are discounted: the Slovak trial's forecast a week before the 2023 election said "average of
     * 5 polls from 5 pollsters" where four were two to three months old and the average was one firm's poll (Polis's
     * Smer 24.4, which the forecast carried as 24.3), a count a reader takes for five firms' agreement.
     */
    static String inEffect(PollAverage average) {
        double effective = average.shares().stream()
                .mapToDouble(ShareEstimate::effectivePolls)
                .max()
                .orElse(average.polls());
        if (average.polls() - effective < 2 || effective >= average.polls() / 2.0) {
            return "";
        }
        return String.format(
                Locale.ROOT,
                " (in effect %.1f %s, the older ones weighing little)",
                effective,
                effective < 1.05 ? "poll" : "polls");
    }

    /**
     * The average's notes on candidates who withdrew ("Ahn Cheol-soo (withdrew) redistributed in 19 polls: ...") or
     * stopped campaigning, each after "; ": what became of their share is part of where the forecast starts, and
     * before only {@code average} said it, so that {@code forecast} spread a withdrawn candidate's 7 to 12% over the
     * others without a word.
     */
    private static String withdrawalNotes(SingleWinnerContest contest, PollAverage average) {
        List<String> said = new ArrayList<>();
        contest.withdrawn().forEach(w -> {
            said.add(w.name() + " (withdrew)");
            said.add(w.name() + " withdrew on ");
        });
        contest.candidates().stream()
                .filter(c -> c.withdrew() != null)
                .forEach(c -> said.add(c.name() + " stopped campaigning"));
        StringBuilder out = new StringBuilder();
        for (String note : average.notes()) {
            if (said.stream().anyMatch(note::startsWith)) {
                out.append("; ").append(note);
            }
        }
        return out.toString();
    }

    /** The parties with more than one candidate in {@code contest} (independents aside), for a message. */
    private static List<String> sharedParties(SingleWinnerContest contest) {
        Map<String, Integer> count = new LinkedHashMap<>();
        for (Candidate c : contest.candidates()) {
            if (c.party() != null && !c.party().equals("ind")) {
                count.merge(c.party(), 1, Integer::sum);
            }
        }
        return count.entrySet().stream()
                .filter(x -> x.getValue() > 1)
                .map(x -> x.getKey() + " (" + x.getValue() + " candidates)")
                .toList();
    }

    /**
     * With no polls: the baseline election's first preferences, each option taking the votes of the baseline
     * candidate of its party (the rest are "other"), and the baseline error of the settings. {@code baselineWinner} is
     * who won the baseline (a candidate id there; null when unknown): a candidate who lost it for a party that now
     * stands someone else leaves that party's share to its new candidate.
     */
    public static ShareInput fromBaseline(
            Election e,
            SingleWinnerContest contest,
            Election baseline,
            ContestResult result,
            String baselineWinner,
            LocalDate asOf) {
        if (!result.complete()) {
            throw new BadInputException(
                    e.id() + ": no polls, and the baseline " + baseline.id() + " result is incomplete (missing "
                            + String.join(", ", result.missing()) + "); nothing to forecast from");
        }
        SingleWinnerContest base = baseline.singleWinner(result.contest()).orElseThrow();
        // A candidate who stood at the baseline for another party (or none) carries their own share, not their new
        // party's, and their old party keeps only the rest: Jair Bolsonaro won 46.0% for the PSL in 2018 and stood for
        // the PL in 2022, which had stood no one, so a forecast of 2022 with no poll yet left the incumbent out and put
        // his 46% in "Others" (Lula 89%, Ciro Gomes 11% to win).
        // Unless they lost there and their old party stands someone else now: Muharrem İnce won 30.6% for the CHP in
        // Turkey's 2018 election and stood in 2023 for his own new party, while the CHP stood Kemal Kılıçdaroğlu;
        // carried by İnce, the CHP's 30.6% left its candidate out ("no party of theirs stood in tr-2018"), who won
        // 44.9% (İnce 0.4%). A winner's vote is theirs as well as the party's (Bolsonaro; Livingstone, elected as an
        // independent in 2000, Labour's in 2004); a loser's, where the party stands again, is the party's.
        Map<String, Double> personal = new LinkedHashMap<>();
        List<String> personalNames = new ArrayList<>();
        List<String> leftTheirParty = new ArrayList<>();
        for (Candidate c : contest.candidates()) {
            base.candidate(c.id())
                    .filter(b -> !Objects.equals(b.party(), c.party()) && !succeeds(e, c.party(), b.party()))
                    .filter(b -> result.shares().containsKey(b.id()))
                    .ifPresent(b -> {
                        Optional<Candidate> successor = b.id().equals(baselineWinner)
                                ? Optional.empty()
                                : partysCandidateNow(e, contest, b.party(), c);
                        if (successor.isPresent()) {
                            leftTheirParty.add(c.name() + " (" + b.party() + " there, " + c.party() + " now; "
                                    + b.party() + "'s share goes to "
                                    + successor.get().name() + ")");
                        } else {
                            personal.put(c.id(), result.shares().getOrDefault(b.id(), 0.0));
                            personalNames.add(c.name());
                        }
                    });
        }
        Map<String, Double> partyVotes = new LinkedHashMap<>(result.shares());
        personal.keySet().forEach(partyVotes::remove);
        BaselinePartyShares won = BaselinePartyShares.of(base, partyVotes).carriedOverTo(e);
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> parties = new ArrayList<>();
        List<Double> mean = new ArrayList<>();
        double used = 0;
        for (Candidate c : contest.candidates()) {
            double share = personal.containsKey(c.id()) ? personal.get(c.id()) : won.carriedBy(contest, c);
            if (share > 0) {
                ids.add(c.id());
                names.add(c.name());
                parties.add(c.party());
                mean.add(share);
                used += share;
            }
        }
        if (ids.size() < 2) {
            List<String> shared = sharedParties(contest);
            throw new BadInputException(e.id() + ": no polls, and fewer than two of its candidates' parties stood in "
                    + baseline.id()
                    + (shared.isEmpty()
                            // A coalition renamed around the same leader (Kenya's NASA of 2017, Azimio in 2022) is a
                            // party of the baseline carried on: the Kenya trial's user was not told how to say so.
                            ? ": where a party here carries on one of " + baseline.id() + "'s (renamed, or a"
                                    + " coalition re-formed), give it succeeds: [that party's id] in the definition;"
                                    + " else forecasts start from the first poll"
                            : " on their own: a party's share there cannot be split between its candidates here ("
                                    + String.join(", ", shared) + "); forecasts start from the first poll"));
        }
        if (used < LEAST_CARRIED) {
            throw new BadInputException(String.format(
                    Locale.ROOT,
                    "%s: no polls, and its candidates' parties won only %.1f%% of %s's vote (%s): the other %.1f%% went"
                            + " to parties and candidates not standing now, whom a forecast from it cannot place, and it"
                            + " would give the race to these few; where a party here carries on one of %s's, give it"
                            + " succeeds: [that party's id] in the definition; else forecasts start from the first poll",
                    e.id(),
                    used,
                    baseline.id(),
                    String.join(", ", names),
                    100 - used,
                    baseline.id()));
        }
        List<String> leftToOthers = withdrawnPartiesShares(e, contest, won);
        ids.add("other");
        names.add("Others");
        parties.add(null);
        mean.add(Math.max(0, 100 - used));
        double[] m = mean.stream().mapToDouble(Double::doubleValue).toArray();
        return new ShareInput(
                e.id(),
                asOf,
                days(asOf, e.date()),
                ids,
                names,
                parties,
                m,
                new double[m.length],
                false,
                "no polls: prior from " + baseline.id() + " ("
                        + e.leadVote().map(v -> v.plural()).orElse("first preferences") + " by party"
                        + (personal.isEmpty()
                                ? ""
                                : "; " + String.join(", ", personalNames)
                                        + " by their own share there, for another party then")
                        + (leftTheirParty.isEmpty()
                                ? ""
                                : "; " + String.join(", ", leftTheirParty)
                                        + ": a losing candidate's vote stays with the party when it stands again")
                        + (leftToOthers.isEmpty() ? "" : "; " + String.join("; ", leftToOthers))
                        + ", baseline error)");
    }

    /**
     * The least of the baseline's vote this election's candidates must carry for a forecast to start from it (percent).
     * Below half, the rest is in "Others", which can win nothing, and the race goes to the few carried: the Slovak
     * trial's 2024 presidential forecast before its first poll gave Harabin 67.5% and Kotleba 32.6%, the two
     * candidates of 2019 standing again (24.3% between them then), with Pellegrini and Korčok, who met in the second
     * round, inside an Others of 75.7%.
     */
    static final double LEAST_CARRIED = 50;

    /**
     * What the baseline gave the parties whose candidate here withdrew and that no one standing carries on, each said:
     * that share is in "Others", which the forecast cannot give to anyone. The British Columbia trial's BC United (the
     * Liberals renamed, {@code succeeds: [lib]}) withdrew in 2024 and endorsed the Conservatives, and the Liberals'
     * 33.8% of 2020 sat in Others with no word; where one party took those voters, {@code succeeds} on it says so.
     */
    private static List<String> withdrawnPartiesShares(
            Election e, SingleWinnerContest contest, BaselinePartyShares won) {
        List<String> said = new ArrayList<>();
        for (WithdrawnCandidate w : contest.withdrawn()) {
            String party = w.party();
            double share = party == null || Party.independentId(party)
                    ? 0
                    : won.byParty().getOrDefault(party, 0.0);
            if (share > 0 && contest.candidates().stream().noneMatch(c -> standsFor(e, c, party))) {
                // A succeeds names the baseline's parties, none of this election: where the withdrawn party is its
                // own baseline party, no succeeds can hand its vote on, and none is suggested.
                List<String> before = e.party(party).map(Party::succeeds).orElse(List.of());
                said.add(String.format(
                                Locale.ROOT, "%s withdrew, and its party's %.1f%% there is in Others", w.name(), share)
                        + (before.isEmpty()
                                ? ""
                                : " (if one party standing took those voters, give it succeeds: ["
                                        + String.join(", ", before) + "] in the definition)"));
            }
        }
        return said;
    }

    /**
     * The candidate of {@code contest} standing now for {@code party} (or a party succeeding it), other than
     * {@code who}; empty for no party or an independent's, which no one else's candidacy continues.
     */
    private static Optional<Candidate> partysCandidateNow(
            Election e, SingleWinnerContest contest, String party, Candidate who) {
        if (party == null || Party.independentId(party)) {
            return Optional.empty();
        }
        return contest.candidates().stream()
                .filter(c -> !c.id().equals(who.id()))
                .filter(c -> standsFor(e, c, party))
                .findFirst();
    }

    /** Whether {@code c} stands for {@code party}, or for a party of {@code e} that succeeds it. */
    private static boolean standsFor(Election e, Candidate c, String party) {
        return party.equals(c.party()) || succeeds(e, c.party(), party);
    }

    private static long days(LocalDate asOf, LocalDate electionDay) {
        long d = ChronoUnit.DAYS.between(asOf, electionDay);
        if (d < 0) {
            throw new BadInputException("as-of date " + asOf + " is after election day " + electionDay);
        }
        return d;
    }

    /** Whether {@code party} of election {@code e} succeeds {@code before} (a party renamed or split between elections). */
    private static boolean succeeds(Election e, String party, String before) {
        return party != null
                && before != null
                && e.party(party).filter(p -> p.succeeds().contains(before)).isPresent();
    }
}
