package org.pollcast.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.pollcast.BadInputException;

/** Party colours from {@code data/palette.yaml}; unknown parties get a neutral grey, {@code other} a lighter one. */
public final class Palette {
    private static final String GREY = "#7F7F7F";
    private final Map<String, String> hex;

    private Palette(Map<String, String> hex) {
        this.hex = Map.copyOf(hex);
    }

    public static Palette load(Path file) {
        Map<String, String> out = new HashMap<>();
        if (!Files.exists(file)) {
            return new Palette(out);
        }
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(Files.readAllBytes(file));
            for (Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                String v = e.getValue().asText();
                if (!v.matches("#[0-9A-Fa-f]{6}")) {
                    throw new BadInputException(file + ": field '" + e.getKey() + "': '" + v + "' is not a colour like #E4003B");
                }
                out.put(e.getKey(), v.toUpperCase(java.util.Locale.ROOT));
            }
            return new Palette(out);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read the palette: " + e.getMessage());
        }
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
