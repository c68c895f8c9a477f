package org.pollcast.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.pollcast.BadInputException;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.Candidate;
import org.pollcast.election.Contest;
import org.pollcast.election.ContestResult;
import org.pollcast.election.Election;
import org.pollcast.election.ListLead;
import org.pollcast.election.Option;
import org.pollcast.election.Party;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.VotingSystem;

/**
 * Official results from {@code data/results/}: first preferences of single-winner contests from the
 * {@code <series>_mayor_results.csv} files (round 1; {@link ResultFiles}), keyed by candidate name exactly as the
 * definition spells it and by the election each row belongs to ({@link RowOwners}): the one its optional
 * {@code election} column names, else the one of the file's series held in its year ({@code wm_mayor_results.csv}'s
 * 2024 rows are {@code wm-2024}'s), else the one held in its year. When several elections are held in one year
 * (London and the West Midlands, 2021), a bundled file's row with no {@code election} belongs to the one whose
 * contest has a candidate of that name, London's first.
 */
public final class ResultsCatalog {
    private final DataHome home;
    private final ElectionCatalog elections;
    private final AliasTable aliases;

    public ResultsCatalog(DataHome home, ElectionCatalog elections) {
        this(home, elections, AliasTable.empty());
    }

    /** @param aliases the party names a list-led election's list results may use besides its definition's */
    public ResultsCatalog(DataHome home, ElectionCatalog elections, AliasTable aliases) {
        this.home = home;
        this.elections = elections;
        this.aliases = aliases;
    }

    /** The mayoral results files read, {@code london_} first: for messages saying where a figure came from. */
    public List<ResultFile> mayorFiles() {
        return ResultFiles.find(home, ResultFiles.Kind.MAYOR_RESULTS);
    }

    /** First preferences of {@code contest} of {@code election}, when the results files have any. */
    public Optional<ContestResult> firstPreferences(Election election, String contest) {
        // The list vote of an additional-member contest, whether this election is led by it or is the baseline of one
        // that is (a Mayor and Assembly election before an Assembly election on its own).
        Optional<AdditionalMemberContest> list = election.contest(contest).isPresent()
                ? Optional.empty()
                : election.first(AdditionalMemberContest.class)
                        .filter(a -> ListLead.id(a).equals(contest));
        if (list.isPresent()) {
            return listVotes(election, list.get());
        }
        return round(election, contest, "1").map(Read::result).map(r -> withUnnamedVotes(election, contest, r));
    }

    /**
     * The most of the valid votes an Others line made from the turnout file may take: unlisted parties and independents
     * (Canada 2021's 0.9%), not a different count.
     */
    static final double MAX_UNNAMED_SHARE = 0.05;

    /** How the source of an Others line made from the turnout file's valid votes starts. */
    public static final String UNNAMED_OTHERS = "Others: ";

