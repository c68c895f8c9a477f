package org.pollcast.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.pollcast.BadInputException;
import org.pollcast.election.Scope;

/**
 * The polls of a wide CSV (one row per poll, a column per option), read as they are asked for. Besides rows of
 * polls it reads what a published table keeps when it is copied into a spreadsheet and saved as CSV, as the
 * HTML reader reads the page itself:
 * <ul>
 * <li>header lines under the first ({@code ,,,,Khan,Hall} under {@code Pollster,Client,...,Labour,Conservative}),
 * and column groups ({@code First round,,,,Second round,,} over the candidates' names): see {@link WideHeader};
 * <li>a line of one cell: a year divider ({@code 2024}, {@code 2016 polls}: see {@link TableText#dividerYear}) that
 * dates the polls below it whose dates give no year, a section line that names a ballot ({@code Constituency vote},
 * {@code London-wide list vote}: see {@link ScopeWords#ofSectionRow}) for the lines below it that name none, or a
 * note; none is a poll;
 * <li>the election's result printed among the polls ({@code Election results,,2 May 2024,...}), which is no poll;
 * <li>a poll's further line, whose pollster and date cells are blank because the page's cells span both lines
 * ({@code rowspan}): it is the same survey, with the pollster, client, dates and sample of the line above, and gives
 * that survey's other ballot ({@code ,,,,List,45%,29%,...} under a {@code Vote} or {@code Ballot} column) or, when it
 * names no scope and holds exactly two figures, its run-off, as the HTML reader reads the page's second lines (under
 * a run-off line, another pairing the survey asked: a run-off of its own pair). A first line of blanks above it (a
 * survey that published only its run-off) is no poll. Under the election's result it is
 * the result's further line, no poll either.
 * </ul>
 * Cells lose their footnote markers ({@code Savanta[2]}) as the page's do (see {@link TableText}).
 *
 * <p>A row gives one poll per group that names a scope and holds figures, with that scope, and one of the columns
 * under no such group: a row of a table with {@code First round} and {@code Second round} groups is the survey's
 * first-preference poll and its run-off, which share pollster, client, dates and sample, as the HTML reader reads
 * the page's row. A group of blanks and dashes gives no poll (a survey that published only its head-to-head gives its
 * run-off alone); a row with no figures at all is one poll, which validation refuses.
 */
final class WideCsvPolls implements RawPolls {
    private final String source;
    private final CsvTable table;
    private final CsvPollReader.Layout layout;
    private final WideHeader header;
    private final Iterator<CsvTable.Row> rows;
    private final Deque<RawPoll> pending = new ArrayDeque<>();
    private WideHeader.Settled columns;
    /** The option columns of each poll a row gives: one list per scope its groups name, in column order. */
    private List<List<WideHeader.Option>> pollColumns;

    /** The last line that gave polls or was a blank first line, with the cells its further lines take. */
    private CsvTable.Row lastPollRow;
    /** Whether the last line read was the election's result, whose further line is no poll either. */
    private boolean lastWasResult;
    /** A line with no figures, held until the next line shows whether it is a run-off-only survey's first line. */
    private RawPoll heldBlank;

    /** The pollster and date columns a further line leaves blank, found once the header is settled. */
    private int[] identityColumns = new int[0];
    /** The columns a further line gives its own (options and scope): not taken from the line above. */
    private Set<Integer> ownColumns = Set.of();
    /** The survey's lines of a table that prints each survey's count round by round (see {@link CountRounds}). */
    private final CountRounds countRounds = new CountRounds();
    /** The scope the last section line named ("List vote"), for the lines below it that name none. */
    private Scope sectionScope;

    private Integer year;
    /** The year of the last divider line (null before one): what a rejects file repeats above a rejected row. */
    private Integer dividerYear;

    /** The rejects file's {@value RejectsCsv#REASON} column, or -1. */
    private final int reasonColumn;

