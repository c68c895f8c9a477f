package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.pollcast.BadInputException;
import org.pollcast.election.Contest;
import org.pollcast.election.Election;
import org.pollcast.election.SingleWinnerContest;

/**
 * Which election a row of a results file is for, in this order:
 * <ol>
 * <li>the one its {@code election} column names, when the file has that column and the cell is filled;
 * <li>else, when the file is named for the series of an election held in the row's year, that election: the 2024
 * rows of {@code wm_mayor_results.csv} are {@code wm-2024}'s. A bundled ({@code london_}) file's rows may also be
 * another election's of that year, appended there before places had files of their own: a row naming none of
 * London's candidates but another election's candidate is that election's. London's candidates come first, so a
 * London row is never another place's, and another place's own file never holds London's rows;
 * <li>else, when the file is named for another series (a {@code wm_} row of a year with no West Midlands
 * election), none;
 * <li>else (a bundled file in a year with no London election, a file named on the command line, a prefix that is
 * no election's series) the elections held in the row's year, told apart by their candidates when several are.
 * </ol>
 * A snapshot of the catalogue: build one per read, not per row.
 */
public final class RowOwners {
    private final Map<Integer, List<Election>> byYear = new HashMap<>();
    /** Elections whose second round was held in a later year than their first, by that year. */
    private final Map<Integer, List<Election>> bySecondRoundYear = new HashMap<>();

    private final Map<String, Election> byId = new LinkedHashMap<>();
    private final Map<String, String> seriesById = new HashMap<>(); // Election.series() is a regex: once each
    private final Set<String> series = new HashSet<>();

    private RowOwners(List<Election> elections) {
        for (Election e : elections) {
            byId.put(e.id(), e);
            seriesById.put(e.id(), e.series());
            series.add(e.series());
            byYear.computeIfAbsent(e.date().getYear(), y -> new ArrayList<>()).add(e);
            // A second round held the next year is the election's too, in a file named for its series: Georgia's
            // Senate run-off of 5 January 2021 is ga-senate-2020's, and its rows written as 2021 in
            // ga-senate_mayor_results.csv were no election's, dropped without a word (`count` said only that no second
            // round was in data/results). Only there: a file named for no series tells a year's elections apart by
            // their names, and another election's Others row of that year would have been this one's.
            e.lead()
                    .map(SingleWinnerContest::secondRound)
                    .filter(d -> d.getYear() != e.date().getYear())
                    .ifPresent(d -> bySecondRoundYear
                            .computeIfAbsent(d.getYear(), y -> new ArrayList<>())
                            .add(e));
        }
    }

    /** The owners among the catalogue's elections. */
    public static RowOwners of(ElectionCatalog catalog) {
        return new RowOwners(catalog.all());
    }

    /** The owners among {@code elections} (in date order), e.g. the elections held in one year. */
    public static RowOwners of(List<Election> elections) {
        return new RowOwners(elections);
    }

    /**
     * These owners with {@code election} as given: a definition named by its path on the command line is not in
     * the catalogue, and a file's rows of its year are still for it.
     */
    public RowOwners with(Election election) {
        Election known = byId.get(election.id());
        if (known == election || (known != null && known.equals(election))) {
            return this;
        }
        List<Election> all = new ArrayList<>();
        for (Election e : byId.values()) {
            if (!e.id().equals(election.id())) {
                all.add(e);
            }
        }
        all.add(election);
        all.sort(Comparator.comparing(Election::date));
        return new RowOwners(all);
    }

    /**
     * The elections a row may be for, the file's own first; one when the row says whose it is, several when its
     * candidate must tell (or, for rows that name none, each of them reads it), none when it is no election's.
     *
     * @param label the row's {@code election} cell, empty when it has none
     * @param year  the row's {@code year} cell
     */
    public List<Election> candidates(ResultFile file, String label, String year) {
        if (!label.isEmpty()) {
            Election e = byId.get(label);
            return e == null ? List.of() : List.of(e);
        }
        List<Election> same = inYear(year);
        // The file's series held no election this year: its second round of this year is its own
        Optional<Election> own =
                own(file, same).or(() -> file.shared() ? Optional.empty() : own(file, in(bySecondRoundYear, year)));
        if (own.isPresent()) {
            if (!file.shared()) {
                return List.of(own.get());
            }
            List<Election> out = new ArrayList<>(List.of(own.get()));
            same.stream().filter(e -> e != own.get()).forEach(out::add);
            return out;
        }
        if (isOtherPlaces(file)) {
            return List.of();
        }
        return same;
    }

    /**
     * Whether a row that names no candidate (an Assembly party's votes, a constituency's figures) is
     * {@code election}'s: when several elections of its year may own it, the file's own series' does (a London row
     * is London's); with none of them the file's own, each of them reads it, as before files were per place.
     */
    public boolean isFor(Election election, ResultFile file, String label, String year) {
        List<Election> owners = candidates(file, label, year);
        if (!contains(owners, election)) {
            return false;
        }
        return owners.size() == 1
                || own(file, owners).isEmpty()
                || owners.get(0).id().equals(election.id());
    }

