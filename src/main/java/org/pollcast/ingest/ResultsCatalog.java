package org.pollcast.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.pollcast.BadInputException;
import org.pollcast.election.Candidate;
import org.pollcast.election.Contest;
import org.pollcast.election.ContestResult;
import org.pollcast.election.Election;
import org.pollcast.election.SingleWinnerContest;

/**
 * Official results from {@code data/results/}: first preferences of single-winner contests from
 * {@code london_mayor_results.csv} (round 1), keyed by candidate name exactly as the definition spells it and
 * by the election each row belongs to: the one its optional {@code election} column names, else the one held in
 * its year. When several elections are held in one year (London and the West Midlands, 2021), a row with no
 * {@code election} belongs to the one whose contest has a candidate of that name.
 */
public final class ResultsCatalog {
    public static final String MAYOR_FILE = "london_mayor_results.csv";
    private final DataHome home;
    private final ElectionCatalog elections;

    public ResultsCatalog(DataHome home, ElectionCatalog elections) {
        this.home = home;
        this.elections = elections;
    }

    /** First preferences of {@code contest} of {@code election}, when the results file has any. */
    public Optional<ContestResult> firstPreferences(Election election, String contest) {
        return round(election, contest, "1");
    }

    /**
     * The published final round (first preferences plus counted second preferences) of a Supplementary Vote
     * contest: the two finalists' votes. Its {@code complete} flag refers to the finalists only.
     */
    public Optional<ContestResult> finalRound(Election election, String contest) {
        return round(election, contest, "2")
                .map(r -> new ContestResult(r.election(), r.contest(), r.votes(), true, List.of(), r.sources()));
    }

    /**
     * The second preferences counted for each finalist of a Supplementary Vote contest as published (round
     * {@code 2_transfers}): the totals only, not which eliminated candidate they came from.
     */
    public Optional<ContestResult> countedTransfers(Election election, String contest) {
        return round(election, contest, "2_transfers")
                .map(r -> new ContestResult(r.election(), r.contest(), r.votes(), true, List.of(), r.sources()));
    }

    /**
     * The valid votes {@code london_election_turnout.csv} gives for the election's year and {@code contest}
     * ({@code mayor}, {@code assembly_list}, {@code assembly_constituency}), when it gives a figure.
     */
    public java.util.OptionalLong validVotes(Election election, String contest) {
        Path file = home.results().resolve("london_election_turnout.csv");
        String year = Integer.toString(election.date().getYear());
        // A row with no election id, in a year of several elections, is the turnout of the election whose
        // candidates the year's first unlabelled row of the results file names (London's, in the bundled files);
        // another election's turnout rows name it in an 'election' column.
        boolean ownsUnlabelled = elections.inYear(election.date().getYear()).size() == 1
                || unlabelledOwners(election.date().getYear()).stream()
                        .findFirst()
                        .filter(election.id()::equals)
                        .isPresent();
        try (Reader in = Files.newBufferedReader(file)) {
            for (CSVRecord r : withHeader(in)) {
                String label = label(r);
                boolean mine =
                        label.isEmpty() ? r.get("year").equals(year) && ownsUnlabelled : label.equals(election.id());
                if (mine
                        && r.get("contest").equals(contest)
                        && !r.get("valid_votes").isBlank()) {
                    return java.util.OptionalLong.of(Long.parseLong(r.get("valid_votes")));
                }
            }
        } catch (NoSuchFileException e) {
            return java.util.OptionalLong.empty();
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new BadInputException(file + ": cannot read turnout: " + e.getMessage());
        }
        return java.util.OptionalLong.empty();
    }

