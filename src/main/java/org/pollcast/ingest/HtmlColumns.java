package org.pollcast.ingest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The columns of an HTML poll table, read from its header rows: a {@code colspan} group above a leaf label
 * ("Second round" over "Johnson") and the field each column holds, or none for a candidate or party.
 */
final class HtmlColumns {
    /**
     * A cell as a share column prints it: "42", "42%", "3.5", "<1", "*", or with a decimal comma ("15,6%"), which
     * takes one or two digits, so that "1,003" is no share.
     */
    private static final Pattern SHARE =
            Pattern.compile("\\d{1,3}(?:\\.\\d+|,\\d{1,2})?\\s*%|\\d{1,3}(?:\\.\\d+|,\\d{1,2})?|<\\s*1|\\*");

    /** The fields that date a poll: a table needs one of them to be a poll table. */
    static final Set<String> DATE_FIELDS = Set.of("dates", "fieldwork_end", "published");

    private HtmlColumns() {}

    /**
     * One column of a table: its group's label, its own, what it holds, and, for a column of a joint list's part, that
     * part's label ({@code part}; else null).
     *
     * <p>A group that names a party of the election over columns that name none ("GL–PvdA" over "PvdA" and "GL", as
     * the Dutch 2023 table prints the joint list of the two parties above their earlier separate polls) is that party:
     * its columns are read as one, the joint list's cell spanning them once, separate figures of its parts added up.
     * Before, each part was an unknown party ("'PvdA' ...; did you mean 'PvdD'?") and the page was refused.
     */
    record Column(String group, String leaf, String field, String part) {
        Column(String group, String leaf, String field) {
            this(group, leaf, field, null);
        }

        boolean isOption() {
            return field == null && !leaf.isEmpty();
        }

        /** The firm's column: its pollster, or its pollster and client together. */
        boolean isPollster() {
            return "pollster".equals(field) || "pollster_client".equals(field);
        }
    }

