package org.pollcast.election;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One election day as described by a definition file.
 *
 * @param baseline the id of the previous election whose results seed models with no polls, or null
 * @param parties  every party referred to by the contests
 * @param contests the contests by id, in definition order
 * @param source   the file this definition was read from, as written in messages
 * @param office   what the single-winner contest elects, as the report says it ("Mayor", "the Democratic nominee");
 *                 "Mayor" unless the definition says otherwise; {@value #NO_OFFICE} for a vote that elects no one
 *                 ({@link #electsNoOne()})
 * @param pollingBlackoutDays the days before polling day in which the law forbids publishing polls (Taiwan's 10, Italy's
 *                 15, South Korea's 6), 0 where the definition states none: a firm's final poll is looked for before
 *                 them
 */
public record Election(
        String id,
        String name,
        LocalDate date,
        String baseline,
        List<Party> parties,
        Map<String, Contest> contests,
        String source,
        String area,
        String office,
        String notes,
        int pollingBlackoutDays) {

    public Election {
        if (pollingBlackoutDays < 0) {
            throw new IllegalArgumentException("a polling blackout of " + pollingBlackoutDays + " days");
        }
        // The area a whole-election figure is for ("London" in forecast.csv): stated, else the series' name.
        if (area == null || area.isBlank()) {
            String s = seriesOf(id);
            area = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
        if (office == null || office.isBlank()) {
            office = "Mayor";
        }
        parties = List.copyOf(parties);
        contests = Collections.unmodifiableMap(new LinkedHashMap<>(contests));
    }

    /** The office of a single-winner contest that elects no one: a national popular vote counted as one ballot. */
    public static final String NO_OFFICE = "none";

    /**
     * Whether the single-winner contest is a vote that elects no one (the definition's {@code office: none}): a
     * country's popular vote forecast as one first-past-the-post ballot, whose "winner" has the most votes and is
     * neither elected nor sure to govern (Canada 2021: the Conservatives won the popular vote, the Liberals the
     * government). Its pages say "win the most votes", never "be elected".
     */
    public boolean electsNoOne() {
        return office.equalsIgnoreCase(NO_OFFICE);
    }

    /**
     * The series this election belongs to: its id without the trailing year ("london-2021" → "london"). What is
     * learned from past elections (how polls missed, how the Assembly vote follows the Mayor's) is learned from
     * the same series only: London's record says nothing about the West Midlands' polls.
     */
    public String series() {
        return seriesOf(id);
    }

    /**
     * The series of the election whose id is {@code id}: "london" for "london-2021", and "istanbul" for
     * "istanbul-2019-06", a second vote of the year named by its month (Istanbul's re-run of June 2019, after the
     * March vote was annulled), which learns from and teaches the place's other elections as any of them does.
     */
    public static String seriesOf(String id) {
        String s = id.replaceFirst("-\\d{4}(-(0[1-9]|1[0-2]))?$", "");
        return s.isEmpty() ? id : s;
    }

    public Optional<Contest> contest(String contestId) {
        return Optional.ofNullable(contests.get(contestId));
    }

    /**
     * A baseline's figures by party id (shares or votes) as this election's parties carry them on: a party that
     * succeeds baseline parties ({@link Party#succeeds}) takes theirs, summed with any of its own id, and they leave the
     * map. Spain's Sumar of 2023 starts from Unidas Podemos's 12.9% and Más País's 2.4% of 2019; before, with no way to
     * say so, it started inside "Others" with them, and a forecast with no poll gave 29% of the vote to no seat.
     *
     * <p>A baseline party that several parties succeed split between them, and each takes an equal part of its vote:
     * nothing before the first poll says how it divides. Bulgaria's DPS (17.1% in June 2024) stood in October as DPS–New
     * Beginning and the Alliance for Rights and Freedoms; refused before, one of them had to take all of it, and a month
     * out the other was left inside Others, seatless, as it polled 8 to 10%.
     */
    public Map<String, Double> carriedOver(Map<String, Double> byParty) {
        if (parties().stream().allMatch(p -> p.succeeds().isEmpty())) {
            return byParty;
        }
        Map<String, Long> heirs = parties().stream()
                .flatMap(p -> p.succeeds().stream())
                .collect(java.util.stream.Collectors.groupingBy(pred -> pred, java.util.stream.Collectors.counting()));
        Map<String, Double> out = new LinkedHashMap<>(byParty);
        for (String pred : heirs.keySet()) {
            out.remove(pred);
        }
        for (Party p : parties()) {
            for (String pred : p.succeeds()) {
                Double v = byParty.get(pred);
                if (v != null) {
                    out.merge(p.id(), v / heirs.get(pred), Double::sum);
                }
            }
        }
        return out;
    }

    public Optional<Party> party(String partyId) {
        return parties.stream().filter(p -> p.id().equals(partyId)).findFirst();
    }

    /** The first contest of this kind in definition order: {@code SingleWinnerContest.class} gives the Mayor. */
    public <T extends Contest> Optional<T> first(Class<T> kind) {
        return contests.values().stream()
                .filter(kind::isInstance)
                .map(kind::cast)
                .findFirst();
    }

    /**
     * The contest a forecast is led by: the first single-winner contest that takes first-preference polls (the
     * Mayor), else the list vote of the first additional-member contest ({@link ListLead}); empty when there is
     * neither.
     */
    public Optional<SingleWinnerContest> lead() {
        Optional<SingleWinnerContest> single = contests.values().stream()
                .filter(SingleWinnerContest.class::isInstance)
                .map(SingleWinnerContest.class::cast)
                .filter(c -> c.scopes().contains(Scope.FIRST_PREF))
                .findFirst();
        return single.isPresent()
                ? single
                : first(AdditionalMemberContest.class).map(ListLead::of);
    }

    /** Whether this election is forecast from its list vote: it has an additional-member contest and no Mayor. */
    public boolean listLed() {
        return lead().filter(c -> !contests.containsKey(c.id())).isPresent();
    }

    /**
     * Whether this is a vote that elects no one between options that name no party: a referendum's answers (Yes and
     * No, Remain and Leave), which are the whole ballot. Its pages speak of options, and a poll naming both answers
     * has no "Others" for its remainder to be (docs/election-definitions.md, "A referendum").
     */
    public boolean answersOnly() {
        return electsNoOne()
                && lead().isPresent()
                && lead().get().candidates().stream().allMatch(c -> c.party() == null);
    }

    /**
     * Whether this election is a vote between parties that elects no one: the definition says {@code office: none}
     * (Canada's popular vote, Australia's national primary vote and two-party-preferred) and its lead is a single-winner
     * contest. Its page claims no office, and its polls are party polls, which miss as a list vote's do. Said by the
     * definition, never read from names: inferred from candidates named as their parties, a definition naming London's
     * placeholders "Labour" and "Reform UK" became a party vote, its polling error and its words with it (review).
     */
    public boolean partyVote() {
        return electsNoOne() && !listLed() && lead().isPresent();
    }

    /**
     * The single-winner contest of this id: one the definition has, or the list vote of its additional-member contest
     * ({@link ListLead#id}), which a later election led by its list vote starts from.
     */
    public Optional<SingleWinnerContest> singleWinner(String id) {
        Optional<Contest> own = contest(id);
        if (own.isPresent()) {
            return own.filter(SingleWinnerContest.class::isInstance).map(SingleWinnerContest.class::cast);
        }
        return first(AdditionalMemberContest.class)
                .filter(a -> ListLead.id(a).equals(id))
                .map(ListLead::of);
    }

    /**
     * The contest of {@code other} that plays the part this election's lead plays, for what is learned from past
     * elections (how polls missed, how the constituency vote follows the lead): a list-led election learns from the
     * others' list votes, a Mayor's from their Mayors and never from a list vote.
     */
    public Optional<SingleWinnerContest> comparableLead(Election other) {
        if (listLed()) {
            return other.first(AdditionalMemberContest.class).map(ListLead::of);
        }
        return other.listLed() ? Optional.empty() : other.lead();
    }

    /** The additional-member contest whose list vote leads, when {@link #listLed()}. */
    public Optional<AdditionalMemberContest> listLedBy() {
        return listLed() ? first(AdditionalMemberContest.class) : Optional.empty();
    }

    /**
     * The last day this election is polled: its second round's, where its lead is counted in two rounds (the pair's
     * polls run to it), else its own day.
     */
    public LocalDate lastPollDay() {
        return lead().map(c -> c.lastPollDay(Scope.RUNOFF, date)).orElse(date);
    }

    /**
     * Whether this election is led by the constituency vote of a body of constituencies only (no list, no Mayor: the
     * House of Commons), which outputs call "the vote", not "the list vote".
     */
    public boolean constituenciesOnly() {
        return listLedBy().filter(AdditionalMemberContest::constituenciesOnly).isPresent();
    }

    /**
     * The vote that leads the forecast when {@link #listLed()}: the list vote, or the constituency vote of a body of
     * constituencies only; empty when a single-winner contest leads.
     */
    public Optional<LeadVote> leadVote() {
        return listLed() ? Optional.of(constituenciesOnly() ? LeadVote.CONSTITUENCY : LeadVote.LIST) : Optional.empty();
    }

    /**
     * The areas {@code contest} is declared by on election night: its own {@code areas} when the definition lists
     * them, else the constituencies of the first additional-member contest (London's Mayor is counted by the
     * Assembly's 14 constituencies); empty when there are neither.
     */
    public List<CountArea> countAreas(SingleWinnerContest contest) {
        if (contest.hasOwnAreas()) {
            return contest.areas();
        }
        return first(AdditionalMemberContest.class)
                .map(a -> a.constituencies().stream().map(CountArea::of).toList())
                .orElse(List.of());
    }

    /** The contest that takes {@code scope} polls, when exactly one does. */
    public Optional<Contest> contestFor(Scope scope) {
        List<Contest> matching = contests.values().stream()
                .filter(c -> c.scopes().contains(scope))
                .toList();
        return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
    }
}