    /**
     * A complete first round with no "Others" line, completed by an {@code other} count up to the turnout file's valid
     * votes for the contest where they are more than the named options' sum, as a list vote's parties are: a results
     * file naming only the parties polled (Canada's 2021 national vote without the 0.9% of independents and small
     * parties) made every share one of the named parties' votes alone (the Conservatives' 33.74% read 34.05). A file
     * that names every candidate sums to the valid votes and is unchanged.
     */
    private ContestResult withUnnamedVotes(Election election, String contest, ContestResult r) {
        // Candidates of the definition with no row are inside that rest, as under an "Others" line, where no later
        // round counts them: the Philippine trial's 2022 file, whose source left out Montemayor's 0.11%, was refused as
        // "first preferences missing for montemayor" though the turnout file's valid votes held his.
        // (A first round read here is incomplete only for candidates with no row: r.missing() holds their ids.)
        boolean unrowed = !r.complete() && noneCountedLater(election, contest, r.missing());
        if ((!r.complete() && !unrowed) || r.votes().containsKey(Option.OTHER)) {
            return r;
        }
        // Not a two-round contest's, whose turnout row may be either round's (Poland's second rounds had more valid
        // votes than its first), unless a candidate of its first round has no row and the file holds no second round
        // (Montenegro's 2018 file, cut before one candidate's line, elected in the first round: refused as "first
        // preferences missing for dedeic" where a one-round count took the rest; with a second round, its rows' total
        // leaves out its own write-ins line, so it cannot tell whose the turnout row is);
        // and not a gap beyond what unlisted candidates take: a mistyped figure, or ballots cast entered as valid
        // votes, gave London 2024's thirteen named candidates an "other" of 150,000 (review).
        boolean twoRounds = election.contest(contest)
                .filter(c -> c instanceof SingleWinnerContest s && s.system() == VotingSystem.TWO_ROUND)
                .isPresent();
        long valid = validVotes(election, contest).orElse(0);
        long named = r.total();
        if (twoRounds && !(unrowed && round(election, contest, "2").isEmpty())) {
            return r;
        }
        if (valid <= named || valid - named > MAX_UNNAMED_SHARE * valid) {
            return r;
        }
        Map<String, Long> votes = new LinkedHashMap<>(r.votes());
        votes.put(Option.OTHER, valid - named);
        List<String> sources = new ArrayList<>(r.sources());
        sources.add(String.format(
                Locale.ROOT,
                UNNAMED_OTHERS + "%,d, the turnout file's valid votes (%,d) less the named options' %,d",
                valid - named,
                valid,
                named));
        return unrowed
                ? new ContestResult(r.election(), r.contest(), votes, true, List.of(), sources, r.missing())
                : new ContestResult(r.election(), r.contest(), votes, true, r.missing(), sources, r.lumped());
    }

    /**
     * A list-led election's list votes by party ({@link ListLead}), from the {@code <series>_assembly_list_results.csv}
     * files. A file naming only the parties that won seats is completed by an {@code other} count up to the
     * turnout file's valid list votes, so that shares are of every vote cast. A body of constituencies only has no
     * list: its lead's result is the constituency ballot's totals ({@code <series>_assembly_constituency_vote_totals.csv},
     * completed up to the turnout file's {@code assembly_constituency} valid votes).
     */
    private Optional<ContestResult> listVotes(Election election, AdditionalMemberContest contest) {
        boolean noList = contest.constituenciesOnly();
        List<ResultFile> files = ResultFiles.find(
                home,
                noList ? ResultFiles.Kind.ASSEMBLY_CONSTITUENCY_VOTE_TOTALS : ResultFiles.Kind.ASSEMBLY_LIST_RESULTS);
        AssemblyBaselineReader reader = new AssemblyBaselineReader(election, contest.id(), aliases);
        RowOwners owners = RowOwners.of(elections).with(election);
        AssemblyBaselineReader.ListRows rows = reader.listRows(files, owners);
        Map<String, Double> read = rows.votes();
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> votes = new LinkedHashMap<>();
        read.forEach((party, v) -> votes.put(party, Math.round(v)));
        long named = votes.values().stream().mapToLong(Long::longValue).sum();
        long valid = validVotes(election, noList ? "assembly_constituency" : "assembly_list")
                .orElse(0);
        if (valid > named) {
            votes.merge(Option.OTHER, valid - named, Long::sum);
        }
        // A party with seats but no votes would be counted among Others, and shares of the seat winners alone would be
        // shares of the wrong total: either result is incomplete (the second until the turnout file gives the valid
        // list votes).
        List<String> missing = !rows.withoutVotes().isEmpty()
                ? rows.withoutVotes()
                : valid <= 0 && rows.onlySeatWinners()
                        ? List.of("the parties that won no seat (the list results name only seat winners; give the"
                                + " valid list votes as " + election.series() + "_election_turnout.csv's assembly_list"
                                + " row)")
                        : List.of();
        // A party of the definition with no row of its own is inside the Others count (Germany's Freie Wähler, 2.4%
        // of 2021's second votes, polled on its own by some firms): its votes are in "other", which is then not a
        // poll's "other" (Forsa's 5, its Freie Wähler 3 apart, read as "other -3.7" against 8.7).
        List<String> lumped = votes.getOrDefault(Option.OTHER, 0L) > 0
                ? contest.parties().stream()
                        .map(Party::id)
                        .filter(id -> !votes.containsKey(id))
                        .toList()
                : List.of();
        return Optional.of(new ContestResult(
                election.id(),
                ListLead.id(contest),
                votes,
                missing.isEmpty(),
                missing,
                files.stream().map(f -> f.path().getFileName().toString()).toList(),
                lumped));
    }

