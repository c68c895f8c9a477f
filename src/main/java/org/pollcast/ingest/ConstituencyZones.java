package org.pollcast.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.pollcast.BadInputException;

/** How much of each constituency is Inner London, from {@code data/results/london_constituency_zones.csv}. */
public final class ConstituencyZones {
    public static final String FILE = "london_constituency_zones.csv";

    private ConstituencyZones() {}

    /** Constituency name → inner share (0–1); empty when the file is absent. */
    public static Map<String, Double> read(DataHome home) {
        Path file = home.results().resolve(FILE);
        Map<String, Double> out = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(file)) {
            for (CSVRecord r : ResultsCsv.HEADED.parse(in)) {
                double v;
                try {
                    v = Double.parseDouble(r.get("inner_share"));
                } catch (NumberFormatException e) {
                    v = Double.NaN;
                }
                if (!(v >= 0 && v <= 1)) {
                    throw new BadInputException(file + ":" + (r.getRecordNumber() + 1) + ": field 'inner_share': '"
                            + r.get("inner_share") + "', expected 0–1");
                }
                out.put(r.get("constituency"), v);
            }
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage());
        }
        return out;
    }
}
