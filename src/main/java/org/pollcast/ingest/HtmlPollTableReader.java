package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.pollcast.Printable;
import org.pollcast.election.Scope;

/**
 * Reads poll tables in the layout of encyclopedia "Opinion polling for ..." pages ({@code table.wikitable}):
 * multi-row headers with {@code colspan} groups ("First round", "Second round"), candidate or party header
 * cells (often links, with a row of colour cells beneath), {@code rowspan} cells shared between lines,
 * footnote markers, {@code %} signs, "–" for not asked, lead columns, result and note rows to skip, dates whose
 * year comes from the cell, the row, or the table's titles (see {@link TableTitles#yearText}), and the contest
 * ("London Assembly") or scope ("List vote") that its titles name (title rows, caption, title line, headings: see
 * {@link TableTitles}), or that the table's run-off lines imply.
 *
 * <p>It reads polling sites' tables too (UK Polling Report's "London Mayor 2012"): a header written as a first row
 * of bold {@code td} cells, a bold line above the table as its title ("Projected Second Round Result" makes its
 * rows run-offs), "Survey" for pollster/client, "End Date" alone, {@code dd/mm/yy} dates (see {@link
 * TwoDigitYear}), "Johnson (%)" headers and a "Johnson Lead" column to ignore.
 *
 * <p>A poll's run-off may be a second line under the first (under a first line of blanks when the survey published
 * only its run-off): its pollster and date cells span both lines and
 * nothing else names the round. That line, when it gives exactly two shares, is the run-off (where the contest has a
 * second round: under first past the post it is the survey on another base, see {@link SecondLines}), unless a sample cell of
 * its own names its population ({@code 794 (RV)}: the survey among registered voters, see {@link SurveyPopulations});
 * with any other number it keeps the scope of the line above, and the two then meet as one poll with other figures,
 * an error. A further line of two shares under the run-off line is another run-off pairing of the survey, stored as a
 * poll of its own pair ({@link org.pollcast.poll.PollKey}); the same pair again meets the first as one poll with other
 * figures.
 *
 * <p>Tables without a pollster column, a date column and at least one option column are not poll tables and
 * are passed over (a page also has candidate lists and results tables). A poll table under a heading or caption
 * that says it is hypothetical polls another ballot than the election's, and is skipped with a note.
 */