    private Optional<ContestResult> round(Election election, String contest, String round) {
        Contest c = election.contest(contest)
                .orElseThrow(() -> new BadInputException(election.id() + ": no contest '" + contest + "'; known: "
                        + String.join(", ", election.contests().keySet())));
        if (!(c instanceof SingleWinnerContest single)) {
            return Optional.empty();
        }
        Path file = home.results().resolve(MAYOR_FILE);
        Map<String, Long> votes = new LinkedHashMap<>();
        Set<String> sources = new LinkedHashSet<>();
        String year = Integer.toString(election.date().getYear());
        List<Election> sameYear = elections.inYear(election.date().getYear());
        try (Reader in = Files.newBufferedReader(file)) {
            for (CSVRecord r : withHeader(in)) {
                String label = label(r);
                if (!r.get("round").equals(round)
                        || (label.isEmpty() ? !r.get("year").equals(year) : !label.equals(election.id()))) {
                    continue;
                }
                String name = r.get("candidate");
                Optional<Candidate> named = candidateNamed(single, name);
                if (named.isEmpty() && label.isEmpty() && sameYear.size() > 1) {
                    List<String> others = sameYear.stream()
                            .filter(e -> !e.id().equals(election.id()))
                            .filter(e -> e.contest(contest)
                                    .filter(o -> o instanceof SingleWinnerContest s
                                            && candidateNamed(s, name).isPresent())
                                    .isPresent())
                            .map(Election::id)
                            .toList();
                    if (!others.isEmpty()) {
                        continue; // another election of the same year: its row
                    }
                    throw new BadInputException(file + ":" + (r.getRecordNumber() + 1) + ": field 'candidate': '" + name
                            + "' is not a candidate of any election held in " + year + " ("
                            + String.join(
                                    ", ", sameYear.stream().map(Election::id).toList())
                            + "); add an 'election' column naming the election id");
                }
                Candidate candidate = named.orElseThrow(
                        () -> new BadInputException(file + ":" + (r.getRecordNumber() + 1) + ": field 'candidate': '"
                                + name + "' is not a candidate of " + election.id() + " " + contest));
                String v = r.get("votes").trim();
                if (!v.isEmpty()) {
                    try {
                        votes.put(candidate.id(), Long.parseLong(v));
                    } catch (NumberFormatException e) {
                        throw new BadInputException(file + ":" + (r.getRecordNumber() + 1) + ": field 'votes': '" + v
                                + "' is not a whole number");
                    }
                }
                sources.add(r.get("source"));
            }
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new BadInputException(file + ": cannot read results: " + e.getMessage());
        }
        if (votes.isEmpty()) {
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        for (Candidate cand : single.candidates()) {
            if (!votes.containsKey(cand.id())) {
                missing.add(cand.id());
            }
        }
        return Optional.of(
                new ContestResult(election.id(), contest, votes, missing.isEmpty(), missing, List.copyOf(sources)));
    }

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

    private static Optional<Candidate> candidateNamed(SingleWinnerContest contest, String name) {
        return contest.candidates().stream().filter(x -> x.name().equals(name)).findFirst();
    }

    /**
     * The elections of {@code year} that own the results file's rows of that year with no election id, in the
     * order the file first names them: those whose single-winner contests have a candidate of the row's name.
     */
    private Set<String> unlabelledOwners(int year) {
        Path file = home.results().resolve(MAYOR_FILE);
        String y = Integer.toString(year);
        List<Election> sameYear = elections.inYear(year);
        Set<String> owners = new LinkedHashSet<>();
        try (Reader in = Files.newBufferedReader(file)) {
            for (CSVRecord r : withHeader(in)) {
                if (!label(r).isEmpty() || !r.get("year").equals(y)) {
                    continue;
                }
                for (Election e : sameYear) {
                    for (Contest c : e.contests().values()) {
                        if (c instanceof SingleWinnerContest s
                                && candidateNamed(s, r.get("candidate")).isPresent()) {
                            owners.add(e.id());
                        }
                    }
                }
            }
        } catch (NoSuchFileException e) {
            return Set.of();
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new BadInputException(file + ": cannot read results: " + e.getMessage());
        }
        return owners;
    }
}