    /**
     * The published final round (first preferences plus counted second preferences) of a Supplementary Vote
     * contest: the two finalists' votes. Its {@code complete} flag refers to the finalists only.
     */
    public Optional<ContestResult> finalRound(Election election, String contest) {
        return round(election, contest, "2")
                .map(Read::result)
                .map(r -> new ContestResult(r.election(), r.contest(), r.votes(), true, List.of(), r.sources()));
    }

    /**
     * The published rounds after the first of an instant-runoff count, by their numbers in the files
     * ({@code 2}, {@code 3}, ...), in order. A source may give only some of them (an infobox's first and final
     * rounds: {@code 1} and {@code 8}). Each holds the candidates still in the count; its {@code complete} flag is
     * true (the eliminated have no figure, by design).
     */
    public SortedMap<Integer, ContestResult> laterRounds(Election election, String contest) {
        SortedSet<Integer> numbers = new TreeSet<>();
        for (ResultFile file : ResultFiles.find(home, ResultFiles.Kind.MAYOR_RESULTS)) {
            try (Reader in = Files.newBufferedReader(file.path())) {
                for (CSVRecord r : ResultsCsv.whole(withHeader(in), file.path())) {
                    String round = r.get("round");
                    if (ROUND_NUMBER.matcher(round).matches() && Integer.parseInt(round) > 1) {
                        numbers.add(Integer.parseInt(round));
                    }
                }
            } catch (NoSuchFileException e) {
                continue;
            } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                throw new BadInputException(file + ": cannot read results: " + e.getMessage());
            }
        }
        SortedMap<Integer, ContestResult> out = new TreeMap<>();
        for (int k : numbers) {
            round(election, contest, Integer.toString(k))
                    .map(Read::result)
                    .ifPresent(x -> out.put(
                            k, new ContestResult(x.election(), x.contest(), x.votes(), true, List.of(), x.sources())));
        }
        return out;
    }

    /**
     * The final round of an instant-runoff count as published: its last round, when two candidates are left in it
     * (a count that stopped on a majority with three or more left has no final pair to compare with a forecast's).
     */
    public Optional<ContestResult> lastPair(Election election, String contest) {
        SortedMap<Integer, ContestResult> later = laterRounds(election, contest);
        if (later.isEmpty() || later.get(later.lastKey()).votes().size() != 2) {
            return Optional.empty();
        }
        return Optional.of(later.get(later.lastKey()));
    }

    /**
     * The second preferences counted for each finalist of a Supplementary Vote contest as published (round
     * {@code 2_transfers}): the totals only, not which eliminated candidate they came from.
     */
    public Optional<ContestResult> countedTransfers(Election election, String contest) {
        return round(election, contest, "2_transfers")
                .map(Read::result)
                .map(r -> new ContestResult(r.election(), r.contest(), r.votes(), true, List.of(), r.sources()));
    }

    /**
     * The files that hold {@code round} of {@code contest} of {@code election} ("1", "2", "2_transfers"), for a
     * message about those figures; the place's own file name when none does.
     */
    public String filesOf(Election election, String contest, String round) {
        List<Path> files = round(election, contest, round).map(Read::files).orElse(List.of());
        return files.isEmpty()
                ? home.results()
                        .resolve(ResultFiles.Kind.MAYOR_RESULTS.fileName(election.series()))
                        .toString()
                : String.join(", ", files.stream().map(Path::toString).toList());
    }

    /**
     * The valid votes the {@code <series>_election_turnout.csv} files give for the election and {@code contest}
     * ({@code mayor}, {@code assembly_list}, {@code assembly_constituency}), when they give a figure.
     */
    public OptionalLong validVotes(Election election, String contest) {
        RowOwners owners = RowOwners.of(elections).with(election);
        for (ResultFile file : ResultFiles.find(home, ResultFiles.Kind.TURNOUT)) {
            try (Reader in = Files.newBufferedReader(file.path())) {
                for (CSVRecord r : ResultsCsv.whole(withHeader(in), file.path())) {
                    if (mine(owners, election, file, label(r), r.get("year"))
                            && r.get("contest").equals(contest)
                            && !r.get("valid_votes").isBlank()) {
                        String where = file + ":" + (r.getRecordNumber() + 1) + ": field 'valid_votes'";
                        return OptionalLong.of(PrintedVotes.parse(r.get("valid_votes"), where));
                    }
                }
            } catch (NoSuchFileException e) {
                continue;
            } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                throw new BadInputException(file + ": cannot read turnout: " + e.getMessage());
            }
        }
        return OptionalLong.empty();
    }

    /**
     * Whether a turnout row is {@code election}'s. A row with no election id, in a year of several elections that
     * its file's series does not settle (a bundled file in a year with no London election), is the turnout of the
     * election whose candidates the year's first unlabelled row of the same prefix's mayoral results names; another
     * election's turnout rows name it in an 'election' column.
     */
    private boolean mine(RowOwners owners, Election election, ResultFile file, String label, String year) {
        List<Election> possible = owners.candidates(file, label, year);
        if (possible.stream().noneMatch(e -> e.id().equals(election.id()))) {
            return false;
        }
        if (possible.size() == 1) {
            return true;
        }
        if (possible.get(0).series().equals(file.prefix())) {
            return possible.get(0).id().equals(election.id()); // a London row is London's
        }
        return unlabelledOwners(owners, file.prefix(), year).stream()
                .findFirst()
                .filter(election.id()::equals)
                .isPresent();
    }

    /** One round's result and the files its rows came from. */
    private record Read(ContestResult result, List<Path> files) {}

    private Optional<Read> round(Election election, String contest, String round) {
        Contest c = election.contest(contest)
                .orElseThrow(() -> new BadInputException(election.id() + ": no contest '" + contest + "'; known: "
                        + String.join(", ", election.contests().keySet())));
        if (!(c instanceof SingleWinnerContest single)) {
            return Optional.empty();
        }
        Map<String, Long> votes = new LinkedHashMap<>();
        // Where each candidate's figure was read: a second figure for the same candidate and round (a backup copy
        // of a results file left in data/results, a row pasted twice) is refused, not silently overwritten.
        Map<String, String> readAt = new HashMap<>();
        Set<String> sources = new LinkedHashSet<>();
        Set<Path> used = new LinkedHashSet<>();
        boolean othersLine = false; // a row for "Others" (not a withdrawn candidate's own)
        // A two-round contest's second round may have votes for others too: write-ins (Boston's general election of
        // 2025, 5,696 beside Wu's 78,384 after her opponent left the ballot). They are no finalist's, and the second
        // round is a race of two whose forecast shares are of the pair, so they are read, left out of its votes, and
        // said in its sources. Before, the row was refused as no candidate, and with it every command that read the
        // results.
        boolean laterOthers = !round.equals("1") && single.system() == VotingSystem.TWO_ROUND;
        long othersLeftOut = 0;
        RowOwners owners = RowOwners.of(elections).with(election);
        for (ResultFile file : ResultFiles.find(home, ResultFiles.Kind.MAYOR_RESULTS)) {
            try (Reader in = Files.newBufferedReader(file.path())) {
                for (CSVRecord r : ResultsCsv.whole(withHeader(in), file.path())) {
                    if (!r.get("round").equals(round)) {
                        checkRoundLabel(file, r);
                        continue;
                    }
                    String label = label(r);
                    String name = r.get("candidate");
                    String where = file + ":" + (r.getRecordNumber() + 1) + ": field ";
                    if (!owners.isFor(
                            election,
                            file,
                            label,
                            r.get("year"),
                            e -> RowOwners.askedContest(e, contest)
                                    .filter(o -> o instanceof SingleWinnerContest s
                                            && (candidateNamed(s, name).isPresent()
                                                    || (round.equals("1") && othersOnBallot(s, name))
                                                    || (laterOthers && OptionResolver.othersLine(name))))
                                    .isPresent(),
                            where + "'candidate'",
                            name)) {
                        continue;
                    }
                    // A later round's Others line (Boston 2025's write-ins in its second round): votes for none of the
                    // pair, kept out of the round's shares and said as left out.
                    if (laterOthers
                            && OptionResolver.othersLine(name)
                            && candidateNamed(single, name).isEmpty()) {
                        String lv = r.get("votes").trim();
                        if (!lv.isEmpty()) {
                            othersLeftOut += PrintedVotes.parse(lv, where + "'votes'");
                        }
                        sources.add(r.get("source"));
                        used.add(file.path());
                        continue;
                    }
                    // Votes on the ballot for no candidate of the forecast: an "Others" line (a source giving the
                    // leading candidates and the rest together), or a candidate who withdrew after the ballot was
                    // printed (New York's Adams, 0.8% in 2025). They are part of the valid vote, so shares are of every
                    // vote cast, and they count as the forecast's "others".
                    boolean others = round.equals("1") && othersOnBallot(single, name);
                    othersLine |= round.equals("1") && OptionResolver.ballotOthersLine(name);
                    String key = others
                            ? "other:" + name
                            : candidateNamed(single, name)
                                    .orElseThrow(() -> new BadInputException(where + "'candidate': '" + name
                                            + "' is not a candidate of " + election.id() + " " + contest
                                            + " by its definition's spelling (case and accents aside) or an alias"
                                            + Names.suggestion(
                                                    name,
                                                    single.candidates().stream()
                                                            .map(Candidate::name)
                                                            .toList())
                                            + owners.why(election, file, label, r.get("year"))
                                            + (round.equals("1")
                                                    ? "; votes for candidates the definition does not list go on"
                                                            + " one 'Others' line"
                                                    : "")))
                                    .id();
                    String v = r.get("votes").trim();
                    String here = file.path().getFileName() + ":" + (r.getRecordNumber() + 1);
                    String before = readAt.putIfAbsent(key, here);
                    if (before != null) {
                        throw new BadInputException(where + "'candidate': " + name + " is given again for "
                                + election.id() + " round " + round + " (first at " + before
                                + "); keep one row per candidate and round, and move copies of results files out"
                                + " of " + home.results());
                    }
                    if (!v.isEmpty()) {
                        // Several "others" rows add up; a candidate's row is one (readAt refuses a second).
                        votes.merge(others ? Option.OTHER : key, PrintedVotes.parse(v, where + "'votes'"), Long::sum);
                    }
                    sources.add(r.get("source"));
                    used.add(file.path());
                }
            } catch (NoSuchFileException e) {
                continue;
            } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                throw new BadInputException(file + ": cannot read results: " + e.getMessage());
            }
        }
        if (votes.isEmpty()) {
            return Optional.empty();
        }
        if (othersLeftOut > 0) {
            sources.add(String.format(
                    java.util.Locale.ROOT,
                    "%,d votes for others (write-ins) left out: a second round's shares are of its finalists",
                    othersLeftOut));
        }
        List<String> missing = new ArrayList<>();
        for (Candidate cand : single.candidates()) {
            if (!votes.containsKey(cand.id())) {
                missing.add(cand.id());
            }
        }
        if (!missing.isEmpty() && othersLine && noneCountedLater(election, contest, missing)) {
            // An "Others" line beside the leading candidates (an infobox's count: Chicago 2019's nine named of
            // fourteen) holds the votes of those with no row: every vote is counted, so the shares are of the real
            // total, and the candidates left in it are scored as one. Before, such a count was "incomplete", and
            // count and backtest refused it ("first preferences missing for mccarthy, ...").
            return Optional.of(new Read(
                    new ContestResult(election.id(), contest, votes, true, List.of(), List.copyOf(sources), missing),
                    List.copyOf(used)));
        }
        return Optional.of(new Read(
                new ContestResult(election.id(), contest, votes, missing.isEmpty(), missing, List.copyOf(sources)),
                List.copyOf(used)));
    }

    /**
     * Whether none of {@code missing} has a count of its own in a later round: one who has was left out of round 1 by
     * mistake, not lumped into its Others line (a file that lost Johnson's first-round row while his second round
     * stands), and the first round is then incomplete, not complete with Johnson inside Others.
     */
    private boolean noneCountedLater(Election election, String contest, List<String> missing) {
        return laterRounds(election, contest).values().stream()
                .flatMap(r -> r.votes().keySet().stream())
                .noneMatch(missing::contains);
    }

    /**
     * A round this file's readers know: {@code 1}, a later round's number ({@code 2}, {@code 3}, ...: an
     * instant-runoff count's rounds, the Supplementary Vote's run-off), {@code 2_transfers} or
     * {@code second_pref_all}. Any other label ("final", "Round 2") would be read by nothing and the figure silently
     * lost, so it is refused, naming the file and line.
     */
    private static void checkRoundLabel(ResultFile file, CSVRecord r) {
        String round = r.get("round");
        if (ROUND_NUMBER.matcher(round).matches() || round.equals("2_transfers") || round.equals("second_pref_all")) {
            return;
        }
        throw new BadInputException(
                file + ":" + (r.getRecordNumber() + 1) + ": field 'round': '" + round
                        + "' is not a round pollcast reads: 1 (first preferences), 2, 3, ... (each later round of the count,"
                        + " the last being the final round), 2_transfers or second_pref_all (see docs/election-definitions.md)");
    }

    private static final java.util.regex.Pattern ROUND_NUMBER = java.util.regex.Pattern.compile("[1-9][0-9]{0,2}");

    /** The records of a results file, read by its header. */
    private static Iterable<CSVRecord> withHeader(Reader in) throws IOException {
        return CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(in);
    }

    private static String label(CSVRecord r) {
        return r.isMapped("election") ? r.get("election").trim() : "";
    }

    private static boolean othersOnBallot(SingleWinnerContest contest, String name) {
        return OptionResolver.othersLine(name)
                || contest.withdrawn().stream()
                        .anyMatch(w -> Names.fold(w.name()).equals(Names.fold(name)));
    }

    /**
     * The candidate a results row names: by the definition's spelling, else by it with case, accents and punctuation
     * folded, else by one of the candidate's aliases. An official count spells names its own way ("Eric L. Adams",
     * "ERIC ADAMS"); a results file had to be edited to the definition's spelling before it was read.
     */
    private static Optional<Candidate> candidateNamed(SingleWinnerContest contest, String name) {
        Optional<Candidate> exact =
                contest.candidates().stream().filter(x -> x.name().equals(name)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        String folded = Names.fold(name);
        List<Candidate> matches = contest.candidates().stream()
                .filter(x -> Names.fold(x.name()).equals(folded)
                        || x.aliases().stream().anyMatch(a -> Names.fold(a).equals(folded)))
                .toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /**
     * The elections of {@code year} that own the mayoral results rows of that year with no election id, in files
     * of {@code prefix}, in the order the files first name them: those whose single-winner contests have a
     * candidate of the row's name.
     */
    private Set<String> unlabelledOwners(RowOwners owners, String prefix, String year) {
        Set<String> found = new LinkedHashSet<>();
        for (ResultFile file : ResultFiles.find(home, ResultFiles.Kind.MAYOR_RESULTS)) {
            if (!file.prefix().equals(prefix)) {
                continue;
            }
            try (Reader in = Files.newBufferedReader(file.path())) {
                for (CSVRecord r : ResultsCsv.whole(withHeader(in), file.path())) {
                    if (!label(r).isEmpty() || !r.get("year").equals(year)) {
                        continue;
                    }
                    for (Election e : owners.candidates(file, "", year)) {
                        for (Contest c : e.contests().values()) {
                            if (c instanceof SingleWinnerContest s
                                    && candidateNamed(s, r.get("candidate")).isPresent()) {
                                found.add(e.id());
                            }
                        }
                    }
                }
            } catch (NoSuchFileException e) {
                continue;
            } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                throw new BadInputException(file + ": cannot read results: " + e.getMessage());
            }
        }
        return found;
    }
}
