package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pollcast.BadInputException;

/**
 * An aggregator's page about one poll in the layout of the European Opinion Polls as Open Data pages
 * (filipvanlaenen.github.io, every European country alike): a title naming the firm, the client and the fieldwork,
 * then a table of the parties in rows with the poll's figure in a "Poll Result" column beside the last result and
 * confidence intervals, which are the site's and never figures of the poll:
 *
 * <pre>
 * Opinion Poll by Gallup International for BNR, 10–21 October 2024
 * | Party | Last Result | Poll Result | 80% Confidence Interval | ... |
 * |---|---|---|---|
 * | Възраждане (ESN) | 0.0% | 14.9% | 13.5–16.4% | ... |
 * </pre>
 *
 * The same page copied as text prints the table without bars, a cell's words and figures parted by spaces
 * ({@code Party Last Result Poll Result 80% Confidence Interval ...} over {@code Sverigedemokraterna 17.5% 22.8%
 * 21.4–24.2% ...}): the columns after the party are figures, so a row's last figures are its cells and the words before
 * them its party. A blind trial on Sweden's 2018 and 2022 elections found most stored copies of its final polls so,
 * refused as a CSV with a title line above its header.
 *
 * A party's European group in brackets after its name ("(EPP)", "(S&amp;D)", "(*)" for none) is no part of its name.
 * The site lists a joint list's parties one by one (Bulgaria's PP–DB as PP, Yes, Bulgaria! and DB): rows whose names
 * the election gives to one party are that party's parts, and their figures are added ({@link #ROW_FIELD}). Read as a
 * poll table these pages were refused as having no pollster or date column: a blind trial on Bulgaria's October 2024
 * election found them the only stored copies of its final polls.
 */
final class OpinionPollPageReader {
    /**
     * The field of a share read from a party's row: two rows naming one party are a joint list's parts, summed
     * ({@link PollShares}), where two columns naming one party are one figure printed twice and refused.
     */
    static final String ROW_FIELD = "Poll Result of ";

    /** "Opinion Poll by Тренд for 24 часа, 16–22 October 2024": firm, perhaps a client, the fieldwork's dates. */
    private static final Pattern TITLE = Pattern.compile(
            "(?:#+\\s*)?Opinion Poll by (?<firm>.+?)(?: for (?<client>.+?))?,\\s*(?<dates>[^,]*\\d{4})\\s*");

    /** A party's European group after its name: "(EPP)", "(S&D)", "(G/EFA)", "(GUE/NGL)", "(Greens/EFA)", "(*)". */
    private static final Pattern GROUP =
            Pattern.compile("\\s*\\((?:\\*|[\\p{Lu}&/]{1,8}|[\\p{Lu}][\\p{L}&/]{1,9})\\)$");

    /** A column of the text copy's header after "Party": the site's own names, each a figure in the rows. */
    private static final Pattern TEXT_COLUMN =
            Pattern.compile("Last Result|Poll Result|Median|\\d+% Confidence Interval");

    /** A figure cell of the text copy: a share ("28.3%", "<0.1%") or an interval ("27.2–29.8%"), or "N/A". */
    private static final Pattern TEXT_FIGURE =
            Pattern.compile("<?\\d+(?:\\.\\d+)?%|\\d+(?:\\.\\d+)?[–-]\\d+(?:\\.\\d+)?%|N/A");

    private OpinionPollPageReader() {}

    /** Whether {@code text} is such a page: the title line and a table with a Party and a Poll Result column. */
    static boolean looksLike(String text) {
        List<String> lines = text.lines().map(String::strip).toList();
        Optional<Integer> at = title(lines);
        if (at.isEmpty()) {
            return false;
        }
        try {
            return table(lines, at.get(), "").isPresent();
        } catch (BadInputException e) {
            return true; // such a page, with a row short of cells: reading it says which
        }
    }

