package org.pollcast.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pollcast.BadInputException;
import org.pollcast.election.Constituency;
import org.pollcast.election.Election;

/**
 * What the Mayor's and the Assembly's declarations files share: the file opened within the download limits,
 * its required columns, the year filter that lets a bundled results file be replayed, constituency names and
 * vote counts. Each problem names file, line and field.
 */
final class DeclarationRows {
    private final String source;
    private final List<String> header;
    /** The declaring area's column as the file heads it ({@code constituency}, {@code Area}), for messages. */
    private final String seatField;

    private final int yearColumn;
    private final String year;
    private final Election election;
    private final List<Constituency> seats;
    private final Map<String, Constituency> byName = new HashMap<>();
    private int firstLine = -1;

    private DeclarationRows(CsvTable table, Election election, List<Constituency> seats, String... required) {
        this.source = table.source();
        this.header = withAreaColumn(
                source, table.header().stream().map(Columns::normalise).toList());
        int seatColumn = header.indexOf("constituency");
        this.seatField =
                seatColumn < 0 ? "constituency" : table.header().get(seatColumn).trim();
        for (String column : required) {
            if (!header.contains(column)) {
                throw new BadInputException(source + ":1: field '" + column + "': missing required column (the header"
                        + " has: " + String.join(", ", table.header()) + ")");
            }
        }
        this.yearColumn = header.indexOf("year");
        this.year = Integer.toString(election.date().getYear());
        this.election = election;
        this.seats = seats;
        for (Constituency c : seats) {
            byName.put(Names.fold(c.name()), c);
            byName.put(Names.fold(c.id()), c);
        }
    }

    /**
     * {@code header} with an area column read as the constituency column. A place that lists its own count areas
     * (a combined authority's councils) calls them areas, and its night files say {@code area} or {@code count area}
     * where London's say {@code constituency}; both mean the same thing here. A file giving both is refused, as a
     * poll file naming one field twice is: which one was read would be left to chance.
     */
    private static List<String> withAreaColumn(String source, List<String> header) {
        List<String> areas = header.stream().filter(AREA_COLUMNS::contains).toList();
        if (areas.isEmpty()) {
            return header;
        }
        if (areas.size() > 1 || header.contains("constituency")) {
            List<String> both = new ArrayList<>(areas);
            if (header.contains("constituency")) {
                both.add(0, "constituency");
            }
            throw new BadInputException(source + ":1: field '" + both.get(1) + "': columns "
                    + String.join(" and ", both) + " both name the area declaring; keep one");
        }
        return header.stream()
                .map(h -> h.equals(areas.get(0)) ? "constituency" : h)
                .toList();
    }

    /**
     * Headers (normalised) that name the declaring area as {@code constituency} does: what places call their count
     * areas (New York's boroughs, a combined authority's councils, a US state's counties).
     */
    private static final List<String> AREA_COLUMNS = List.of(
            "area", "count_area", "borough", "council", "county", "district", "local_authority", "municipality");

    /**
     * The file as a table. A file whose last line has no line break is refused: on election night that is a file
     * caught while a script was still writing it, whose cut-off last row ("North East,Sadiq Khan,1113") would read
     * as a whole declaration.
     */
    static CsvTable open(Path file) {
        SourceDocument doc =
                SourceDocument.read(file.toString(), Duration.ofSeconds(30), IngestSettings.DEFAULT_MAX_DOWNLOAD);
        long unended = doc.unendedLastLine();
        if (unended > 0) {
            throw new BadInputException(doc.name() + ":" + unended + ": the last line has no line break, so the file"
                    + " may be half-written (still being written, or cut off): wait for it to be complete (write it to"
                    + " another name and rename it into place), or end a finished file with a line break");
        }
        return CsvTable.open(doc);
    }

    /** The table's header checked for {@code required} columns. */
    static DeclarationRows of(CsvTable table, Election election, List<Constituency> seats, String... required) {
        return new DeclarationRows(table, election, seats, required);
    }

    String source() {
        return source;
    }

    /** The column named {@code name} (normalised), or −1. */
    int column(String name) {
        return header.indexOf(name);
    }

    /** "file:line: field " for messages about {@code row}. */
    String where(CsvTable.Row row) {
        return source + ":" + row.line() + ": field ";
    }

    /** True when {@code row} belongs to the election's year (or says no year); remembers the first row seen. */
    boolean thisYear(CsvTable.Row row) {
        if (firstLine < 0) {
            firstLine = row.line();
        }
        return yearColumn < 0
                || row.get(yearColumn).isBlank()
                || row.get(yearColumn).equals(year);
    }

    /** The constituency {@code printed} names, by name or id in any case; {@code what}: "a constituency". */
    Constituency constituency(String printed, String where, String what) {
        Constituency seat = byName.get(Names.fold(printed));
        if (seat == null) {
            List<String> names = seats.stream().map(Constituency::name).toList();
            String suggestion = Names.suggestion(printed, names);
            // With no name close enough to suggest ("Durham County" for County Durham), list them all: on the night
            // the user should not have to open the definition to see how it spells them.
            throw new BadInputException(where + "'" + seatField + "': '" + printed + "' is not " + what + " of "
                    + election.id()
                    + (suggestion.isEmpty()
                            ? "; its " + (what.endsWith("area") ? "areas" : "constituencies") + " are "
                                    + String.join(", ", names)
                            : suggestion));
        }
        return seat;
    }

    /** A file with rows, none of them for the election's year, is a mistake, not an empty night. */
    void requireRows(boolean any) {
        if (!any && firstLine >= 0) {
            throw new BadInputException(
                    source + ":" + firstLine + ": field 'year': no rows for " + year + " (" + election.id() + ")");
        }
    }

    /** A declared vote count: a whole, non-negative number; thousands separators allowed ("1,234"). */
    static long votes(String cell, String where) {
        return PrintedVotes.parse(cell, where);
    }
}
