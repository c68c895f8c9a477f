package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.pollcast.BadInputException;
import org.pollcast.election.Scope;

/**
 * The header of a wide CSV: its first line, and the lines a published table keeps above its polls when it is copied
 * from the browser into a spreadsheet and saved as CSV. Read line by line before the first poll, then settled into
 * the file's columns ({@link #columns}, a {@link Settled}).
 *
 * <p>A header line after the first is blank under every column the vocabulary names (pollster, dates, sample) and
 * gives words, none of them a figure, under option columns: a page's second header row. Its words join the column's
 * label ("Labour" over "Khan" is "Labour Khan").
 *
 * <p>A column group. A header cell that spans several columns on the page ("First round" over Khan, Goldsmith, ...,
 * Others, Lead) is copied into the first of them and the rest are left blank, the names on the line below:
 * {@code First round,,,,Second round,,} over {@code Khan,Goldsmith,Others,Lead,Khan,Goldsmith,Lead}. A first-line
 * label that is no field of the vocabulary spans from its cell to the next label; it heads a group when the lines below
 * name a column of its span past its own cell, or when it names a scope and they name its own column. The group's scope is what {@link
 * ScopeWords#inText} reads in its label, as the HTML reader reads a {@code colspan} group over its columns; a group
 * that names none ("Candidates") gives its columns no scope, as today. Each column under a group is labelled by the
 * words below it alone: an option ("Khan", "Others"), or a derived figure to ignore ("Lead"). A label that begins with
 * a group's words on one line ({@code Second round Khan}, as the rejects file writes it) is read the same way.
 */
final class WideHeader {
    private static final Pattern FIGURE = Pattern.compile("[<~]?\\s*\\d[\\d.,]*\\s*%?");

    /**
     * An option column: the label of the group over it ("" for none), the scope that group names (null for none),
     * and its own label.
     */
    record Option(int column, String group, Scope scope, String leaf) {
        /** The column's whole label, as messages and the rejects file give it: "Second round Khan". */
        String label() {
            return group.isEmpty() ? leaf : group + " " + leaf;
        }
    }

    /**
     * The settled columns: the options in column order, the columns that must stay blank (no label at all) each with
     * the group it sits under ("" for none), and each column's whole label (the rejects file's header).
     */
    record Settled(List<Option> options, Map<Integer, String> unnamed, List<String> labels, List<Option> dontKnow) {
        Settled {
            options = List.copyOf(options);
            dontKnow = List.copyOf(dontKnow);
            unnamed = Collections.unmodifiableMap(new LinkedHashMap<>(unnamed));
            labels = List.copyOf(labels);
        }
    }

    private final String source;
    private final List<String> first;
    /** For each column, the first-line label that is no vocabulary field whose span covers it, or -1. */
    private final int[] spanStart;

    private final List<StringBuilder> words = new ArrayList<>();
    private int headerLines;

    WideHeader(CsvTable table) {
        this.source = table.source();
        this.first = table.header();
        this.spanStart = new int[first.size()];
        int start = -1;
        for (int c = 0; c < first.size(); c++) {
            String h = first.get(c);
            if (!h.isBlank()) {
                start = table.field(c).isEmpty() ? c : -1;
            }
            spanStart[c] = start;
            words.add(new StringBuilder());
        }
    }

    /**
     * Takes {@code row} as a further header line when it is one (words, no figures, only under option columns and the
     * blank columns after them), and says whether it was.
     */
    boolean absorb(CsvTable.Row row) {
        boolean any = false;
        for (int c = 0; c < row.values().size(); c++) {
            String cell = TableText.clean(row.get(c));
            if (cell.isEmpty()) {
                continue;
            }
            if (c >= spanStart.length
                    || spanStart[c] < 0
                    || FIGURE.matcher(cell).matches()
                    || PollShares.isNotReported(cell)) {
                return false;
            }
            any = true;
        }
        if (!any) {
            return false;
        }
        for (int c = 0; c < spanStart.length; c++) {
            String cell = TableText.clean(row.get(c));
            if (!cell.isEmpty()) {
                words.get(c).append(words.get(c).isEmpty() ? "" : " ").append(cell);
            }
        }
        headerLines++;
        return true;
    }

    /** The file's columns, from the first line and the header lines taken so far. */
    Settled columns() {
        List<Option> options = new ArrayList<>();
        // A group's "Undecided" column ("First choice" over the candidates and Undecided, as American tables have
        // it): that round's don't-knows, not a candidate.
        List<Option> dontKnow = new ArrayList<>();
        Map<Integer, String> unnamed = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>(first);
        Map<Scope, String> groupOfScope = new HashMap<>();
        for (int c = 0; c < first.size(); c++) {
            String label = first.get(c).trim();
            if (spanStart[c] != c) {
                if (label.isEmpty() && spanStart[c] < 0) {
                    unnamed.put(c, ""); // a blank column after a field's label, or before any label
                }
                continue;
            }
            int end = c;
            while (end + 1 < first.size() && spanStart[end + 1] == c) {
                end++;
            }
            Scope scope = ScopeWords.ofLabel(label);
            boolean scopeLabel = scope != null && ScopeWords.leadingGroup(label).isEmpty();
            boolean blanksNamed = false;
            for (int k = c + 1; k <= end; k++) {
                blanksNamed |= !words.get(k).isEmpty();
            }
            if (blanksNamed || (scopeLabel && !words.get(c).isEmpty())) {
                if (scope != null) {
                    String other = groupOfScope.putIfAbsent(scope, label);
                    if (other != null) {
                        throw new BadInputException(source + ":1: field '" + label + "': column " + (c + 1)
                                + " heads a second group of " + scope + " columns (the first is '" + other
                                + "'); a row holds one poll of each round or ballot");
                    }
                }
                for (int k = c; k <= end; k++) {
                    String leaf = words.get(k).toString();
                    labels.set(k, leaf.isEmpty() ? "" : label + " " + leaf);
                    if (leaf.isEmpty()) {
                        unnamed.put(k, label);
                    } else if ("dont_know".equals(Columns.field(leaf).orElse(null))) {
                        dontKnow.add(new Option(k, label, scope, leaf));
                    } else if (!Columns.IGNORED.equals(Columns.field(leaf).orElse(null))) {
                        options.add(new Option(k, label, scope, leaf));
                    }
                }
            } else if (scopeLabel) {
                throw spansNothing(label, c, end);
            } else {
                int column = c;
                String whole = (label + " " + words.get(c)).trim();
                labels.set(c, whole);
                options.add(ScopeWords.leadingGroup(whole)
                        .map(g -> new Option(column, g.group(), ScopeWords.ofLabel(g.group()), g.leaf()))
                        .orElse(new Option(column, "", null, whole)));
                for (int k = c + 1; k <= end; k++) {
                    unnamed.put(k, "");
                }
            }
        }
        return new Settled(options, unnamed, labels, dontKnow);
    }

    private BadInputException spansNothing(String label, int start, int end) {
        String columns = start == end ? "column " + (start + 1) : "columns " + (start + 1) + "–" + (end + 1);
        return new BadInputException(source + ":1: field '" + label + "': heads a group of columns (" + columns
                + ") but "
                + (headerLines == 0
                        ? "no second header line names the candidates or parties under it; keep the table's header"
                                + " rows when copying it, or write the group into each column's name (such as '" + label
                                + " Khan')"
                        : "the header line below names no candidate or party under it"));
    }
}