    /**
     * Whether a row naming a candidate is {@code election}'s. When several elections of its year may own it, the
     * file's own election does if its contest has the row's name ({@code names}), else {@code election} if its
     * contest has it, else none of them.
     *
     * @param where the row and field for the message, e.g. {@code "wm_mayor_results.csv:7: field 'candidate'"}
     * @throws BadInputException when several may own it and none has the name
     */
    public boolean isFor(
            Election election,
            ResultFile file,
            String label,
            String year,
            Predicate<Election> names,
            String where,
            String name) {
        List<Election> owners = candidates(file, label, year);
        if (!contains(owners, election)) {
            return false;
        }
        if (owners.size() == 1) {
            return true;
        }
        // The file's own election first (a London row is London's even if another place has a candidate of that
        // name); with none, the election asking first, as when the files were not per place.
        Optional<Election> named = own(file, owners)
                .filter(names)
                .or(() -> Optional.of(election)
                        .filter(names)
                        .or(() -> owners.stream().filter(names).findFirst()));
        if (named.isEmpty()) {
            throw new BadInputException(where + ": '" + name + "' is not a candidate of any election held in " + year
                    + " (" + String.join(", ", owners.stream().map(Election::id).toList())
                    + "); spell it as the election's definition does, or add an 'election' column naming the"
                    + " election id"
                    + (unnamed(file)
                            ? ""
                            : ", or name the file for its election's series (" + hint(file, election) + ")"));
        }
        return named.get().id().equals(election.id());
    }

    /**
     * Why a row is {@code election}'s, for a message saying its candidate or party is not the election's, with what
     * to do: e.g. " (the 2024 rows of wm_mayor_results.csv are wm-2024's: the file is named for its series)".
     */
    public String why(Election election, ResultFile file, String label, String year) {
        String name = file.path().getFileName().toString();
        if (!label.isEmpty()) {
            return " (the row's 'election' column names " + election.id() + ")";
        }
        if (own(file, inYear(year)).isPresent()) {
            return " (the " + year + " rows of " + name + " are " + election.id() + "'s: the file is named for its"
                    + " series; another place's rows go in a file named for its own)";
        }
        if (!unnamed(file)) {
            return " (" + name + " is named for no election's series ('" + file.prefix() + "'), so its rows go by"
                    + " their year; " + hint(file, election) + ")";
        }
        return "";
    }

    /** Whether the file's name says nothing of whose rows it holds: a bundled file, or one named on the command line. */
    private static boolean unnamed(ResultFile file) {
        return file.prefix().isEmpty() || file.shared();
    }

    /** How to name a place's file: "name a place's files <series>_<kind>.csv, e.g. wm_mayor_results.csv". */
    private static String hint(ResultFile file, Election election) {
        String kind =
                file.path().getFileName().toString().substring(file.prefix().length() + 1);
        return "name a place's files <series>_<kind>.csv, e.g. " + election.series() + "_" + kind;
    }

    /**
     * The single-winner contest of {@code other} that a results row asked about as {@code election}'s {@code contest}
     * may name its candidates in: its contest of that id, else its Mayor (its first single-winner contest). A mayoral
     * results file holds each election's single-winner count whatever the definition calls it: London's 2024 rows are
     * its {@code mayor}'s, read beside a Senate race's {@code senate} of the same year. Asked for the contest id alone,
     * London's rows named no candidate of its (absent) {@code senate} contest, and its Sadiq Khan was refused as no
     * candidate of any election of 2024.
     */
    static Optional<Contest> askedContest(Election other, String contest) {
        return other.contest(contest)
                .or(() -> other.first(SingleWinnerContest.class).map(Contest.class::cast));
    }

    /** The file's own election among {@code elections}: the one of the series its name begins with. */
    private Optional<Election> own(ResultFile file, List<Election> elections) {
        if (file.prefix().isEmpty()) {
            return Optional.empty();
        }
        for (Election e : elections) {
            if (file.prefix().equals(seriesById.get(e.id()))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Whether the file is another place's own: named for a series, not the bundled one. */
    private boolean isOtherPlaces(ResultFile file) {
        return !file.shared() && series.contains(file.prefix());
    }

    private List<Election> inYear(String year) {
        return in(byYear, year);
    }

    /** The elections {@code byYear} holds under the row's {@code year} cell; none for a cell that is no year. */
    private static List<Election> in(Map<Integer, List<Election>> byYear, String year) {
        try {
            return byYear.getOrDefault(Integer.parseInt(year.trim()), List.of());
        } catch (NumberFormatException e) {
            return List.of();
        }
    }

    private static boolean contains(List<Election> owners, Election election) {
        for (Election e : owners) {
            if (e.id().equals(election.id())) {
                return true;
            }
        }
        return false;
    }
}