final class HtmlPollTableReader {
    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20\\d{2})\\b");
    /**
     * A year followed, in the same sentence, by "election" ("2008 London mayoral election"), or "election" followed
     * by a year (the older "London mayoral election, 2012"): the page's election year.
     */
    private static final Pattern ELECTION_YEAR =
            Pattern.compile("(?i)\\b((?:19|20)\\d{2})\\b[^.]*\\belection|\\belection,?\\s+((?:19|20)\\d{2})\\b");
    /** "London Mayor 2012", as a polling site titles its page of one election's polls. */
    private static final Pattern MAYOR_YEAR =
            Pattern.compile("(?i)\\bmayor(?:al|alty)?(?:\\s+election)?,?\\s+((?:19|20)\\d{2})\\b");

    /** The fields that say which poll a row is: a second line of a poll shares these cells with the first. */
    private static final Set<String> IDENTITY_FIELDS =
            Set.of("pollster", "pollster_client", "client", "dates", "fieldwork_end");

    /** The cells a spanless copy leaves blank where the page spanned them from the line above: never a figure. */
    private static final Set<String> SPANNED_BLANKS = Set.of(
            "pollster",
            "pollster_client",
            "client",
            "dates",
            "fieldwork_end",
            "fieldwork_start",
            "published",
            "sample_size",
            "population",
            "mode");

    /**
     * The longest page read, in characters: a saved encyclopedia page of polls is a few million; the parsed
     * document takes several times its text.
     */
    static final int MAX_PAGE_CHARS = 32 << 20;

    private HtmlPollTableReader() {}

    /**
     * What a page gave: its polls, what was wrong with it as a whole, and the poll tables left out (each with
     * why), in page order.
     */
    record Page(List<RawPoll> polls, List<Problem> problems, List<SkippedTable> skipped) {}

    /**
     * Reads {@code doc}. {@code optionName} says whether a header may name a candidate or party (see {@link
     * HtmlColumns#of}).
     */
    static Page read(SourceDocument doc, Integer electionYear, Predicate<String> optionName) {
        return read(doc.name(), doc.text(MAX_PAGE_CHARS), electionYear, optionName);
    }

    /**
     * Reads the page {@code html}, named {@code source} in messages: a saved page, or one rebuilt from its source
     * text ({@link WikitextPage}, {@link MarkdownPage}), whose rows carry the line they were written on.
     */
    static Page read(String source, String html, Integer electionYear, Predicate<String> optionName) {
        List<Problem> problems = new ArrayList<>();
        List<SkippedTable> skipped = new ArrayList<>();
        // Positions are tracked to tell a table closed by its own </table> from one the page stopped inside.
        Document page =
                Jsoup.parse(html, "", org.jsoup.parser.Parser.htmlParser().setTrackPosition(true));
        RowCitation.markFootnotes(page);
        // A collapsible list's show/hide button (in a page saved from the browser, where the page's script added it)
        // is no text of its cell: "2% show" would not be the Others figure, nor "Pollster hide" a column's label.
        page.select("sup.reference, sup.noprint, span.sortkey, style, script, .mw-ref, .reference,"
                        + " .mw-collapsible-toggle")
                .remove();
        // A hidden sort key (`<span style="display:none">2024-04-29</span>25–29 Apr 2024`, as older sort templates
        // write it) is no text the reader sees: kept, it ran into the date ("2024-04-2925–29 Apr 2024") or a share.
        page.select("[style~=(?i)display\\s*:\\s*none]").remove();
        List<Element> tables = page.select("table.wikitable");
        if (tables.isEmpty()) {
            tables = page.select("table");
        }
        Map<Element, TableTitles> titles = TableTitles.of(page, tables);
        Map<Element, String> exitPollShading = ExitPollShading.of(page, tables);
        PageTitle pageTitle = electionYearOfPage(page);
        String pageContest = contestOfPage(page);
        List<RawPoll> polls = new ArrayList<>();
        int pollTables = 0;
        TableGrid.Budget budget = new TableGrid.Budget(source);
        // Why each table was not read as a poll table: said when none is, so the user knows what the reader wanted.
        List<String> unread = new ArrayList<>();
        // Tables titled as seat projections, left out while another poll table is read (the Scottish page's
        // projections under its polls); read when the page has no other (Israel's, whose firms publish seats only).
        Map<Integer, List<List<TableGrid.Cell>>> seatTitled = new java.util.LinkedHashMap<>();
        List<SkippedTable> seatTitledNotes = new ArrayList<>();
        boolean readSeatTitled = false;
        int unnamedTables = 0;
        List<Integer> order =
                java.util.stream.IntStream.range(0, tables.size()).boxed().toList();
        for (int pass = 0; pass < 2; pass++) {
            if (pass == 1) {
                // A table of shares left out for its unnamed columns is still the page's poll table: its seat
                // projections are no stand-in for it.
                if (pollTables > 0 || unnamedTables > 0 || seatTitled.isEmpty()) {
                    break;
                }
                skipped.removeAll(seatTitledNotes);
                readSeatTitled = true;
                order = List.copyOf(seatTitled.keySet());
            }
            for (int t : order) {
                Element table = tables.get(t);
                List<List<TableGrid.Cell>> grid =
                        readSeatTitled ? seatTitled.get(t) : TableGrid.of(table, t + 1, budget);
                HtmlColumns.Header header = HtmlColumns.header(grid, optionName);
                if (header.none() || header.end() == grid.size()) {
                    unread.add("table " + (t + 1)
                            + (header.none()
                                    ? " has no header row of column labels"
                                    : " has no rows under its header"));
                    continue;
                }
                List<HtmlColumns.Column> columns = HtmlColumns.of(
                        grid.subList(header.start(), grid.size()), header.end() - header.start(), optionName);
                int unnamed = HtmlColumns.unnamedShareColumns(
                        grid.subList(header.start(), grid.size()), header.end() - header.start(), columns);
                if (unnamed >= 2) {
                    unnamedTables++;
                    // Read by its named columns alone, every poll of such a copy was one of its few parties named in
                    // text; with none named, the table was said to have no party column, which sent the reader to the
                    // wrong page.
                    skipped.add(new SkippedTable(
                            t + 1,
                            // The Serbian trial's copy had no logos: its second header line named the parties
                            // under three groups of the first, which a copy without spans cannot place.
                            unnamed + " of its columns hold figures under no heading (party logos this copy of the"
                                    + " page drops, or names on a second header line it cannot place under the"
                                    + " groups above them): which party each figure is cannot be read, so it is left"
                                    + " out; read the page itself or its wikitext"));
                    continue;
                }
                if (!HtmlColumns.isPollTable(columns)) {
                    unread.add("table " + (t + 1) + " (" + HtmlColumns.labels(columns) + ") has no "
                            + HtmlColumns.missing(columns) + " column");
                    continue;
                }
                TableTitles title = titles.get(table);
                Optional<String> hypothetical = title.hypothetical(header.title());
                // A table of two options ungrouped by round (a referendum's Remain and Leave) has no later round to
                // print: a second line of one survey is that vote again on another base or population, not a run-off.
                boolean twoOptionsOnly =
                        columns.stream().filter(HtmlColumns.Column::isOption).count() == 2
                                && columns.stream()
                                        .filter(HtmlColumns.Column::isOption)
                                        .allMatch(c -> ScopeWords.ofLabel(c.group()) == null);
                // A hypothetical table of two names is read as run-off polls of the pair, kept only where its election
                // counts its lead in two rounds and both stand (HypotheticalRunoffs); any other is left out here.
                boolean pairTable = hypothetical.isPresent() && twoOptionsOnly;
                if (hypothetical.isPresent() && !pairTable) {
                    skipped.add(new SkippedTable(t + 1, hypothetical.get() + " calls it hypothetical polling"));
                    continue;
                }
                Optional<String> seats = title.seatProjection(header.title());
                if (seats.isPresent() && !readSeatTitled) {
                    seatTitled.put(t, grid);
                    SkippedTable note =
                            new SkippedTable(t + 1, seats.get() + " says its figures are seats, not shares");
                    seatTitledNotes.add(note);
                    skipped.add(note);
                    continue;
                }
                Optional<String> raw = title.rawPreferences(header.title());
                if (raw.isPresent()) {
                    skipped.add(
                            new SkippedTable(
                                    t + 1,
                                    raw.get()
                                            + " says its figures are raw answers of everyone asked, not an estimate of the vote"));
                    continue;
                }
                pollTables++;
                org.jsoup.nodes.Range end = table.endSourceRange();
                if (!end.isTracked() || end.isImplicit()) {
                    // A page saved or downloaded part-way: its last row may stop after a few figures, which would be
                    // stored as a partial poll (a CSV's unended last line is refused for the same reason).
                    problems.add(new Problem(
                            source,
                            Location.tableRow(t + 1, grid.size()),
                            null,
                            "the page stops inside this poll table (it has no closing </table> tag), so its last row may"
                                    + " be cut short: the file was saved or downloaded part-way; save the whole page"
                                    + " again"));
                    continue;
                }
                // With no year anywhere over the table, the election's: given (--election), else the page title's
                // ("Opinion polling for the 2022 Brazilian general election" over a "Second round" table of "28–29
                // Oct").
                Integer year = lastYear(
                        title.yearText(header.title()),
                        electionYear != null || pageTitle == null ? electionYear : Integer.valueOf(pageTitle.year()));
                boolean yearAssumed = lastYear(title.yearText(header.title()), null) == null;
                Scope tableScope = pairTable ? Scope.RUNOFF : title.scope(header.title());
                Scope rowsScope = tableScope; // until a section row across the table names another
                List<RawPoll> above = List.of();
                // The line above gave no figures (a survey that published only its run-off prints a blank first
                // round over it): its next line, spanning its pollster and date cells, is still that poll's next round.
                boolean blankAbove = false;
                String tableContest = title.contest(header.title());
                List<RawPoll> tablePolls = new ArrayList<>();
                List<Integer> pollRows = new ArrayList<>();
                CountRounds countRounds = new CountRounds();
                SlashDateOrder slashDates = slashDates(grid, header.end(), columns, t + 1);
                List<Element> rows = table.select(TableGrid.ROWS);
                ShiftedCells.RemainderColumn remainder = table.hasAttr(PageMarkup.SPANLESS_TABLE)
                        ? ShiftedCells.remainderColumn(grid.subList(header.end(), grid.size()), columns)
                        : null;
                boolean leadsPrinted = ShiftedCells.leadsPrinted(grid.subList(header.end(), grid.size()), columns);
                for (int r = header.end(); r < grid.size(); r++) {
                    grid.set(r, HtmlColumns.withMissingSampleCell(grid.get(r), columns));
                    // Under a line read as no poll too (a result's "Valid votes" line, whose "Total votes" line a
                    // copy prints with its spanned cells blank): taken as a poll, it was refused as one with no firm.
                    if (table.hasAttr(PageMarkup.SPANLESS_TABLE) && (!above.isEmpty() || blankAbove)) {
                        grid.set(r, blanksSpanned(grid.get(r), grid.get(r - 1), columns));
                    }
                    List<TableGrid.Cell> row = grid.get(r);
                    Location at = rowLocation(rows, t + 1, r);
                    boolean continues = continuesPollAbove(row, grid.get(r - 1), columns);
                    boolean sameSample = continues && !ownPopulation(row, grid.get(r - 1), columns);
                    boolean runoffAbove =
                            above.stream().anyMatch(p -> Scope.RUNOFF.code().equals(p.value("scope")));
                    boolean nextRound =
                            sameSample && !twoOptionsOnly && (blankAbove || (!above.isEmpty() && !runoffAbove));
                    // A line of two figures under the survey's run-off line is another pairing it asked (Macron v Le
                    // Pen, then Macron v Mélenchon): a run-off of its own pair, which the store keeps apart by that
                    // pair.
                    boolean anotherPairing = sameSample && runoffAbove;
                    above = List.of();
                    blankAbove = false;
                    if (HtmlColumns.isOneCell(row)) {
                        Integer divider = TableText.dividerYear(row.get(0).text());
                        if (divider != null) {
                            year = divider; // a year divider row between blocks of polls
                            yearAssumed = false;
                        }
                        Scope section = ScopeWords.ofSectionRow(row.get(0).text());
                        if (section != null) {
                            rowsScope = section; // "Constituency vote", "London-wide list vote": a section of the table
                        }
                        continue;
                    }
                    if (row.stream().allMatch(TableGrid.Cell::header) || HtmlColumns.isEventRow(row, columns)) {
                        continue; // a repeated header row, or an event between polls ("4 May 2021 | BBC debate")
                    }
                    if (r < rows.size() && rows.get(r).hasAttr(PageMarkup.CUT_ROW)) {
                        // A stored copy saved part-way (MarkdownPage): read as it is, the row would be a poll of the
                        // few parties before the cut, and refused it refused the whole page, though the cut is the
                        // copy's, not the table's (most mirrors' stored copies of the Norwegian and Finnish tables end
                        // so).
                        skipped.add(SkippedTable.at(
                                at,
                                "the copy ends inside this row (" + rows.get(r).attr(PageMarkup.CUT_ROW)
                                        + " cells): its last figure may be cut too, so it is no poll"));
                        continue;
                    }
                    if (r < rows.size() && rows.get(r).hasAttr(PageMarkup.SPLIT_ROW)) {
                        // A text mirror printing each cell on a line of its own (MarkdownPage): which figure is under
                        // which party cannot be told from the copy, so the row is no poll, said so, where it was stored
                        // as a poll of its first party alone.
                        skipped.add(SkippedTable.at(
                                at,
                                "the copy prints this row over several lines ("
                                        + rows.get(r).attr(PageMarkup.SPLIT_ROW)
                                        + " cells on its first): its figures cannot be placed under the header's"
                                        + " parties, so it is no poll; read the page itself, or a copy that prints a"
                                        + " row to a line"));
                        continue;
                    }
                    if (r < rows.size() && ExitPollShading.shaded(rows.get(r), exitPollShading.get(table))) {
                        skipped.add(SkippedTable.at(
                                at,
                                "it is shaded as the page's legend marks an exit poll: asked as people voted, no poll"
                                        + " before the vote"));
                        continue;
                    }
                    // A copy that lost a cell after the candidates' (the lead printed among the undecided): the
                    // candidates' figures are read, what they leave is not.
                    ShiftedCells.Unread leftUnread = ShiftedCells.leadUnderRemainder(row, columns, leadsPrinted);
                    above = countRounds.read(
                            pollsOfRow(
                                    leftUnread == null ? row : leftUnread.blanked(row),
                                    columns,
                                    at,
                                    new RowContext(
                                            year,
                                            yearAssumed,
                                            pageTitle,
                                            rowsScope,
                                            tableContest,
                                            nextRound || anotherPairing,
                                            slashDates),
                                    skipped),
                            continues);
                    if (leftUnread != null) {
                        above = above.stream()
                                .map(p -> p.withNote(leftUnread.why(), "row"))
                                .toList();
                    }
                    ShiftedCells.Shift shiftedByLead = leftUnread != null ? null : ShiftedCells.of(row, columns);
                    if (shiftedByLead == null && r < rows.size() && rows.get(r).hasAttr(PageMarkup.SHORT_ROW)) {
                        // A poll whose copy lost a cell, with no lead to tell which: its figures under the header's
                        // parties in order would each be a party out (review: FindOutNow's Senedd row without its
                        // Green cell stored the Liberal Democrats' 7 as the Greens' and Reform's 29 as theirs).
                        int kept = row.size();
                        shiftedByLead = new ShiftedCells.Shift(
                                kept < columns.size()
                                        ? columns.get(kept).leaf()
                                        : columns.get(columns.size() - 1).leaf(),
                                "the copy prints this row a cell short ("
                                        + rows.get(r).attr(PageMarkup.SHORT_ROW)
                                        + " cells, the next row's date where a figure belongs): which figure is under"
                                        + " which party cannot be told; give the row as the page prints it");
                    }
                    if (r < rows.size() && rows.get(r).hasAttr(PageMarkup.UNSPLIT_ROW)) {
                        // A text table's line that does not split into the header's cells (SpacedTable): its
                        // figures cannot be placed, whatever a lead says.
                        shiftedByLead = new ShiftedCells.Shift(
                                columns.get(0).leaf(), rows.get(r).attr(PageMarkup.UNSPLIT_ROW));
                    }
                    if (shiftedByLead == null && remainder != null) {
                        shiftedByLead = remainder.of(row);
                    }
                    ShiftedCells.Shift shifted = shiftedByLead;
                    if (shifted != null) {
                        above = above.stream()
                                .map(p -> withProblem(p, source, shifted))
                                .toList();
                    }
                    if (spansPollAbove(row, grid.get(r - 1), columns)) {
                        above = above.stream()
                                .map(HtmlPollTableReader::furtherLine)
                                .toList();
                    }
                    blankAbove = above.isEmpty() && !nextRound;
                    if (!above.isEmpty()) {
                        pollRows.add(r - header.end());
                    }
                    tablePolls.addAll(above);
                }
                ShiftedCells.Shift shortOfAverage =
                        ShiftedCells.shortOfAverage(grid.subList(header.end(), grid.size()), pollRows, columns);
                if (shortOfAverage != null) {
                    tablePolls = tablePolls.stream()
                            .map(p -> PollAverages.isAverage(p.value("pollster"))
                                    ? p // the average itself is left out as one (PollNormaliser), not refused
                                    : withProblem(p, source, shortOfAverage))
                            .toList();
                }
                if (pairTable) {
                    tablePolls = tablePolls.stream()
                            .map(p -> marked(p, hypothetical.get() + " calls it hypothetical polling"))
                            .toList();
                }
                // A table printed in seats (the Netherlands' polls, of 150): its rows, partial ones too, are read as
                // seats against the contest's house when normalised (SeatFigures), not refused one by one as shares
                // over 102.
                Integer seatTotal = SeatFigures.tableTotal(tablePolls);
                if (seatTotal != null) {
                    tablePolls = SeatFigures.marked(tablePolls, seatTotal);
                }
                polls.addAll(tableContest == null ? withBallotsContest(tablePolls, pageContest) : tablePolls);
            }
        }
        if (pollTables == 0) {
            problems.add(new Problem(
                    source,
                    Location.wholeSource(),
                    null,
                    skipped.isEmpty()
                            ? "no poll table found" + titled(page) + ": " + notPollTables(unread)
                            : noTableOfTheElection(skipped)));
        }
        return new Page(polls, problems, skipped);
    }

    /** The first range a row printed, as printed: "30–35". */
    private static String firstRange(Map<Scope, List<RawShare>> sharesByScope) {
        return sharesByScope.values().stream()
                .flatMap(List::stream)
                .map(RawShare::value)
                .filter(TableText::isRange)
                .findFirst()
                .orElse("");
    }

    /** Why a page of poll tables gave none: each table left out, and why. */
    static String noTableOfTheElection(List<SkippedTable> skipped) {
        return "no poll table of this election found: "
                + String.join("; ", skipped.stream().map(SkippedTable::toString).toList());
    }

    /**
     * {@code p} marked as a further line of the survey above (its firm and date cells spanned): South African
     * tables print a survey once for registered voters and again under turnout models on such lines, which {@link
     * SurveyPopulations} counts once where nothing else tells them apart.
     */
    private static RawPoll furtherLine(RawPoll p) {
        Map<String, RawPoll.RawField> f = new LinkedHashMap<>(p.fields());
        f.put(SurveyPopulations.FURTHER_LINE, new RawPoll.RawField("yes", "row", p.location()));
        return new RawPoll(p.location(), f, p.shares(), p.rows(), p.problems());
    }

    /** {@code p} refused: its row's figures sit in the wrong columns, as {@code shift} says. */
    private static RawPoll withProblem(RawPoll p, String source, ShiftedCells.Shift shift) {
        return new RawPoll(
                p.location(),
                p.fields(),
                p.shares(),
                p.rows(),
                List.of(new Problem(source, p.location(), shift.column(), shift.why())));
    }

    /** {@code p} marked as a poll of a hypothetical pair's table, with the note for leaving the table out. */
    private static RawPoll marked(RawPoll p, String why) {
        Map<String, RawPoll.RawField> f = new LinkedHashMap<>(p.fields());
        f.put(HypotheticalRunoffs.FIELD, new RawPoll.RawField(why, "heading", p.location()));
        return new RawPoll(p.location(), f, p.shares(), p.rows(), p.problems());
    }

    /** The most characters of a page's title that a message quotes. */
    private static final int TITLE_SHOWN = 80;

    /**
     * " on the page titled '503 Service Unavailable'", or nothing for a page without a title: a followed address that
     * answers with an error page, a login or a moved article instead of its polls is told by its title, which the
     * message otherwise never showed ("the page has no table").
     */
    private static String titled(Document page) {
        String title = page.title().strip();
        if (title.isEmpty()) {
            return "";
        }
        if (title.length() > TITLE_SHOWN) {
            title = title.substring(0, TITLE_SHOWN) + "...";
        }
        return " on the page titled '" + Printable.oneLine(title) + "'";
    }

    /** Tables shown when a page has no poll table: a page of many tables lists the first few. */
    private static final int UNREAD_SHOWN = 5;

    /** Why the page's tables are no poll tables, and what one is. */
    private static String notPollTables(List<String> unread) {
        String tables = unread.isEmpty()
                ? "the page has no table"
                : String.join("; ", unread.subList(0, Math.min(unread.size(), UNREAD_SHOWN)))
                        + (unread.size() > UNREAD_SHOWN ? "; and " + (unread.size() - UNREAD_SHOWN) + " more" : "");
        return tables + "; a poll table has a row per poll, with a pollster column, a fieldwork-date (or publication"
                + " date) column and a column per candidate or party (a page giving one poll's figures in rows is not"
                + " read: put the poll in a CSV row, see docs/poll-formats.md)";
    }

    /**
     * What a row's polls take from around it: {@code year} completes dates without one; {@code pageTitle}
     * (or null) is the page title that names the election's year, set as each poll's "year" and "page_title"
     * fields (the place it names tells apart the elections of one year); {@code tableScope} is the
     * scope the heading or caption names (or null), {@code tableContest} the contest it names (or null); {@code nextRound} says the row is the second line of the
     * poll above.
     */
    private record RowContext(
            Integer year,
            boolean yearAssumed,
            PageTitle pageTitle,
            Scope tableScope,
            String tableContest,
            boolean nextRound,
            SlashDateOrder slashDates) {}

    /** The order a table's slashed dates are written in, told by its rows below the header ({@link SlashDateOrder}). */
    private static SlashDateOrder slashDates(
            List<List<TableGrid.Cell>> grid, int firstRow, List<HtmlColumns.Column> columns, int table) {
        List<Integer> dateColumns = new ArrayList<>();
        for (String field : SlashDateOrder.DATE_FIELDS) {
            for (int c = 0; c < columns.size(); c++) {
                if (field.equals(columns.get(c).field())) {
                    dateColumns.add(c);
                }
            }
        }
        if (dateColumns.isEmpty()) {
            return SlashDateOrder.DEFAULT;
        }
        return SlashDateOrder.of(java.util.stream.IntStream.range(firstRow, grid.size())
                .mapToObj(r -> new SlashDateOrder.DatedRow(
                        Location.tableRow(table, r + 1).toString(),
                        dateColumns.stream()
                                .filter(c -> c < grid.get(r).size())
                                .map(c -> grid.get(r).get(c).text())
                                .toList())));
    }

    /** A page title that names an election's year ("2024 West Midlands mayoral election"): its text and the year. */
    private record PageTitle(String text, String year) {}

    /** A cell of a column that holds one date ("End Date", "Published"): its field, text and column name. */
    private record OneDate(String field, String text, String column) {}

    /**
     * A joint list's figure from its parts' cells: the one cell spanning them (the joint list's own), else the parts'
     * figures added up (polls of the parties before they joined), "–" where none is given. A part that is no figure
     * is kept in the text, which is then refused as no number, naming the column.
     */
    static String jointFigure(List<TableGrid.Cell> cells) {
        List<TableGrid.Cell> distinct = new ArrayList<>();
        for (TableGrid.Cell c : cells) {
            if (distinct.stream().noneMatch(d -> d == c)) {
                distinct.add(c);
            }
        }
        if (distinct.size() == 1) {
            return distinct.get(0).text();
        }
        return PollShares.sumOfFigures(
                distinct.stream().map(TableGrid.Cell::text).toList());
    }

    /**
     * True when the row's cell at {@code c} is the one before it spanning on (a {@code colspan}), both columns options of
     * one group, neither a joint list's part (those are read by {@link #jointFigure}).
     */
    private static boolean spansOptionBefore(List<TableGrid.Cell> row, List<HtmlColumns.Column> columns, int c) {
        if (c == 0 || row.get(c) != row.get(c - 1)) {
            return false;
        }
        HtmlColumns.Column before = columns.get(c - 1);
        HtmlColumns.Column col = columns.get(c);
        return before.isOption()
                && before.part() == null
                && col.part() == null
                && before.group().equals(col.group());
    }

    /** The polls of one table row, one per scope with shares. */
    private static List<RawPoll> pollsOfRow(
            List<TableGrid.Cell> row,
            List<HtmlColumns.Column> columns,
            Location at,
            RowContext context,
            List<SkippedTable> skipped) {
        Map<String, RawPoll.RawField> fields = new LinkedHashMap<>();
        Map<Scope, List<RawShare>> sharesByScope = new LinkedHashMap<>();
        // An "Undecided" column under a group ("First choice" over the candidates and Undecided) is that group's
        // don't-knows, not the run-off's beside it.
        Map<Scope, RawPoll.RawField> dontKnowByScope = new LinkedHashMap<>();
        Scope rowScope = null;
        String dateText = null;
        String dateColumn = null;
        List<OneDate> oneDates = new ArrayList<>();
        // A joint list's parts' cells (HtmlColumns.Column#part), by the joint list's name.
        Map<String, List<TableGrid.Cell>> jointParts = new LinkedHashMap<>();
        for (int c = 0; c < columns.size() && c < row.size(); c++) {
            HtmlColumns.Column col = columns.get(c);
            String text = row.get(c).text();
            if (col.isOption() && col.part() != null) {
                jointParts.computeIfAbsent(col.leaf(), k -> new ArrayList<>()).add(row.get(c));
                continue;
            }
            if (col.isOption()) {
                Scope scope = ScopeWords.ofLabel(col.group());
                List<RawShare> shares = sharesByScope.computeIfAbsent(scope, k -> new ArrayList<>());
                String share = SeatProjectionLine.share(row.get(c));
                if (spansOptionBefore(row, columns, c) && !PollShares.isNotReported(share)) {
                    // One figure over two parties' columns ("PS" and "SPOLU" under PS–SPOLU's 6.96%): their joint
                    // list's, read once by the parties' names joined ("PS–SPOLU"), where it was read as a figure of
                    // each.
                    RawShare first = shares.remove(shares.size() - 1);
                    String name = first.name() + "–" + col.leaf();
                    shares.add(new RawShare(name, first.value(), first.field() + " + " + col.leaf(), first.location()));
                    continue;
                }
                shares.add(new RawShare(col.leaf(), share, col.leaf(), at));
                continue;
            }
            if (col.field() == null || col.field().equals(Columns.IGNORED)) {
                continue;
            }
            switch (col.field()) {
                case "dates" -> {
                    dateText = text;
                    dateColumn = col.leaf();
                }
                case "fieldwork_start", "fieldwork_end", "published" -> {
                    oneDates.add(new OneDate(col.field(), text, col.leaf()));
                }
                case "pollster_client" -> {
                    basis(text, col.leaf(), at, fields);
                    String[] parts = pollsterAndClient(row.get(c));
                    fields.putIfAbsent("pollster", new RawPoll.RawField(parts[0], col.leaf(), at));
                    fields.putIfAbsent(
                            "client", new RawPoll.RawField(parts.length > 1 ? parts[1] : "", col.leaf(), at));
                }
                case "scope" -> rowScope = ScopeWords.ofCell(text).orElse(null);
                case "dont_know" -> {
                    // "Blank/Null" and "Undec." beside it: those casting no valid vote, one figure of the two.
                    RawPoll.RawField dk =
                            new RawPoll.RawField(PollShares.figuresOfJoinedColumn(col.leaf(), text), col.leaf(), at);
                    Scope group = ScopeWords.ofLabel(col.group());
                    if (group != null) {
                        dontKnowByScope.merge(group, dk, PollShares::together);
                    } else {
                        fields.merge(col.field(), dk, PollShares::together);
                    }
                }
                case "pollster" -> {
                    basis(text, col.leaf(), at, fields);
                    fields.put(col.field(), new RawPoll.RawField(VoteBasis.without(text), col.leaf(), at));
                }
                default -> fields.put(col.field(), new RawPoll.RawField(text, col.leaf(), at));
            }
        }
        for (Map.Entry<String, List<TableGrid.Cell>> joint : jointParts.entrySet()) {
            sharesByScope
                    .computeIfAbsent(ScopeWords.ofLabel(""), k -> new ArrayList<>())
                    .add(new RawShare(joint.getKey(), jointFigure(joint.getValue()), joint.getKey(), at));
        }
        String pollster =
                fields.containsKey("pollster") ? fields.get("pollster").value() : "";
        if (TableText.isResultLabel(pollster)
                || (dateText != null && TableText.isResultLabel(dateText))
                || oneDates.stream().anyMatch(d -> TableText.isResultLabel(d.text()))) {
            return List.of(); // the election result printed for comparison
        }
        if (dateText != null && TableText.isExitPollDate(dateText)) {
            // An exit poll in place of fieldwork dates (the 2021 Czech table's "STEM/MARK | Exit Poll"): asked as
            // people voted, it is no poll before the vote and has no date to read; before, the whole page was refused
            // for it. Said, as an exit poll named in the pollster's cell is.
            skipped.add(SkippedTable.at(
                    at,
                    "'" + dateText + "' in its date's cell: election night's exit poll, asked as people voted: no"
                            + " poll before it"));
            return List.of();
        }
        boolean anyShare = sharesByScope.values().stream()
                .flatMap(List::stream)
                .anyMatch(s -> !PollShares.isNotReported(s.value()));
        if (!anyShare) {
            return List.of(); // an event or note row
        }
        if (TableText.isExitPollPollster(pollster)) {
            // The 2020 Polish table prints election night's exit poll and "late poll" among the polls, labelled in the
            // pollster's cell ("EXIT POLL: IPSOS 21:00 UTC+2") and dated polling day: stored, they were polls by firms
            // of those names, in the average and the house effects as of polling day.
            skipped.add(SkippedTable.at(
                    at, "'" + pollster + "' is election night's exit poll, asked as people voted: no poll before it"));
            return List.of();
        }
        if (sharesByScope.values().stream()
                .flatMap(List::stream)
                .filter(s -> !PollShares.isNotReported(s.value()))
                .allMatch(s -> TableText.isRange(s.value()))) {
            // An exit poll's or a projection's ranges ("30–35", "30.8–35.2"), as the Portuguese tables print the
            // election night's among the polls: no figure to average, and refused as no number it refused the page.
            // Said, not dropped in silence: a firm that printed its poll as ranges would otherwise vanish unseen.
            skipped.add(SkippedTable.at(
                    at,
                    "its figures are ranges (" + firstRange(sharesByScope)
                            + "), as an exit poll or a projection prints them: no share to average"));
            return List.of();
        }
        if (dateText != null) {
            dateText = context.slashDates().apply(dateText);
            DateCell.apply(dateText, dateColumn, at, FieldworkDates.hasYear(dateText) ? null : context.year(), fields);
            if (context.yearAssumed() && context.year() != null && !FieldworkDates.hasYear(dateText)) {
                fields.put(PollDates.YEAR_ASSUMED, new RawPoll.RawField("true", "page title", at));
            }
        }
        for (OneDate d : oneDates) {
            DateCell.single(d.field(), context.slashDates().apply(d.text()), d.column(), at, context.year(), fields);
        }
        String citation = RowCitation.of(row);
        if (!citation.isEmpty()) {
            fields.put("citation", new RawPoll.RawField(citation, "link", at));
        }
        if (context.pageTitle() != null) {
            fields.put("year", new RawPoll.RawField(context.pageTitle().year(), "page title", at));
            fields.put(
                    ElectionChoice.PAGE_TITLE,
                    new RawPoll.RawField(context.pageTitle().text(), "page title", at));
        }
        if (context.tableContest() != null) {
            fields.put(ContestWords.FIELD, new RawPoll.RawField(context.tableContest(), "table title", at));
        }
        List<RawPoll> polls = new ArrayList<>();
        for (Map.Entry<Scope, List<RawShare>> e : sharesByScope.entrySet()) {
            if (e.getValue().stream().allMatch(s -> PollShares.isNotReported(s.value()))) {
                continue;
            }
            Scope scope = e.getKey() != null ? e.getKey() : rowScope != null ? rowScope : context.tableScope();
            // Guessed from the line's place alone: the contest, once known, says whether it has a run-off at all.
            boolean guessed = scope == null && context.nextRound() && reported(e.getValue()) == 2;
            if (guessed) {
                scope = Scope.RUNOFF;
            }
            Map<String, RawPoll.RawField> f = new LinkedHashMap<>(fields);
            if (scope != null) {
                f.put("scope", new RawPoll.RawField(scope.code(), guessed ? SecondLines.COLUMN : "scope", at));
            }
            if (e.getKey() != null && dontKnowByScope.containsKey(e.getKey())) {
                f.put("dont_know", dontKnowByScope.get(e.getKey()));
            }
            polls.add(new RawPoll(
                    at, f, e.getValue(), HtmlColumns.sourceRow(columns, row, at, context.year()), List.of()));
        }
        return polls;
    }

    /**
     * A pollster/client cell split in two: "YouGov/Evening Standard", or the client on a line of its own
     * ({@code YouGov<br><i>Evening Standard</i>}), which the cell's text runs together.
     */
    private static String[] pollsterAndClient(TableGrid.Cell cell) {
        String text = VoteBasis.without(cell.text());
        if (!text.contains("/") && cell.element().selectFirst("br") != null) {
            Element lines = cell.element().clone();
            lines.select("br").forEach(br -> br.replaceWith(new TextNode("/")));
            text = VoteBasis.without(TableText.clean(lines.text()));
        }
        // A slash inside a bracket joins the firm's clients ("Siena College (The New York Times/The Philadelphia
        // Inquirer)"): no split there.
        int slash = PollNames.slashOutsideBrackets(text);
        return slash < 0 || PollNames.slashInALowerCaseWord(text, slash) // "co/efficient": one firm's name
                ? new String[] {text}
                : new String[] {
                    text.substring(0, slash).strip(), text.substring(slash + 1).strip()
                };
    }

    /** Notes the basis a firm's cell prints ("(Valid votes)"), which says which line of a survey to keep. */
    private static void basis(String text, String column, Location at, Map<String, RawPoll.RawField> fields) {
        String note = VoteBasis.noteOf(text);
        if (note != null) {
            VoteBasis.addNote(note, column, at, fields);
        }
    }

    /**
     * The polls of a table whose titles name no contest, each given the contest the table's ballots point to (see
     * {@link ContestWords#ofBallots}), else the one the page's title names ({@code pageContest}, or null):
     * "Conservatives, Labour" columns fit the Mayor and the Assembly alike, but a table whose polls have run-off
     * lines is the Mayor's, and so is a table of the article "2028 London mayoral election".
     */
    private static List<RawPoll> withBallotsContest(List<RawPoll> tablePolls, String pageContest) {
        String byBallots = ContestWords.ofBallots(tablePolls);
        String contest = byBallots != null ? byBallots : pageContest;
        if (contest == null) {
            return tablePolls;
        }
        String why = byBallots != null ? "ballots of the table" : "page title";
        return tablePolls.stream()
                .map(p -> {
                    Map<String, RawPoll.RawField> f = new LinkedHashMap<>(p.fields());
                    f.put(ContestWords.FIELD, new RawPoll.RawField(contest, why, p.location()));
                    return new RawPoll(p.location(), f, p.shares(), p.rows(), p.problems());
                })
                .toList();
    }

    private static long reported(List<RawShare> shares) {
        return shares.stream().filter(s -> !PollShares.isNotReported(s.value())).count();
    }

    /**
     * True when the row's pollster and date cells are the cells of the row above, spanning both, or say the same
     * again (tables write them on each line as often as they span them): the row is a further line of the same poll.
     */
    private static boolean continuesPollAbove(
            List<TableGrid.Cell> row, List<TableGrid.Cell> above, List<HtmlColumns.Column> columns) {
        return sameIdentity(
                row,
                above,
                columns,
                (a, b) -> a.element() == b.element()
                        || (!a.text().isEmpty() && a.text().equals(b.text())));
    }

    /**
     * {@code row} of a copy that cannot span cells (Markdown) read as the page's spans: when its pollster and date
     * cells are all blank under a line that gave polls, the page spanned them (and a blank sample, client, start or
     * publication cell) from that line, as an American table prints a survey's registered voters under its likely voters
     * ({@code | | | 904 (RV) | – | 47% | 41% |}). Each blank cell becomes the very cell above, so the line is read as
     * a rowspan's further line is; before, it was refused as a poll missing its firm and date. Figures are never
     * taken from above.
     */
    static List<TableGrid.Cell> blanksSpanned(
            List<TableGrid.Cell> row, List<TableGrid.Cell> above, List<HtmlColumns.Column> columns) {
        boolean anyIdentity = false;
        for (int c = 0; c < columns.size(); c++) {
            String field = columns.get(c).field();
            if (field == null || !IDENTITY_FIELDS.contains(field)) {
                continue;
            }
            if (c >= row.size() || c >= above.size() || !row.get(c).text().isBlank()) {
                return row;
            }
            anyIdentity = true;
        }
        if (!anyIdentity) {
            return row;
        }
        List<TableGrid.Cell> spanned = new ArrayList<>(row);
        for (int c = 0; c < columns.size() && c < row.size() && c < above.size(); c++) {
            String field = columns.get(c).field();
            if (field != null
                    && SPANNED_BLANKS.contains(field)
                    && row.get(c).text().isBlank()) {
                spanned.set(c, above.get(c));
            }
        }
        return spanned;
    }

    /**
     * True when the row's pollster and date cells are the very cells of the row above ({@code rowspan}), not the same
     * text again: the table prints one survey on several lines. Cells written again may be another release of the
     * same day (Ipsos's two exit polls of the Dutch election night), which stays one poll with other figures.
     */
    private static boolean spansPollAbove(
            List<TableGrid.Cell> row, List<TableGrid.Cell> above, List<HtmlColumns.Column> columns) {
        return sameIdentity(row, above, columns, (a, b) -> a.element() == b.element());
    }

    /** Whether each of the row's pollster and date cells is {@code same} as the row above's, there being one. */
    private static boolean sameIdentity(
            List<TableGrid.Cell> row,
            List<TableGrid.Cell> above,
            List<HtmlColumns.Column> columns,
            java.util.function.BiPredicate<TableGrid.Cell, TableGrid.Cell> same) {
        boolean any = false;
        for (int c = 0; c < columns.size(); c++) {
            String field = columns.get(c).field();
            if (field == null || !IDENTITY_FIELDS.contains(field)) {
                continue;
            }
            if (c >= row.size() || c >= above.size() || !same.test(row.get(c), above.get(c))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * Whether {@code row} has a sample cell of its own, not spanned from {@code above}, that names whom the survey
     * asked ({@code 1,003 (RV)} under {@code 793 (LV)}): the survey among another population, not its run-off, though
     * a two-party race's line gives two figures as a run-off does.
     */
    private static boolean ownPopulation(
            List<TableGrid.Cell> row, List<TableGrid.Cell> above, List<HtmlColumns.Column> columns) {
        for (int c = 0; c < columns.size() && c < row.size() && c < above.size(); c++) {
            if ("sample_size".equals(columns.get(c).field())
                    && row.get(c).element() != above.get(c).element()
                    && PollNormaliser.namesPopulation(row.get(c).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where row {@code r} (0-based) of table {@code table} is: its table and row, and, in a page rebuilt from source
     * text, the source line it was written on, which messages then name.
     */
    private static Location rowLocation(List<Element> rows, int table, int r) {
        if (r < rows.size()) {
            String line = rows.get(r).attr(PageMarkup.SOURCE_LINE);
            if (!line.isEmpty() && line.chars().allMatch(Character::isDigit) && line.length() < 10) {
                return Location.tableRow(table, r + 1, Integer.parseInt(line));
            }
        }
        return Location.tableRow(table, r + 1);
    }

    private static Integer lastYear(String text, Integer fallback) {
        Matcher m = YEAR.matcher(text);
        Integer year = null;
        while (m.find()) {
            year = Integer.valueOf(m.group(1));
        }
        return year != null ? year : fallback;
    }

    /**
     * The contest the page's title names ({@link ContestWords#inText} of its {@code h1} and its {@code <title>}), or
     * null: the last word on a table whose own titles and ballots say nothing. An article is about its title's
     * contest ("2028 London mayoral election"; a general election's page is Westminster's); a title naming two
     * contests, or none, decides nothing.
     */
    private static String contestOfPage(Document page) {
        Element h1 = page.selectFirst("h1");
        return ContestWords.inText((h1 == null ? "" : h1.text()) + " " + page.title());
    }

    /**
     * The title or first heading that names the page's election year ("Opinion polling for the 2008 London
     * mayoral election", "London mayoral election, 2012", "London Mayor 2012 | UK Polling Report"), or null. It picks
     * the election when none is given (the year, and the place among the year's elections), and is checked against
     * one that is.
     */
    private static PageTitle electionYearOfPage(Document page) {
        Element h1 = page.selectFirst("h1");
        for (Pattern named : List.of(ELECTION_YEAR, MAYOR_YEAR)) {
            for (String text : new String[] {h1 == null ? "" : h1.text(), page.title()}) {
                Matcher m = named.matcher(text);
                if (m.find()) {
                    return new PageTitle(text, m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        return null;
    }
}