    /** The row's cells under the table's column labels ("Second round Johnson" where a group heads the column). */
    static SourceRows sourceRow(List<Column> columns, List<TableGrid.Cell> row, Location at, Integer year) {
        List<String> header = new ArrayList<>(columns.size());
        List<String> cells = new ArrayList<>(columns.size());
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            header.add((col.group().isEmpty() ? "" : col.group() + " ") + col.leaf());
            cells.add(c < row.size() ? row.get(c).text() : "");
        }
        return new SourceRows(header, List.of(new SourceRows.Row(at, cells)), year);
    }

    /**
     * The number of rows at the top that hold only header cells. A row of one header cell across the table that
     * follows other header rows is not one of them: it is a year divider written with {@code !} ("2021" above
     * the first polls), and read as a header it would label every column "2021".
     */
    static int headerRows(List<List<TableGrid.Cell>> grid) {
        int n = 0;
        while (n < grid.size() && !grid.get(n).isEmpty() && grid.get(n).stream().allMatch(TableGrid.Cell::header)) {
            if (n > 0 && isOneCell(grid.get(n))) {
                break;
            }
            n++;
        }
        return n;
    }

    /**
     * Where a table's header is: rows {@code start} to {@code end} (exclusive), and the text of the title rows above
     * {@code start}, if any. No header at all is {@code (0, 0, "")}.
     */
    record Header(int start, int end, String title) {
        boolean none() {
            return end == 0 || start == end;
        }
    }

    /** Title rows read above a header written in {@code td} cells: a caption put inside the table. */
    private static final int MAX_TITLE_ROWS = 2;

    /**
     * The table's header. Encyclopedia tables write it in {@code th} cells ({@link #headerRows}). Pages made in a
     * blog's editor, as polling sites are, often write it as an ordinary first row of bold {@code td} cells, under a
     * row or two of one cell across the table for the title: such a row is the header when none of its cells is a
     * figure or a date and its labels make a poll table (a pollster, a date and an option column).
     */
    static Header header(List<List<TableGrid.Cell>> grid, Predicate<String> optionName) {
        int rows = headerRows(grid);
        if (rows > 0) {
            return new Header(0, rows, "");
        }
        int start = 0;
        List<String> title = new ArrayList<>();
        while (start < Math.min(grid.size(), MAX_TITLE_ROWS) && isOneCell(grid.get(start))) {
            title.add(grid.get(start).get(0).text());
            start++;
        }
        if (start + 1 < grid.size()
                && isLabelRow(grid.get(start))
                && isPollTable(of(grid.subList(start, grid.size()), 1, optionName))) {
            return new Header(start, start + 1, String.join(" ", title));
        }
        return new Header(0, 0, "");
    }

    /** Two or more cells of words, none of them a figure or a date. */
    private static boolean isLabelRow(List<TableGrid.Cell> row) {
        long labels = row.stream()
                .map(TableGrid.Cell::text)
                .filter(t -> !t.isEmpty())
                .distinct()
                .count();
        return labels >= 2
                && row.stream()
                        .map(TableGrid.Cell::text)
                        .noneMatch(t -> SHARE.matcher(t).matches()
                                || t.matches("[-+\\d.,%\\s]+")
                                || TwoDigitYear.inCell(t).isPresent()
                                || FieldworkDates.parse(t, 2000).isPresent());
    }

    /** A row that is one cell spanning all its columns: a divider or a note. */
    static boolean isOneCell(List<TableGrid.Cell> row) {
        return !row.isEmpty()
                && row.stream().allMatch(c -> c.element() == row.get(0).element());
    }

    /**
     * True for a row that tells of an event between polls, not a poll: a date, then one cell of words across the party
     * columns ("4 May 2021 | BBC Scotland leaders' debate between Sarwar, Rennie, Ross, Sturgeon and Harvie", "12 Oct
     * 2024 | Alex Salmond ... dies"), as the Scottish Parliament's poll tables print them. Read as a poll, its words
     * were every party's share and its date the pollster. A cell across party columns that holds a figure or a dash
     * (a question not asked of two parties) is no such cell.
     */
    static boolean isEventRow(List<TableGrid.Cell> row, List<Column> columns) {
        Element words = null;
        for (int c = 0; c < columns.size() && c < row.size(); c++) {
            if (!columns.get(c).isOption()) {
                continue;
            }
            TableGrid.Cell cell = row.get(c);
            if (cell.element() == words) {
                return true;
            }
            String text = cell.text();
            boolean figure = text.isEmpty() || SHARE.matcher(text).matches() || PollShares.isNotReported(text);
            words = figure ? null : cell.element();
        }
        return false;
    }

    /**
     * Each column's labels and field, from the header rows. A column's own labels are joined top to bottom:
     * tables put the party under the candidate ("Omilana" over "Ind") or the candidate under the party
     * ("Labour" over "Khan"), and the two together name the option where either alone may not (two
     * independents, or a party with no candidate of that name). A cell spanning rows counts once.
     *
     * <p>A header that is both a citation word and an option name ({@code optionName}) is the option when its
     * column holds shares: "Ref" heads Reform UK's figures as often as it heads a column of footnotes, and read
     * as citations the figures would be dropped without a word. A "Ref." column of footnote links stays one. So is a
     * don't-know word that names a party ("DK", Hungary's Democratic Coalition): read as the undecided, its shares
     * were dropped and every poll re-based without them.
     */
    static List<Column> of(List<List<TableGrid.Cell>> grid, int headerRows, Predicate<String> optionName) {
        int width = grid.stream().mapToInt(List::size).max().orElse(0);
        List<Column> columns = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            String group = "";
            TableGrid.Cell groupCell = null;
            List<String> labels = new ArrayList<>();
            TableGrid.Cell previous = null;
            for (int r = 0; r < headerRows; r++) {
                if (c >= grid.get(r).size()) {
                    continue;
                }
                TableGrid.Cell cell = grid.get(r).get(c);
                String text = cell.text();
                if (text.isEmpty() || cell == previous) {
                    continue;
                }
                previous = cell;
                if (cell.colspan() > 1 && r < headerRows - 1 && cell.rowspan() < headerRows - r) {
                    group = text; // spans several columns above the leaf labels
                    groupCell = cell;
                } else if (r < headerRows - 1
                        && Columns.governmentOrOpposition(text)
                        && !optionName.test(text)
                        && cell.rowspan() < headerRows - r) {
                    // "Government" over the one governing party's column: a group of one, not part of its name
                    group = text;
                } else {
                    labels.add(cellLabel(cell));
                }
            }
            if (labels.isEmpty()) {
                String logo = logoLabel(grid, headerRows, c);
                if (!logo.isEmpty()) {
                    labels.add(logo);
                }
            }
            String leaf = String.join(" ", labels);
            String field = leaf.isEmpty() ? null : fieldOf(leaf);
            if (("citation".equals(field)
                            || "dont_know".equals(field)
                            || (Columns.IGNORED.equals(field) && Columns.governmentOrOpposition(leaf)))
                    && optionName.test(leaf)
                    && holdsShares(grid, headerRows, c)) {
                // "Ref" (Reform UK), "DK" (Hungary's Democratic Coalition), a joint list a definition calls
                // "Opposition": the party's shares
                field = null;
            }
            if (field == null && !leaf.isEmpty() && derivedGroup(group)) {
                // Under "Blocs" (Red, Blue: sums of the parties, as Danish tables print them) or a "Lead" split in two
                // (All parties, Above 2%), a column is a figure derived for readers; read as an option it refused the
                // poll for naming parties no election has.
                field = Columns.IGNORED;
            }
            if (field == null
                    && !group.isEmpty()
                    && !leaf.isEmpty()
                    && ScopeWords.ofLabel(group) == null
                    && ((optionName.test(group) && !optionName.test(leaf))
                            || spannedInEveryRow(grid, headerRows, groupCell))) {
                columns.add(new Column("", group, null, leaf)); // a part of the joint list the group names
                continue;
            }
            columns.add(new Column(group, leaf, field));
        }
        return sourceOfFirms(blocsBeforeSecondLead(columns, optionName), grid, headerRows);
    }

    /**
     * A "Source" column of firms' names where no column is headed as the pollster's: the firms. The encyclopedia's
     * 2017 Jakarta article heads its firms so ("Source | Date | Agus Yudhoyono | ...", cells "Charta Politika[2]"), and
     * its table was refused as having no pollster column. Elsewhere "Source" heads a citation, its cells links or
     * addresses, and stays one; so it does beside a pollster column, and where it is not the table's first column: a
     * last column of the outlets that reported each poll ("Kompas", "Tempo") stored the outlets as firms (the review).
     */
    private static List<Column> sourceOfFirms(List<Column> columns, List<List<TableGrid.Cell>> grid, int headerRows) {
        if (columns.stream().anyMatch(Column::isPollster)) {
            return columns;
        }
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            if (col.leaf().isEmpty()) {
                continue; // a column of row numbers or marks before the first heading
            }
            String n = Columns.normalise(col.leaf());
            if (!"citation".equals(col.field())
                    || !(n.equals("source") || n.equals("sources"))
                    || !holdsNames(grid, headerRows, c)) {
                return columns; // the first headed column only
            }
            List<Column> read = new ArrayList<>(columns);
            read.set(c, new Column(col.group(), "Pollster", "pollster"));
            return read;
        }
        return columns;
    }

    /** An address or a bare footnote mark ("[2]"): a citation's cell, never a firm's name. */
    private static final Pattern NO_NAME =
            Pattern.compile("(?i).*(?:https?:|www\\.|\\.(?:com|org|net)\\b).*|[\\[\\]\\d\\s]*");

    /** Whether column {@code c}'s cells under the header are words, two rows or more and nine in ten of them. */
    private static boolean holdsNames(List<List<TableGrid.Cell>> grid, int headerRows, int c) {
        int names = 0;
        int other = 0;
        for (List<TableGrid.Cell> row : grid.subList(headerRows, grid.size())) {
            if (c >= row.size() || isOneCell(row)) {
                continue;
            }
            String text = row.get(c).text().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (!NO_NAME.matcher(text).matches() && text.codePoints().anyMatch(Character::isLetter)) {
                names++;
            } else {
                other++;
            }
        }
        return names >= 2 && names >= 9 * other;
    }

    /**
     * The columns between a table's lead and a second "Lead" further right, when one of them names no option: sums of
     * blocs and the lead between them ("Red | Blue | Lead" after the parties' "Lead", as the Norwegian tables print
     * them), whose "Blocs" group a text copy of the page has lost, or whose headers it prints as the parties each sums
     * ("2=Ap, R, Sp, Sv"). Read as options, "Red" was the Red party's second column and "Blue" an unknown party, and
     * the page was refused. A run-off's candidates between a first round's lead and its own (a Markdown copy of a
     * table with round groups) all name options, and stay options.
     */
    private static List<Column> blocsBeforeSecondLead(List<Column> columns, Predicate<String> optionName) {
        int first = -1;
        int second = -1;
        for (int c = 0; c < columns.size() && second < 0; c++) {
            Column col = columns.get(c);
            if (col.group().isEmpty() && Columns.normalise(col.leaf()).equals("lead")) {
                if (first < 0) {
                    first = c;
                } else {
                    second = c;
                }
            }
        }
        if (second < 0) {
            return columns;
        }
        List<Column> between = columns.subList(first + 1, second);
        if (between.isEmpty() || between.stream().allMatch(c -> c.isOption() && optionName.test(c.leaf()))) {
            return columns;
        }
        List<Column> read = new ArrayList<>(columns);
        for (int c = first + 1; c < second; c++) {
            Column col = columns.get(c);
            if (col.isOption()) {
                read.set(c, new Column(col.group(), col.leaf(), Columns.IGNORED, col.part()));
            }
        }
        return read;
    }

    /**
     * True when every figure under the header cell {@code group} spans all its columns: a coalition's list over the
     * parties it joins, never polled apart ("Third Way" over "Polish Coalition" and "Poland 2050", as the 2023 Polish
     * table prints PSL's and Poland 2050's joint list, one figure across both in every row). Its name alone cannot say
     * so before the page's election is known (the alias table knows no coalition's name): each part was read as a party
     * of its own and the page refused ("unknown party 'Polish Coalition'"). A row with a figure under one part alone
     * (the Dutch table's GL and PvdA before their joint list) makes the columns parts polled apart.
     */
    private static boolean spannedInEveryRow(List<List<TableGrid.Cell>> grid, int headerRows, TableGrid.Cell group) {
        if (group == null) {
            return false;
        }
        List<Integer> under = new ArrayList<>();
        for (int r = 0; r < headerRows && under.isEmpty(); r++) {
            List<TableGrid.Cell> row = grid.get(r);
            for (int c = 0; c < row.size(); c++) {
                if (row.get(c).element() == group.element()) {
                    under.add(c);
                }
            }
        }
        boolean figure = false;
        for (List<TableGrid.Cell> row : grid.subList(headerRows, grid.size())) {
            if (row.size() <= under.get(under.size() - 1)
                    || isOneCell(row)
                    || row.stream().allMatch(TableGrid.Cell::header)) {
                continue;
            }
            TableGrid.Cell first = row.get(under.get(0));
            boolean spans = under.stream().allMatch(c -> row.get(c).element() == first.element());
            if (spans) {
                figure |= SHARE.matcher(first.text()).matches();
            } else if (under.stream()
                    .anyMatch(c -> SHARE.matcher(row.get(c).text()).matches())) {
                return false;
            }
        }
        return figure;
    }

    /**
     * True when a column group holds figures derived from the parties' shares: a group a lone header would be ignored
     * under ("Lead"), or one of blocs ("Blocs", "Bloc"), whose columns sum the parties of each.
     */
    private static boolean derivedGroup(String group) {
        if (group.isEmpty()) {
            return false;
        }
        // "Government" or "Opposition" over parties groups them, and the parties under it are parties; only a lone
        // column so headed is a sum (the Czech tables' "Govt. + sup.").
        if (Columns.IGNORED.equals(fieldOf(group)) && !Columns.governmentOrOpposition(group)) {
            return true;
        }
        String n = Columns.normalise(group);
        return n.equals("bloc") || n.equals("blocs") || n.equals("blocks");
    }

    /** True when {@code text} (a cleaned cell) is a share as tables print one: {@code 32%}, {@code 4.5}, {@code <1}. */
    static boolean isShare(String text) {
        return SHARE.matcher(text).matches();
    }

    /**
     * How many of the table's columns have no label at all (neither text nor a logo's link) and hold shares: the party
     * columns of a text copy of a table headed by logos, which the copy drops (a mirror of the Spanish tables prints
     * {@code | Turnout | | | | PRC | | Lead |}). Read by its named columns alone, each poll was one of PNV and PRC.
     */
    static int unnamedShareColumns(List<List<TableGrid.Cell>> grid, int headerRows, List<Column> columns) {
        int n = 0;
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            if (col.leaf().isEmpty() && col.group().isEmpty() && holdsShares(grid, headerRows, c)) {
                n++;
            }
        }
        return n;
    }

    /**
     * True when column {@code c} below the header gives shares in at least as many rows as it gives anything else
     * but blanks and dashes. A footnote column's links are stripped to blanks; a party's column holds figures, and
     * may hold a placeholder ("TBC") in a row that is itself wrong: that row is refused for it, while one such cell
     * deciding the column made Reform UK's figures vanish from every poll without a word. Rows that are one cell
     * across the table (year dividers, notes), cells across several columns (an event's words) and repeated header
     * rows say nothing of it.
     */
    private static boolean holdsShares(List<List<TableGrid.Cell>> grid, int headerRows, int c) {
        int shares = 0;
        int other = 0;
        for (List<TableGrid.Cell> row : grid.subList(headerRows, grid.size())) {
            if (c >= row.size()
                    || isOneCell(row)
                    || row.get(c).colspan() > 1 // an event's words across the party columns
                    || row.stream().allMatch(TableGrid.Cell::header)) {
                continue;
            }
            String text = SeatProjectionLine.oneLine(row.get(c).text());
            if (SHARE.matcher(text).matches()) {
                shares++;
            } else if (!PollShares.isNotReported(text)) {
                other++;
            }
        }
        return shares > 0 && shares >= other;
    }

    /**
     * {@code row} with a blank cell put back under "Sample size" when the row left that cell out. Tables give a
     * poll whose sample was never published one cell fewer ({@code | November 2011 | ComRes | 48% | 40% |}), and a
     * browser shows its first share under "Sample size" and every share after it one column to the left. Such a
     * row is short of the table's width and has a share with a {@code %} sign where the sample belongs: no sample
     * is printed so. Any other row comes back as it is (a row short of trailing cells, or a sample of "1,003").
     */
    static List<TableGrid.Cell> withMissingSampleCell(List<TableGrid.Cell> row, List<Column> columns) {
        int sample = -1;
        for (int c = 0; c < columns.size(); c++) {
            if ("sample_size".equals(columns.get(c).field())) {
                sample = c;
            }
        }
        if (sample < 0 || row.size() >= columns.size() || sample >= row.size() || isOneCell(row)) {
            return row;
        }
        String text = row.get(sample).text();
        if (!text.contains("%") || !SHARE.matcher(text).matches()) {
            return row;
        }
        List<TableGrid.Cell> filled = new ArrayList<>(row);
        filled.add(sample, new TableGrid.Cell(new Element("td"), false, "", 1, 1));
        return filled;
    }

    /**
     * The party a column with no header text names by its logo, as Spanish poll tables head their parties (only PNV
     * and BNG by name): the image's alt text, else the title of the link around it, else the page it links to, a
     * title's disambiguator left out ("People's Party (Spain)" is "People's Party"; "Vox (political party)" is "Vox").
     * Read as no column, the logos' shares were dropped without a word and each poll kept two small parties alone.
     * Only a column with no text label at all takes it: a portrait over a candidate's name adds nothing to the name.
     */
    private static String logoLabel(List<List<TableGrid.Cell>> grid, int headerRows, int c) {
        for (int r = 0; r < headerRows; r++) {
            if (c >= grid.get(r).size()) {
                continue;
            }
            Element cell = grid.get(r).get(c).element();
            Element img = cell.selectFirst("img");
            if (img == null) {
                continue;
            }
            String alt = TableText.clean(img.attr("alt"));
            if (!alt.isEmpty()) {
                return alt;
            }
            Element link = img.closest("a");
            if (link == null) {
                continue;
            }
            String title = TableText.clean(link.attr("title"));
            if (title.isEmpty() && link.attr("href").startsWith("/wiki/")) {
                String page = link.attr("href").substring("/wiki/".length());
                title = URLDecoder.decode(page.replace("+", "%2B"), StandardCharsets.UTF_8)
                        .replace('_', ' ');
            }
            String name = DISAMBIGUATOR.matcher(title).replaceFirst("").trim();
            if (!name.isEmpty() && !name.contains(":")) {
                return name; // "File:PP icono.svg" is the image's own page, not the party's
            }
        }
        return "";
    }

    /** A page title's trailing disambiguator: "(Spain)", "(political party)", "(2020)". */
    private static final Pattern DISAMBIGUATOR = Pattern.compile("\\s*\\([^()]*\\)$");

    /** A header's label: link text when the cell is a link ("Johnson" rather than "Johnson Conservative"). */
    private static String cellLabel(TableGrid.Cell cell) {
        Element link = cell.element().selectFirst("a");
        String linkText = link == null ? "" : TableText.clean(link.text());
        return linkText.isEmpty() ? cell.text() : linkText;
    }

    /**
     * A section's edit link glued to the first header cell by a mirror's text copy: simple.wikipedia's "change"
     * ("Table" over "changePoll source |"), the English encyclopedia's "edit". Read as it stood, the table had no
     * pollster column and the page was refused (New Jersey's 2021 article, a blind trial).
     */
    private static final Pattern GLUED_EDIT_LINK =
            Pattern.compile("^(?:change|" + TableText.EDIT_WORDS + ")(?=\\p{Lu})");

    private static String fieldOf(String label) {
        String field = fieldOfLabel(label);
        if (field == null) {
            Matcher glued = GLUED_EDIT_LINK.matcher(TableText.clean(label));
            if (glued.lookingAt()) {
                // Only a label that names a field once the link is gone: an option's name is never cut.
                return fieldOfLabel(TableText.clean(label).substring(glued.end()));
            }
        }
        return field;
    }

    private static String fieldOfLabel(String label) {
        String n = Columns.normalise(label);
        boolean firm = n.contains("poll") || n.contains("firm") || n.contains("organi");
        if (firm && (n.contains("client") || n.contains("commission") || n.contains("sponsor"))) {
            return "pollster_client"; // "Pollster/client", "Polling organisation/client", "Polling firm/Commissioner"
        }
        String named = Columns.field(label).orElse(null);
        if ("pollster".equals(named)) {
            return named; // "Conducted by": not a date column for its word "conducted"
        }
        if ("fieldwork_start".equals(named)
                || "published".equals(named)
                || ("fieldwork_end".equals(named) && !n.equals("date"))) {
            return named; // a column of one date each: "End Date", "Start date", "Published"
        }
        // "date" as a word: inside one, "candidate" read "Labour candidate" columns (party-level polls) as dates.
        if (Arrays.asList(n.split("_")).stream().anyMatch(w -> w.startsWith("date"))
                || n.contains("fieldwork")
                || n.contains("conducted")) {
            return "dates";
        }
        if (n.startsWith("sample")) {
            return "sample_size";
        }
        if (Columns.IGNORED.equals(named)) {
            // "Lead (pts)", "Johnson Lead", "Margin of error": figures derived for readers, never a candidate.
            return Columns.IGNORED;
        }
        if (n.equals("others") || n.equals("other") || n.equals("oth")) {
            return null; // "Others" is an option
        }
        return Columns.field(label)
                .filter(f -> !f.equals("option") && !f.equals("share"))
                .orElse(null);
    }

    /** The columns' labels as the table writes them, for a message: "Candidate, Share". */
    static String labels(List<Column> columns) {
        List<String> labels = columns.stream()
                .map(c -> ((c.group().isEmpty() ? "" : c.group() + " ") + c.leaf()).strip())
                .filter(l -> !l.isEmpty())
                .toList();
        return labels.size() <= LABELS_SHOWN
                ? String.join(", ", labels)
                : String.join(", ", labels.subList(0, LABELS_SHOWN)) + " and " + (labels.size() - LABELS_SHOWN)
                        + " more";
    }

    /** Column labels a message names before counting the rest: a table's header is quoted to say what it was. */
    static final int LABELS_SHOWN = 20;

    /** What {@link #isPollTable} found missing: "pollster", "date", "candidate or party", joined with "or". */
    static String missing(List<Column> columns) {
        List<String> missing = new ArrayList<>();
        if (columns.stream().noneMatch(Column::isPollster)) {
            missing.add("pollster");
        }
        if (columns.stream().noneMatch(c -> c.field() != null && DATE_FIELDS.contains(c.field()))) {
            missing.add("date");
        }
        if (columns.stream().noneMatch(Column::isOption)) {
            missing.add("candidate or party");
        }
        int n = missing.size();
        return n <= 1
                ? String.join("", missing)
                : String.join(", ", missing.subList(0, n - 1)) + " or " + missing.get(n - 1);
    }

    /** A pollster column, a date column and at least one option column. */
    static boolean isPollTable(List<Column> columns) {
        boolean pollster = columns.stream().anyMatch(Column::isPollster);
        boolean date = columns.stream().anyMatch(c -> c.field() != null && DATE_FIELDS.contains(c.field()));
        boolean option = columns.stream().anyMatch(Column::isOption);
        return pollster && date && option;
    }
}