    private static int reasonColumn(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            if (Columns.normalise(header.get(i)).equals(RejectsCsv.REASON)) {
                return i;
            }
        }
        return -1;
    }

    WideCsvPolls(String source, CsvTable table, CsvPollReader.Layout layout, Integer contextYear) {
        this.source = source;
        this.table = table;
        this.layout = layout;
        this.header = new WideHeader(table);
        this.reasonColumn = reasonColumn(table.header());
        this.year = contextYear;
        this.rows = table.iterator();
    }

    @Override
    public boolean hasNext() {
        while (pending.isEmpty() && rows.hasNext()) {
            pending.addAll(polls(rows.next()));
        }
        if (pending.isEmpty() && heldBlank != null) {
            pending.add(heldBlank); // a blank line with nothing under it: validation says it has no figures
            heldBlank = null;
        }
        if (columns == null) {
            settle(); // a file of header lines alone: its groups are still checked
        }
        return !pending.isEmpty();
    }

    @Override
    public RawPoll next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return pending.removeFirst();
    }

    @Override
    public void close() {
        table.close();
    }

    /** The polls of {@code row}: none for a line that is no poll (a header line, a divider, a note, the result). */
    private List<RawPoll> polls(CsvTable.Row row) {
        if (columns == null && header.absorb(row)) {
            return List.of();
        }
        if (columns == null) {
            settle();
        }
        columns.unnamed().forEach((col, group) -> {
            if (!row.get(col).isBlank()) {
                throw new BadInputException(source + ":" + row.line() + ": column " + (col + 1)
                        + (group.isEmpty() ? "" : " (under '" + group + "')") + " has a value but no header");
            }
        });
        List<String> filled = filled(row);
        boolean further = filled.size() > 0 && isFurtherLine(row);
        List<RawPoll> out = new ArrayList<>(2);
        if (heldBlank != null && !further) {
            out.add(heldBlank);
        }
        heldBlank = null;
        if (further && lastWasResult) {
            return out; // the result's further line (its other ballot, its second round)
        }
        boolean continues = further && lastPollRow != null;
        if (!continues) {
            lastPollRow = null;
        }
        Integer sampleColumn = layout.meta().get("sample_size");
        // A further line naming its own population in its sample cell ("1,003 (RV)") is the survey among other
        // voters: its two figures are the two candidates' there, no run-off (a two-party race prints no others).
        boolean ownPopulation = continues
                && sampleColumn != null
                && PollNormaliser.namesPopulation(TableText.clean(row.get(sampleColumn)));
        out.addAll(countRounds.read(
                pollsOfLine(continues ? withCellsAbove(row) : row, filled, continues, ownPopulation), continues));
        return out;
    }

    /**
     * The row's non-blank cells, but for a rejects file's reason: its year divider line carries a reason too, and
     * is still a line of one cell.
     */
    private List<String> filled(CsvTable.Row row) {
        List<String> values = row.values();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (i != reasonColumn && !values.get(i).isBlank()) {
                out.add(values.get(i));
            }
        }
        return out;
    }

    /**
     * True for a copied table's line that tells of an event between polls: a date, then one cell of words and nothing
     * else ({@code 12 Oct 2024,"Alex Salmond, former First Minister and leader of the Alba Party, dies",,,,}), where the
     * page's cell of words spans the party columns (see {@link HtmlColumns#isEventRow}) and the copy keeps it in the
     * first column of its span. Read as a poll, its words were the pollster and the line was refused for its blank
     * figures, with every poll of the file. Words are at least {@value #EVENT_WORDS} words of letters: a line of a date
     * and a pollster alone ({@code 12 Oct 2024,Norstat}) is a poll missing its figures, and is still refused so.
     */
    private boolean isEventLine(List<String> filled) {
        if (filled.size() != 2) {
            return false;
        }
        String date = layout.slashDates().apply(TableText.clean(filled.get(0)));
        String words = TableText.clean(filled.get(1));
        return FieldworkDates.parse(date, year == null ? ANY_YEAR : year).isPresent()
                && !PollShares.isNotReported(words)
                && !words.matches(".*\\d\\s*%.*")
                && WORD.matcher(words).results().count() >= EVENT_WORDS;
    }

    /**
     * The fewest words an event's cell has ("Russell Findlay is elected leader of the Scottish Conservatives"), more
     * than a pollster's name with its client ("Panelbase/Scot Goes Pop").
     */
    private static final int EVENT_WORDS = 5;

    /** A leap year, for telling whether a cell without its year ("29 Feb") is a date at all. */
    private static final int ANY_YEAR = 2000;

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}{2,}");

    /**
     * True when the row's pollster and date cells are all blank: on the page they are the cells of the line above,
     * spanning both lines.
     */
    private boolean isFurtherLine(CsvTable.Row row) {
        for (int col : identityColumns) {
            if (!row.get(col).isBlank()) {
                return false;
            }
        }
        if (identityColumns.length == 0 || columns == null) {
            return false;
        }
        // A line the page spans from the one above names its own ballot, gives a run-off's two figures, or gives the
        // survey's figures again among another population (an American table's registered voters under its likely
        // voters, "1,003 (RV)" in its own sample cell). The copy keeps the spanning cells in the top line only. A line
        // of a whole poll's figures used to be refused as missing its pollster: read as the survey above, it is one
        // version of it (see SurveyPopulations) or, with nothing to tell the two apart, that poll with other figures.
        return true;
    }

    /**
     * The field a further line's polls carry: the line whose pollster and dates they took, for the message when they
     * then give other figures for the same poll.
     */
    static final String CARRIED_FROM = "carried_from";

    /** The fields whose cells a further line of a poll leaves blank: the page's cells span both lines. */
    private static final List<String> FURTHER_LINE_BLANKS =
            List.of("pollster", "pollster_client", "dates", "fieldwork_start", "fieldwork_end", "published");

    /** {@code row} with its blank cells outside the option and scope columns taken from the line above. */
    private CsvTable.Row withCellsAbove(CsvTable.Row row) {
        List<String> values = new ArrayList<>(row.values());
        for (int c = 0; c < lastPollRow.values().size(); c++) {
            if (ownColumns.contains(c)) {
                continue;
            }
            while (values.size() <= c) {
                values.add("");
            }
            if (values.get(c).isBlank()) {
                values.set(c, lastPollRow.get(c));
            }
        }
        return new CsvTable.Row(row.line(), values);
    }

    /**
     * The polls of one line; {@code further} says it is a further line of the poll above (its cells completed from
     * it), {@code ownPopulation} that its own sample cell names whom it asked (it is then never the run-off).
     */
    private List<RawPoll> pollsOfLine(CsvTable.Row row, List<String> filled, boolean further, boolean ownPopulation) {
        if (filled.size() == 1) {
            Integer divider = TableText.dividerYear(TableText.clean(filled.get(0)));
            if (divider != null) {
                year = divider;
                dividerYear = divider;
            }
            Scope section = ScopeWords.ofSectionRow(TableText.clean(filled.get(0)));
            if (section != null) {
                sectionScope = section; // "Constituency vote": the lines below are that ballot's, as on the page
            }
            lastWasResult = false;
            return List.of();
        }
        Map<String, RawPoll.RawField> fields = CsvPollReader.fields(table, row, layout, year);
        lastWasResult = TableText.isResultLabel(CsvPollReader.value(fields, "pollster"))
                || TableText.isResultLabel(row.get(layout.dates()).trim());
        if (lastWasResult) {
            lastPollRow = null;
            return List.of();
        }
        if (isEventLine(filled)) {
            lastPollRow = null;
            return List.of();
        }
        // Under the survey's run-off line, a line of two figures is another pairing the survey asked (Macron v Le Pen,
        // then Macron v Mélenchon): a run-off of its own pair, which the store keeps apart by that pair.
        boolean nextRound = further
                && !ownPopulation
                && CsvPollReader.value(fields, "scope").isEmpty();
        if (further) { // a further line always follows a poll line (the caller says so only then)
            fields = new LinkedHashMap<>(fields);
            fields.put(
                    CARRIED_FROM,
                    new RawPoll.RawField(
                            Integer.toString(lastPollRow.line()), "line above", Location.line(row.line())));
        }
        Location at = Location.line(row.line());
        SourceRows sourceRows =
                new SourceRows(columns.labels(), List.of(new SourceRows.Row(at, row.values())), dividerYear);
        List<RawPoll> polls = new ArrayList<>(pollColumns.size());
        List<RawShare> all = new ArrayList<>(columns.options().size());
        for (List<WideHeader.Option> group : pollColumns) {
            List<RawShare> shares = new ArrayList<>(group.size());
            for (WideHeader.Option o : group) {
                shares.add(new RawShare(o.leaf(), TableText.clean(row.get(o.column())), o.label(), at));
            }
            all.addAll(shares);
            if (shares.stream().allMatch(s -> PollShares.isNotReported(s.value()))) {
                continue;
            }
            WideHeader.Option first = group.get(0);
            Map<String, RawPoll.RawField> f = fields;
            for (WideHeader.Option dk : columns.dontKnow()) {
                if (Objects.equals(dk.scope(), first.scope())) {
                    f = new LinkedHashMap<>(f);
                    // "Blank/Null" and "Undecided" beside it: those casting no valid vote, one figure of the two.
                    f.merge(
                            "dont_know",
                            new RawPoll.RawField(TableText.clean(row.get(dk.column())), dk.label(), at),
                            PollShares::together);
                }
            }
            if (first.scope() != null) {
                f = new LinkedHashMap<>(f);
                f.put("scope", new RawPoll.RawField(first.scope().code(), first.group(), at));
            } else if (nextRound && reported(shares) == 2) {
                f = new LinkedHashMap<>(f);
                f.put("scope", new RawPoll.RawField(Scope.RUNOFF.code(), SecondLines.COLUMN, at));
            } else if (sectionScope != null
                    && CsvPollReader.value(fields, "scope").isEmpty()) {
                f = new LinkedHashMap<>(f);
                f.put("scope", new RawPoll.RawField(sectionScope.code(), "section line", at));
            }
            polls.add(new RawPoll(at, f, shares, sourceRows, List.of()));
        }
        lastPollRow = row;
        if (polls.isEmpty()) {
            RawPoll blank = new RawPoll(at, fields, all, sourceRows, List.of());
            if (!further) {
                heldBlank = blank; // a run-off-only survey's first line, if a further line follows
                return List.of();
            }
            polls.add(blank);
        }
        return polls;
    }

    private static long reported(List<RawShare> shares) {
        return shares.stream()
                .filter(sh -> !PollShares.isNotReported(sh.value()))
                .count();
    }

    /** Settles the header: the columns, and which of them make each poll of a row. */
    private void settle() {
        columns = header.columns();
        identityColumns = FURTHER_LINE_BLANKS.stream()
                .mapToInt(table::column)
                .filter(c -> c >= 0)
                .toArray();
        Set<Integer> own = new HashSet<>();
        columns.options().forEach(o -> own.add(o.column()));
        columns.dontKnow().forEach(o -> own.add(o.column()));
        own.add(table.column("scope"));
        own.add(table.column(CountRounds.FIELD));
        ownColumns = Set.copyOf(own);
        Map<Scope, List<WideHeader.Option>> byScope = new LinkedHashMap<>();
        for (WideHeader.Option o : columns.options()) {
            byScope.computeIfAbsent(o.scope(), k -> new ArrayList<>()).add(o);
        }
        pollColumns = List.copyOf(byScope.values());
    }
}
