package org.pollcast.report;

import com.fasterxml.jackson.core.type.TypeReference;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.pollcast.ingest.YamlFile;

/** Party colours from {@code data/palette.yaml}; unknown parties get a neutral grey, {@code other} a lighter one. */
public final class Palette {
    private static final String GREY = "#7F7F7F";
    private final Map<String, String> hex;

    private Palette(Map<String, String> hex) {
        this.hex = Map.copyOf(hex);
    }

    /** The palette in {@code file} (a mapping of party id to #RRGGBB), or none when there is no such file. */
    public static Palette load(Path file) {
        Map<String, String> out = new HashMap<>();
        if (!Files.exists(file)) {
            return new Palette(out);
        }
        YamlFile<Map<String, String>> src = YamlFile.read(file, new TypeReference<Map<String, String>>() {}, "palette");
        src.value().forEach((party, colour) -> {
            if (!colour.matches("#[0-9A-Fa-f]{6}")) {
                throw src.fail(party, "'" + colour + "' is not a colour like #E4003B");
            }
            out.put(party, colour.toUpperCase(Locale.ROOT));
        });
        return new Palette(out);
    }

    /** The colour of a party id (or of an option's party), as #RRGGBB. */
    public String hex(String party) {
        if (party == null) {
            return GREY;
        }
        return hex.getOrDefault(party, party.equals("other") ? "#B0B0B0" : GREY);
    }

    static Color color(String hex) {
        return Color.decode(hex);
    }
}
