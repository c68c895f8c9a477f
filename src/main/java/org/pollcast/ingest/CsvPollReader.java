package org.pollcast.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.pollcast.BadInputException;

/**
 * Reads the two CSV layouts into {@link RawPoll}s, one at a time as the caller asks, so a file is never held
 * whole. Long: one row per poll and option (see {@link LongCsvPolls}). Wide: one row per poll, every column the
 * {@link Columns} vocabulary does not name is an option. The header is checked first ({@link CsvHeader}).
 */
final class CsvPollReader {
    private static final List<String> META = List.of(
            "election",
            "year",
            "contest",
            "scope",
            "pollster",
            "client",
            "fieldwork_start",
            "fieldwork_end",
            "published",
            "date_precision",
            "sample_size",
            "population",
            "mode",
            "dont_know",
            "notes",
            "citation",
            "poll_id",
            "scenario",
            CountRounds.FIELD);

    private CsvPollReader() {}

    /**
     * The polls of a long CSV, a poll's rows grouped as they come. A poll's rows must be next to each other: a
     * row of a poll that other polls' rows have come after stops the file with an error, since grouping rows
     * from anywhere in the file would mean holding every row until the end.
     */
    static RawPolls readLong(SourceDocument doc, Integer contextYear, Predicate<String> optionName) {
        CsvTable table = CsvTable.open(doc);
        try {
            int option = require(table, "option", "candidate_or_party");
            int share = require(table, "share", "share");
            requirePollster(table);
            requireDate(table);
            CsvHeader.check(table);
            return new LongCsvPolls(doc.name(), table, Layout.of(doc, table), option, share, contextYear, optionName);
        } catch (RuntimeException e) {
            table.close();
            throw e;
        }
    }

    /**
     * The polls of a wide CSV, one a row, read as they are asked for. {@code optionName} says whether a header may
     * name a candidate or party: a column headed by one that is also a vocabulary word ("Ref", as published tables
     * head Reform UK's column, is also a citation heading) is read as that option when its first rows hold shares,
     * as the HTML reader reads such a column (see {@link HtmlColumns#of}); read as citations, the figures would be
     * dropped without a word.
     */
    static RawPolls readWide(SourceDocument doc, Integer contextYear, Predicate<String> optionName) {
        CsvTable table = CsvTable.open(doc);
        try {
            Set<Integer> options = new HashSet<>(shareColumnsOfCitationWords(doc, table.header(), optionName));
            options.addAll(partiesNamedAsDontKnow(table.header(), optionName));
            table.readAsOptions(options);
            requirePollster(table);
            requireDate(table);
            CsvHeader.check(table, true);
            if (IntStream.range(0, table.header().size())
                    .noneMatch(i ->
                            !table.header().get(i).isBlank() && table.field(i).isEmpty())) {
                throw new BadInputException(doc.name() + ":1: no option columns: a wide poll file needs one column "
                        + "per candidate or party besides pollster, dates and sample size");
            }
            return new WideCsvPolls(doc.name(), table, Layout.of(doc, table), contextYear);
        } catch (RuntimeException e) {
            table.close();
            throw e;
        }
    }

