package org.pollcast.ingest;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The rejects file of {@code ingest --skip-invalid}: the rejected polls' rows exactly as the source has them (all
 * their columns, in its layout; every row of a long-format poll) with the reasons in a last column,
 * {@value #REASON}. Ingesting it reads that column as nothing, so a user corrects the rows and ingests the file
 * again. Cells are spreadsheet-safe ({@link SpreadsheetSafe}); reading undoes that. A source that was itself a
 * rejects file gets its old reasons replaced, not a second reason column. A row whose dates took their year from
 * around them (a divider, a page title) is preceded by that year as a divider line, as a copied table has it, with
 * a reason saying it is no poll: every line has a reason.
 */
public final class RejectsCsv {
    /** The reason column, last. */
    public static final String REASON = "reject_reason";

    private RejectsCsv() {}

    /**
     * The rejected polls grouped by layout (the same header), in order of first appearance: each group is one
     * file, since rows of different layouts cannot share one.
     */
    public static List<List<RejectedPoll>> byLayout(List<RejectedPoll> polls) {
        Map<List<String>, List<RejectedPoll>> groups = new LinkedHashMap<>();
        for (RejectedPoll p : polls) {
            groups.computeIfAbsent(p.rows().header(), k -> new ArrayList<>()).add(p);
        }
        return List.copyOf(groups.values());
    }

    /** The number of source rows {@code polls} write (a row shared by two rejected polls counts once). */
    public static int rowCount(List<RejectedPoll> polls) {
        return rows(polls).size();
    }

    /** Writes one layout's polls: the header plus {@value #REASON}, then each row once with all its reasons. */
    public static void write(List<RejectedPoll> polls, Writer out) throws IOException {
        if (polls.isEmpty()) {
            throw new IllegalArgumentException("no rejected polls to write");
        }
        List<String> header = polls.get(0).rows().header();
        int oldReason = -1;
        for (int i = 0; i < header.size(); i++) {
            if (Columns.normalise(header.get(i)).equals(REASON)) {
                oldReason = i;
            }
        }
        Map<String, Line> rows = rows(polls);
        int width = header.size();
        for (Line line : rows.values()) {
            width = Math.max(width, line.cells.size());
        }
        CSVPrinter csv = new CSVPrinter(
                out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
        csv.printRecord(safe(withReason(header, width, oldReason, REASON)));
        Integer divider = null;
        for (Line line : rows.values()) {
            if (line.year != null && !line.year.equals(divider)) {
                // The year a "9 Oct" took from a divider or the page title: without it, the corrected row would be
                // dated in the election's year, or not at all.
                // Not a poll, so it carries its own reason: a line with an empty reason read as a row pollcast
                // had forgotten to explain. Ingesting the file again reads it as a divider (WideCsvPolls does not
                // count the reason cell).
                divider = line.year;
                csv.printRecord(withReason(
                        List.of(Integer.toString(divider)),
                        width,
                        oldReason,
                        "not a poll: a year divider, kept so that the rows below whose dates give no year are dated "
                                + divider + " when this file is ingested again"));
            }
            csv.printRecord(safe(withReason(line.cells, width, oldReason, String.join("; ", line.reasons))));
        }
        csv.flush();
    }

    private static final class Line {
        final List<String> cells;
        final Integer year;
        final Set<String> reasons = new LinkedHashSet<>();

        Line(List<String> cells, Integer year) {
            this.cells = cells;
            this.year = year;
        }
    }

    /** Every row once, keyed by source and place, with the reasons of every poll it belongs to. */
    private static Map<String, Line> rows(List<RejectedPoll> polls) {
        Map<String, Line> rows = new LinkedHashMap<>();
        for (RejectedPoll p : polls) {
            for (SourceRows.Row r : p.rows().rows()) {
                rows.computeIfAbsent(
                                p.source() + "\u0001" + r.location(),
                                k -> new Line(r.cells(), p.rows().year()))
                        .reasons
                        .add(p.reason());
            }
        }
        return rows;
    }

    /**
     * The cells padded to {@code width}, without the old reason column, and the reason last. Every line of a rejects
     * file says why it is there: one without a reason is pollcast's mistake, refused here rather than written.
     */
    private static List<String> withReason(List<String> cells, int width, int oldReason, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalStateException("a rejects line without a reason: " + cells);
        }
        List<String> out = new ArrayList<>(width + 1);
        for (int i = 0; i < width; i++) {
            if (i != oldReason) {
                out.add(i < cells.size() ? cells.get(i) : "");
            }
        }
        out.add(reason);
        return out;
    }

    private static List<String> safe(List<String> cells) {
        return cells.stream().map(SpreadsheetSafe::cell).toList();
    }
}
