package org.pollcast.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.pollcast.BadInputException;
import org.pollcast.election.Election;
import org.pollcast.election.SingleWinnerContest;

/**
 * FiveThirtyEight's poll files ({@code president_polls.csv}, {@code senate_polls.csv}, {@code governor_polls.csv}):
 * one row per answer of a question, every state, office and cycle in one file, dates written m/d/yy. Read as a long
 * CSV they were refused at their header ({@code source} and {@code url} both name a citation; {@code party},
 * {@code answer} and {@code candidate_name} all name the option). This turns the rows of the election asked for into
 * pollcast's long CSV, on the lines they came from (so that messages name the file's own lines), and leaves the rest
 * out with one note per reason:
 *
 * <ul>
 *   <li>the race: rows of another state (a national vote keeps the rows with no state; a state's election its own
 *       state's), of another election day ({@code election_date}, else {@code cycle}), or of a primary ({@code stage});
 *   <li>questions FiveThirtyEight marks {@code hypothetical} (a match-up with someone not running) and the
 *       ranked-choice rounds it reallocated (a first-choice question is the poll);
 *   <li>each question stays a poll of its own ({@code question_id}): the full field and the head-to-head of one
 *       survey, or its likely and registered voters, are then told apart as a table's are, the question nearest the
 *       ballot and the likeliest voters kept ({@link SurveyQuestions}, {@link SurveyPopulations}).
 * </ul>
 *
 * <p>The candidate is {@code candidate_name} (else {@code answer}), the firm {@code pollster} with {@code sponsors} as
 * its client, the publication date FiveThirtyEight's {@code created_at} (the day the poll reached its file: never
 * before it was public, so a backtest cannot see a poll early), the population spelt out (lv: likely voters).
 */
final class FiveThirtyEightCsv {
    /** The columns that together say a header is FiveThirtyEight's. */
    private static final List<String> SIGNATURE =
            List.of("question_id", "poll_id", "pollster", "start_date", "end_date", "answer", "pct");

    /**
     * The fifty states and the District by name, as FiveThirtyEight's {@code state} column names them, with their postal
     * codes, as the New York Times' continuation of the same files writes them ({@code ME}).
     */
    private static final Map<String, String> STATES = Map.ofEntries(
            Map.entry("alabama", "al"),
            Map.entry("alaska", "ak"),
            Map.entry("arizona", "az"),
            Map.entry("arkansas", "ar"),
            Map.entry("california", "ca"),
            Map.entry("colorado", "co"),
            Map.entry("connecticut", "ct"),
            Map.entry("delaware", "de"),
            Map.entry("district of columbia", "dc"),
            Map.entry("florida", "fl"),
            Map.entry("georgia", "ga"),
            Map.entry("hawaii", "hi"),
            Map.entry("idaho", "id"),
            Map.entry("illinois", "il"),
            Map.entry("indiana", "in"),
            Map.entry("iowa", "ia"),
            Map.entry("kansas", "ks"),
            Map.entry("kentucky", "ky"),
            Map.entry("louisiana", "la"),
            Map.entry("maine", "me"),
            Map.entry("maryland", "md"),
            Map.entry("massachusetts", "ma"),
            Map.entry("michigan", "mi"),
            Map.entry("minnesota", "mn"),
            Map.entry("mississippi", "ms"),
            Map.entry("missouri", "mo"),
            Map.entry("montana", "mt"),
            Map.entry("nebraska", "ne"),
            Map.entry("nevada", "nv"),
            Map.entry("new hampshire", "nh"),
            Map.entry("new jersey", "nj"),
            Map.entry("new mexico", "nm"),
            Map.entry("new york", "ny"),
            Map.entry("north carolina", "nc"),
            Map.entry("north dakota", "nd"),
            Map.entry("ohio", "oh"),
            Map.entry("oklahoma", "ok"),
            Map.entry("oregon", "or"),
            Map.entry("pennsylvania", "pa"),
            Map.entry("rhode island", "ri"),
            Map.entry("south carolina", "sc"),
            Map.entry("south dakota", "sd"),
            Map.entry("tennessee", "tn"),
            Map.entry("texas", "tx"),
            Map.entry("utah", "ut"),
            Map.entry("vermont", "vt"),
            Map.entry("virginia", "va"),
            Map.entry("washington", "wa"),
            Map.entry("west virginia", "wv"),
            Map.entry("wisconsin", "wi"),
            Map.entry("wyoming", "wy"));