    /**
     * The columns headed by a don't-know word that names a party or candidate of the election ({@code optionName}):
     * Hungary's "DK", the Democratic Coalition, beside Fidesz in Europe Elects' file. A don't-know column holds
     * figures as a party's does, so the figures cannot tell them apart; the definition can, as the long CSV's rows are
     * told apart. Read as don't-knows, DK's 8 was dropped and Nézőpont's Fidesz 43 stored as 46.7.
     */
    private static Set<Integer> partiesNamedAsDontKnow(List<String> header, Predicate<String> optionName) {
        Set<Integer> parties = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            if ("dont_know".equals(Columns.field(header.get(i)).orElse(null))
                    && optionName.test(header.get(i).trim())) {
                parties.add(i);
            }
        }
        return parties;
    }

    /** The rows looked at to tell a column of shares from one of sources: a table's first polls say which. */
    private static final int ROWS_LOOKED_AT = 50;

    /**
     * The columns headed by a citation word that also names a candidate or party ({@code optionName}) whose first
     * {@value #ROWS_LOOKED_AT} rows give shares in at least as many rows as anything else but blanks, dashes and
     * footnote markers (a placeholder such as "TBC" in one row is that row's mistake, not the column's). Lines of one cell (year dividers, notes) and lines with no figure at all (further header lines) say nothing of
     * it. The file is read a second time from its start for this, a few rows only, so it still streams.
     */
    private static Set<Integer> shareColumnsOfCitationWords(
            SourceDocument doc, List<String> header, Predicate<String> optionName) {
        Set<Integer> candidates = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            if ("citation".equals(Columns.field(header.get(i)).orElse(null))
                    && optionName.test(header.get(i).trim())) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return Set.of();
        }
        Map<Integer, Integer> shares = new HashMap<>();
        Map<Integer, Integer> notShares = new HashMap<>();
        try (CsvTable peek = CsvTable.open(doc)) {
            int looked = 0;
            for (Iterator<CsvTable.Row> it = peek.iterator(); it.hasNext() && looked < ROWS_LOOKED_AT; ) {
                List<String> cells =
                        it.next().values().stream().map(TableText::clean).toList();
                if (cells.stream().filter(c -> !c.isEmpty()).count() <= 1
                        || cells.stream().noneMatch(HtmlColumns::isShare)) {
                    continue;
                }
                looked++;
                for (int c : candidates) {
                    String cell = c < cells.size() ? cells.get(c) : "";
                    if (HtmlColumns.isShare(cell)) {
                        shares.merge(c, 1, Integer::sum);
                    } else if (!PollShares.isNotReported(cell)) {
                        notShares.merge(c, 1, Integer::sum);
                    }
                }
            }
        }
        Set<Integer> read = new HashSet<>();
        shares.forEach((c, n) -> {
            if (n >= notShares.getOrDefault(c, 0)) {
                read.add(c);
            }
        });
        return read;
    }

    /**
     * Where a table's descriptive columns are, and the order its slashed dates are written in: found once per file,
     * not once per row.
     */
    record Layout(Map<String, Integer> meta, int pollsterClient, int dates, SlashDateOrder slashDates) {
        static Layout of(SourceDocument doc, CsvTable table) {
            List<Integer> dateColumns = SlashDateOrder.DATE_FIELDS.stream()
                    .map(table::column)
                    .filter(c -> c >= 0)
                    .toList();
            return new Layout(
                    metaColumns(table),
                    table.column("pollster_client"),
                    table.column("dates"),
                    SlashDateOrder.of(doc, dateColumns));
        }
    }

    static Map<String, RawPoll.RawField> fields(CsvTable table, CsvTable.Row row, Layout layout, Integer contextYear) {
        Map<String, RawPoll.RawField> fields = new LinkedHashMap<>();
        Location at = Location.line(row.line());
        // A cell copied from a published table keeps its footnote marker ("Savanta[2]"): not part of the value.
        layout.meta().forEach((field, col) -> {
            String text = field.equals("notes") ? row.get(col) : TableText.clean(row.get(col));
            if (SlashDateOrder.DATE_FIELDS.contains(field)) {
                text = layout.slashDates().apply(text);
            }
            fields.put(field, new RawPoll.RawField(text, table.header().get(col), at));
        });
        Integer dontKnow = layout.meta().get("dont_know");
        for (int c = 0; dontKnow != null && c < table.header().size(); c++) {
            // "Blank/Null" beside "Undecided": those casting no valid vote, one figure of the two.
            if (c != dontKnow && "dont_know".equals(table.field(c).orElse(null))) {
                fields.merge(
                        "dont_know",
                        new RawPoll.RawField(
                                TableText.clean(row.get(c)), table.header().get(c), at),
                        PollShares::together);
            }
        }
        Integer pc = layout.pollsterClient() >= 0 ? layout.pollsterClient() : null;
        if (pc != null && !fields.containsKey("pollster")) {
            String header = table.header().get(pc);
            if (fields.containsKey("client")) {
                fields.put(
                        "pollster",
                        new RawPoll.RawField(TableText.clean(row.get(pc)).split("\\s*/\\s*", 2)[0], header, at));
            } else {
                // The whole cell: PollNames.withClientFromPollster tells the firm from the client, which side the
                // alias table knows ("CNN/SSRS" is SSRS's poll for CNN, "Emerson College/PIX11" Emerson's for PIX11).
                fields.put("pollster", new RawPoll.RawField(TableText.clean(row.get(pc)), header, at));
            }
        }
        // "Ipsos/El Comercio (Valid votes)": the line's basis, as Peru's tables print a survey twice (VoteBasis).
        VoteBasis.moveToNotes("pollster", fields);
        VoteBasis.moveToNotes("client", fields);
        int dates = layout.dates();
        if (dates >= 0) {
            DateCell.apply(
                    layout.slashDates().apply(TableText.clean(row.get(dates))),
                    table.header().get(dates),
                    at,
                    contextYear(fields, contextYear),
                    fields);
        } else if (fields.containsKey("fieldwork_end") && !fields.containsKey("fieldwork_start")) {
            // A single "Date" column may still hold a range such as "28-30 Apr 2008".
            RawPoll.RawField end = fields.get("fieldwork_end");
            if (FieldworkDates.parse(end.value(), null)
                    .map(r -> r.start() != null)
                    .orElse(false)) {
                DateCell.apply(end.value(), end.column(), at, contextYear(fields, contextYear), fields);
            }
        }
        return fields;
    }

    private static Integer contextYear(Map<String, RawPoll.RawField> fields, Integer fallback) {
        RawPoll.RawField year = fields.get("year");
        return year != null && year.value().matches("\\d{4}") ? Integer.valueOf(year.value()) : fallback;
    }

    private static Map<String, Integer> metaColumns(CsvTable table) {
        Map<String, Integer> meta = new LinkedHashMap<>();
        for (String f : META) {
            int col = table.column(f);
            if (col >= 0) {
                meta.put(f, col);
            }
        }
        return meta;
    }

    private static int require(CsvTable table, String field, String name) {
        int col = table.column(field);
        if (col < 0) {
            throw new BadInputException(table.source() + ":1: missing required column '" + name + "'");
        }
        return col;
    }

    private static void requirePollster(CsvTable table) {
        if (table.column("pollster") < 0 && table.column("pollster_client") < 0) {
            int citation = table.column("citation");
            // Polling sites head the firms' column "Source"; here that word names the citation column (a URL).
            String hint = citation < 0
                    ? ""
                    : "; the column '" + table.header().get(citation) + "' is read as the citation (the source's"
                            + " link): if it names the polling firms, head it 'Pollster' or 'Poll source'";
            throw new BadInputException(table.source() + ":1: missing required column 'pollster'" + hint);
        }
    }

    private static void requireDate(CsvTable table) {
        if (table.column("fieldwork_end") < 0 && table.column("published") < 0 && table.column("dates") < 0) {
            throw new BadInputException(
                    table.source() + ":1: missing required column 'fieldwork_end' (or 'published')");
        }
    }

    static String value(Map<String, RawPoll.RawField> fields, String field) {
        RawPoll.RawField f = fields.get(field);
        return f == null ? "" : Optional.ofNullable(f.value()).orElse("").trim();
    }
}