    /** The page's poll. */
    static RawPoll read(SourceDocument doc) {
        String source = doc.name();
        List<String> lines =
                doc.text(ReleasePageReader.MAX_CHARS).lines().map(String::strip).toList();
        int at = title(lines)
                .orElseThrow(() -> new BadInputException(source + ": no title line 'Opinion Poll by FIRM for CLIENT,"
                        + " DATES' over the table of the poll's figures"));
        Matcher m = TITLE.matcher(lines.get(at));
        if (!m.matches()) {
            throw new IllegalStateException("title line no longer matches");
        }
        Table table = table(lines, at, source)
                .orElseThrow(() -> new BadInputException(source + ":" + (at + 1) + ": no table with a 'Party' and a"
                        + " 'Poll Result' column under the title"));
        Location where = Location.line(at + 1);
        Map<String, RawPoll.RawField> fields = new LinkedHashMap<>();
        fields.put("pollster", new RawPoll.RawField(m.group("firm").trim(), "title", where));
        List<String> header = new ArrayList<>(List.of("pollster"));
        List<String> cells = new ArrayList<>(List.of(m.group("firm").trim()));
        if (m.group("client") != null) {
            fields.put("client", new RawPoll.RawField(m.group("client").trim(), "title", where));
            header.add("client");
            cells.add(m.group("client").trim());
        }
        // "10–21 October 2024", "28 September–6 October 2024": read as a table's date cell is.
        DateCell.apply(m.group("dates").trim(), "title", where, null, fields);
        header.add("dates");
        cells.add(m.group("dates").trim());
        List<RawShare> shares = new ArrayList<>();
        for (Row r : table.rows()) {
            String name = GROUP.matcher(r.party()).replaceFirst("").strip();
            String share = r.result().replace("%", "").strip();
            shares.add(new RawShare(name, share, ROW_FIELD + "'" + r.party() + "'", Location.line(r.line())));
            header.add(name);
            cells.add(share);
        }
        Location first = Location.line(table.rows().get(0).line());
        SourceRows rows = new SourceRows(header, List.of(new SourceRows.Row(first, cells)));
        return new RawPoll(first, fields, shares, rows, List.of());
    }

    /** A party's row: its name as printed, its Poll Result cell and its line (1-based). */
    private record Row(String party, String result, int line) {}

    private record Table(List<Row> rows) {}