    private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})\\b.*");

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?");

    private static final Map<String, String> POPULATIONS =
            Map.of("lv", "likely voters", "rv", "registered voters", "v", "voters", "a", "adults");

    private static final List<String> OUT = List.of(
            "election",
            "scope",
            "pollster",
            "client",
            "fieldwork_start",
            "fieldwork_end",
            "published",
            "sample_size",
            "population",
            "option",
            "share",
            "citation",
            "notes",
            "poll_id",
            "mode");

    /** The file as pollcast's long CSV, and the notes of what was left out. */
    record Converted(SourceDocument doc, List<SkippedTable> skipped) {}

    private FiveThirtyEightCsv() {}

    /** Whether {@code head}'s first line is a FiveThirtyEight poll file's header. */
    static boolean looksLike(String head) {
        String first = head.lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
        List<String> names = List.of(first.replace("\"", "").split(",", -1)).stream()
                .map(String::strip)
                .toList();
        return names.containsAll(SIGNATURE);
    }

    /** The rows of {@code election}'s race, as a long CSV named as {@code doc} is. */
    static Converted toLong(SourceDocument doc, Election election) {
        if (election == null) {
            throw new BadInputException(doc.name() + ": a FiveThirtyEight poll file holds every state's, office's and"
                    + " cycle's polls: give --election to say which race's to read");
        }
        String area = election.area().toLowerCase(Locale.ROOT).strip();
        boolean national = !STATES.containsKey(area);
        Map<String, Skipped> skipped = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder();
        int written = 0;
        try (CsvTable table = CsvTable.open(doc);
                CSVPrinter printer = new CSVPrinter(
                        out,
                        CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            Map<String, Integer> col = new LinkedHashMap<>();
            List<String> header = table.header();
            for (int i = 0; i < header.size(); i++) {
                col.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
            }
            printer.printRecord(OUT);
            written = 1;
            for (CsvTable.Row row : table) {
                Cells c = new Cells(col, row.values());
                String why = leftOut(c, election, national ? null : area);
                if (why != null) {
                    skipped.computeIfAbsent(why, k -> new Skipped(row.line())).count++;
                    continue;
                }
                while (written < row.line() - 1) {
                    out.append('\n'); // blank lines are skipped: the row stays on its own line number
                    written++;
                }
                String candidate = c.get("candidate_name").isBlank() ? c.get("answer") : c.get("candidate_name");
                String population = c.get("population").strip().toLowerCase(Locale.ROOT);
                String notes = "FiveThirtyEight poll " + c.get("poll_id") + ", question " + c.get("question_id")
                        + (c.get("partisan").isBlank() ? "" : "; partisan: " + c.get("partisan"))
                        // A candidate's own poll, told as one (CampaignPolls): Moore Information's October 2022
                        // Georgia poll for Herschel Walker's campaign said only "partisan: REP"
                        + (c.get("sponsor_candidate").isBlank()
                                ? ""
                                : "; " + CampaignPolls.SPONSOR_NOTE
                                        + c.get("sponsor_candidate").strip())
                        + (c.get("notes").isBlank() ? "" : "; " + c.get("notes"));
                printer.printRecord(
                        election.id(),
                        scope(c, election),
                        c.get("pollster"),
                        c.get("sponsors"),
                        date(doc, row.line(), "start_date", c.get("start_date")),
                        date(doc, row.line(), "end_date", c.get("end_date")),
                        c.get("created_at").isBlank() ? "" : date(doc, row.line(), "created_at", c.get("created_at")),
                        c.get("sample_size"),
                        POPULATIONS.getOrDefault(population, c.get("population")),
                        candidate,
                        c.get("pct"),
                        c.get("url"),
                        notes,
                        "538-q" + c.get("question_id"),
                        c.get("methodology"));
                written++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<SkippedTable> notes = new ArrayList<>();
        skipped.forEach((why, s) -> notes.add(new SkippedTable(
                s.firstLine,
                s.count + (s.count == 1 ? " row" : " rows") + " (the first at line " + s.firstLine + ")",
                why)));
        return new Converted(SourceDocument.of(doc.name(), out.toString().getBytes(StandardCharsets.UTF_8)), notes);
    }

    /**
     * {@code polls} with a small answer the definition does not list counted in Other, as a page table's column of one
     * is ({@link SurveyPolls#unlistedInOther}): FiveThirtyEight's full-field questions name minor candidates a
     * definition may leave out (Claudia De la Cruz, 0.3% in national polls of 2024), and one such row refused the
     * poll, and with it the file. In a candidate's race too (a Senate race's Libertarian at 2%, where the definition
     * names the two parties' candidates): each answer is one the pollster asked, so a stranger is one of the others.
     */
    static RawPolls minorsInOther(RawPolls polls, PollNormaliser normaliser, List<SkippedTable> skipped) {
        // One placement a question: null for another race's, which the filter leaves out
        return polls.map(raw -> {
                    Optional<PollNormaliser.Placement> placed = normaliser.placement(raw);
                    if (placed.isEmpty()) {
                        return raw;
                    }
                    return anotherRace(raw, placed.get(), skipped)
                            ? null
                            : SurveyPolls.unlistedInOther(raw, placed.get(), true, true, skipped);
                })
                .filter(Objects::nonNull);
    }

    /**
     * Whether a question is another race's, noting so: one whose every answer is a stranger to the definition's
     * options (no word of a candidate's name, no slip of one) is another race's of the same state and day (Georgia's two
     * Senate seats in 2020 and their two run-offs of 5 January 2021), and is left out with a note. Read, its answers
     * refused the file as unknown candidates. A question naming a candidate, or a slip of one, is read, and a slip
     * refused saying which.
     */
    private static boolean anotherRace(RawPoll raw, PollNormaliser.Placement placed, List<SkippedTable> skipped) {
        if (raw.shares().isEmpty()
                || !raw.shares().stream().allMatch(s -> placed.options().stranger(s.name()))) {
            return false;
        }
        skipped.add(SkippedTable.at(
                raw.location(),
                "a question naming none of the definition's candidates ("
                        + String.join(
                                ", ", raw.shares().stream().map(RawShare::name).toList())
                        + "): another race of the same day"));
        return true;
    }

    /** Why a row is no poll of {@code election}'s race ({@code state} null for a national vote), or null when it is. */
    private static String leftOut(Cells c, Election election, String state) {
        String row = c.get("state").strip().toLowerCase(Locale.ROOT);
        if (state == null ? !row.isEmpty() : !(row.equals(state) || row.equals(STATES.get(state)))) {
            return state == null
                    ? "a state's polls, not the national vote's (the definition's area, " + election.area()
                            + ", names no state: a state's race says its state in `area`)"
                    : "polls of another state than " + election.area() + (row.isEmpty() ? " (national)" : "");
        }
        String day = c.get("election_date");
        if (!day.isBlank()) {
            LocalDate d = parse(day);
            // The second round's polls (stage "runoff") are its pair's: see scope()
            if (d == null || !(d.equals(election.date()) || d.equals(secondRound(election)))) {
                return "polls of another election day than " + election.date();
            }
        } else if (!c.get("cycle").isBlank()
                && !c.get("cycle")
                        .strip()
                        .equals(Integer.toString(election.date().getYear()))) {
            return "polls of another cycle than " + election.date().getYear();
        }
        String stage = c.get("stage").strip().toLowerCase(Locale.ROOT);
        boolean runoffDay = scope(c, election).equals("runoff");
        if (!stage.isEmpty() && !stage.equals("general") && !(runoffDay && stage.equals("runoff"))) {
            return "polls of a " + stage + ", not the general election";
        }
        if (truthy(c.get("hypothetical"))) {
            return "questions FiveThirtyEight marks hypothetical (a match-up with someone not running)";
        }
        if (truthy(c.get("ranked_choice_reallocated"))) {
            return "ranked-choice rounds reallocated after the first choices";
        }
        return null;
    }

    /** The day of {@code election}'s second round, or null where its lead contest has none. */
    private static LocalDate secondRound(Election election) {
        return election.lead().map(SingleWinnerContest::secondRound).orElse(null);
    }

    /**
     * The question a row answers: a row of the second round's day (Georgia's Senate run-offs, held weeks after a first
     * round under half) is the second round's poll of its pair, stored as a run-off. Left out as "polls of another
     * election day", the 2020 file's two Ossoff v Perdue run-off polls were skipped though the definition gave that day.
     */
    private static String scope(Cells c, Election election) {
        LocalDate d = parse(c.get("election_date"));
        return d != null && d.equals(secondRound(election)) && !d.equals(election.date()) ? "runoff" : "first_pref";
    }

    private static boolean truthy(String s) {
        return s.strip().equalsIgnoreCase("true");
    }

    /** An m/d/yy (or m/d/yyyy) date, a time after it allowed, as ISO; a cell that is none is refused by line. */
    private static String date(SourceDocument doc, int line, String column, String cell) {
        LocalDate d = parse(cell);
        if (d == null) {
            throw new BadInputException(doc.name() + ":" + line + ": field '" + column + "': '" + cell
                    + "' is no date as FiveThirtyEight writes them (month/day/year, 10/27/24)");
        }
        return d.toString();
    }

    private static LocalDate parse(String cell) {
        Matcher iso = ISO_DATE.matcher(cell.strip());
        if (iso.matches()) {
            try {
                return LocalDate.parse(iso.group(1)); // the New York Times' election_date: 2026-11-03
            } catch (DateTimeException e) {
                return null;
            }
        }
        Matcher m = US_DATE.matcher(cell.strip());
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(3));
        try {
            return LocalDate.of(
                    year < 100 ? 2000 + year : year, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A row's cells by column name; a column the file lacks reads as blank. */
    private record Cells(Map<String, Integer> col, List<String> values) {
        String get(String name) {
            Integer i = col.get(name);
            return i == null || i >= values.size() ? "" : values.get(i);
        }
    }

    private static final class Skipped {
        final int firstLine;
        int count;

        Skipped(int firstLine) {
            this.firstLine = firstLine;
        }
    }
}
