package org.pollcast.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.pollcast.BadInputException;
import org.pollcast.election.Election;

/**
 * How much of each constituency is inner city, from the {@code <series>_constituency_zones.csv} files of
 * data/results ({@code london_constituency_zones.csv}: the Inner London share). Rows have no year: a file is read
 * only for the series it is named for.
 */
public final class ConstituencyZones {
    private ConstituencyZones() {}

    /** Constituency name → inner share (0–1) for {@code election}'s series; empty when no file has any. */
    public static Map<String, Double> read(List<ResultFile> files, Election election) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (ResultFile f : files) {
            // Rows have no year or election: only a file named for the election's own series is read, so a new
            // place whose areas share London's names does not borrow London's inner-city shares.
            if (!f.prefix().equals(election.series())) {
                continue;
            }
            Map<String, Double> here = new LinkedHashMap<>();
            try (Reader in = Files.newBufferedReader(f.path())) {
                for (CSVRecord r : ResultsCsv.whole(ResultsCsv.HEADED.parse(in), f.path())) {
                    double v;
                    try {
                        v = Double.parseDouble(r.get("inner_share"));
                    } catch (NumberFormatException e) {
                        v = Double.NaN;
                    }
                    if (!(v >= 0 && v <= 1)) {
                        throw new BadInputException(f + ":" + (r.getRecordNumber() + 1) + ": field 'inner_share': '"
                                + r.get("inner_share") + "', expected 0–1");
                    }
                    here.put(r.get("constituency"), v);
                }
            } catch (NoSuchFileException e) {
                continue;
            } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                throw new BadInputException(f + ": cannot read: " + e.getMessage());
            }
            here.forEach(out::putIfAbsent);
        }
        return out;
    }
}