    private static Optional<Integer> title(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (TITLE.matcher(lines.get(i)).matches()) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /**
     * The first table after line {@code from} with a Party and a Poll Result column, and a row or more: a pipe table,
     * or its text copy without bars.
     */
    private static Optional<Table> table(List<String> lines, int from, String source) {
        for (int i = from; i < lines.size(); i++) {
            int at = i;
            Optional<Table> t = lines.get(at).startsWith("|")
                    ? pipeTable(lines, at, source)
                    : barCell(lines.get(at)).filter("Party"::equals).isPresent()
                            ? barTable(lines, at, source)
                            : textHeader(lines.get(at)).flatMap(head -> textTable(lines, at, head, source));
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    private static Optional<Table> pipeTable(List<String> lines, int i, String source) {
        List<String> head = cells(lines.get(i));
        int party = indexOf(head, "party");
        int result = indexOf(head, "poll result");
        if (party < 0 || result < 0) {
            return Optional.empty();
        }
        List<Row> rows = new ArrayList<>();
        for (int j = i + 1; j < lines.size() && lines.get(j).startsWith("|"); j++) {
            List<String> row = cells(lines.get(j));
            if (row.stream().allMatch(c -> c.matches(":?-+:?"))) {
                continue; // the |---| line under the header
            }
            if (row.size() <= Math.max(party, result)) {
                // A party dropped without a word would read as one the poll left out.
                throw new BadInputException(source + ":" + (j + 1) + ": field 'Poll Result': the row has " + row.size()
                        + " cells, too few to reach the Poll Result column (" + (result + 1) + ")");
            }
            if (!row.get(party).isEmpty()) {
                rows.add(new Row(row.get(party), row.get(result), j + 1));
            }
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(new Table(rows));
    }

    /** The text copy's header, "Party" and the site's columns after it; empty for any other line. */
    private static Optional<List<String>> textHeader(String line) {
        if (!line.startsWith("Party ")) {
            return Optional.empty();
        }
        List<String> head = new ArrayList<>(List.of("Party"));
        Matcher m = TEXT_COLUMN.matcher(line);
        int end = "Party".length();
        while (m.find()) {
            if (!line.substring(end, m.start()).isBlank()) {
                return Optional.empty(); // words that are none of the site's columns: some other table
            }
            head.add(m.group());
            end = m.end();
        }
        return end == line.length() && head.contains("Poll Result") ? Optional.of(head) : Optional.empty();
    }

    /** The text copy's rows under its header, up to the first blank line. */
    private static Optional<Table> textTable(List<String> lines, int i, List<String> head, String source) {
        int figures = head.size() - 1;
        int result = head.indexOf("Poll Result") - 1;
        List<Row> rows = new ArrayList<>();
        for (int j = i + 1; j < lines.size() && !lines.get(j).isBlank(); j++) {
            String[] words = lines.get(j).split("\\s+");
            int cells = 0;
            while (cells < words.length
                    && TEXT_FIGURE.matcher(words[words.length - 1 - cells]).matches()) {
                cells++;
            }
            if (cells < figures || cells == words.length) {
                // A copy that ends inside the table, or a row short of a figure: which figure is missing cannot be
                // told, and a party dropped without a word would read as one the poll left out.
                throw new BadInputException(source + ":" + (j + 1) + ": field 'Poll Result': the row has " + cells
                        + " figures after the party's name, where the header (line " + (i + 1) + ") has " + figures
                        + " columns");
            }
            int first = words.length - figures;
            String party = String.join(" ", Arrays.asList(words).subList(0, first));
            rows.add(new Row(party, words[first + result], j + 1));
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(new Table(rows));
    }

    /**
     * A cell of the copy that prints the table one cell a line, each ended by a bar ({@code Party |}, {@code Last
     * Result |}, ... then {@code Sjálfstæðisflokkurinn |}, {@code 25.2% |}, ...), as the search corpus stores many of
     * the site's pages: the cell's text, or empty for any other line. A blind trial on Iceland's 2021 election found
     * three of its final polls so, each refused as a CSV with a title line above its header.
     */
    private static Optional<String> barCell(String line) {
        if (line.startsWith("|") || !line.endsWith("|")) {
            return Optional.empty();
        }
        return Optional.of(line.substring(0, line.length() - 1).strip());
    }

    /**
     * That copy's table: the header's cells ("Party" and the site's columns), then each row as many cells, a party's
     * name and its figures, up to the first line that is no cell (the site's note under the table).
     */
    private static Optional<Table> barTable(List<String> lines, int i, String source) {
        List<String> head = new ArrayList<>(List.of("Party"));
        int j = i + 1;
        for (; j < lines.size(); j++) {
            Optional<String> c = barCell(lines.get(j));
            if (c.isEmpty() || !TEXT_COLUMN.matcher(c.get()).matches()) {
                break;
            }
            head.add(c.get());
        }
        int result = head.indexOf("Poll Result");
        if (result < 0) {
            return Optional.empty();
        }
        List<Row> rows = new ArrayList<>();
        while (j < lines.size() && barCell(lines.get(j)).isPresent()) {
            int start = j;
            List<String> row = new ArrayList<>();
            while (row.size() < head.size()
                    && j < lines.size()
                    && barCell(lines.get(j)).isPresent()) {
                row.add(barCell(lines.get(j)).get());
                j++;
            }
            boolean figures = row.size() == head.size()
                    && !TEXT_FIGURE.matcher(row.get(0)).matches()
                    && row.subList(1, row.size()).stream()
                            .allMatch(c -> TEXT_FIGURE.matcher(c).matches());
            if (!figures) {
                // Cells are told apart only by counting them: a row short of one would shift every row after it.
                throw new BadInputException(source + ":" + (start + 1) + ": field 'Poll Result': the row from this"
                        + " line is not a party's name over " + (head.size() - 1) + " figures, one a line as the"
                        + " header (line " + (i + 1) + ") has columns: " + row);
            }
            rows.add(new Row(row.get(0), row.get(result), start + 1));
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(new Table(rows));
    }

    private static int indexOf(List<String> head, String name) {
        for (int i = 0; i < head.size(); i++) {
            if (head.get(i).toLowerCase(Locale.ROOT).equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** A pipe row's cells, trimmed, without the empty ones before its first bar and after its last. */
    private static List<String> cells(String line) {
        String t = line.strip();
        if (t.startsWith("|")) {
            t = t.substring(1);
        }
        if (t.endsWith("|")) {
            t = t.substring(0, t.length() - 1);
        }
        List<String> out = new ArrayList<>();
        for (String c : t.split("(?<!\\\\)\\|", -1)) {
            out.add(c.strip());
        }
        return out;
    }
}
