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
    private static final String[] DISTINCT = {"#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7"};
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

    /**
     * Colours for the options of one chart, asked in the chart's order (the leader first): each option its party's
     * colour, except that an option whose colour an earlier option of the chart already has (two Democrats in a
     * primary, several independents) gets a shade of it, darker then lighter in turn. Before, such lines were drawn
     * alike and the legend could not tell them apart.
     */
    public Shades shades() {
        return new Shades();
    }

    /** One chart's colours: see {@link #shades()}. */
    public final class Shades {
        private final Map<String, String> byOption = new HashMap<>();
        private final Map<String, Integer> uses = new HashMap<>();

        private Shades() {}

        /** The colour of option {@code option} of party {@code party} in this chart, the same each time asked. */
        public String hex(String option, String party) {
            return byOption.computeIfAbsent(option, k -> {
                String base = Palette.this.hex(party);
                int n = uses.merge(base, 1, Integer::sum) - 1;
                if (n == 0) {
                    return base;
                }
                // Parties the palette does not know are all grey: shades of grey are hard to tell apart, so later
                // ones take distinct hues (Okabe and Ito's, readable with colour-blindness).
                return base.equals(GREY) ? DISTINCT[(n - 1) % DISTINCT.length] : shade(base, n);
            });
        }
    }

    /** The {@code n}th shade of a colour (n ≥ 1): odd n darker, even n lighter, each pair further from it. */
    static String shade(String hex, int n) {
        Color c = color(hex);
        double f = Math.min(0.75, 0.3 * ((n + 1) / 2));
        boolean darker = n % 2 == 1;
        int[] rgb = {c.getRed(), c.getGreen(), c.getBlue()};
        for (int i = 0; i < 3; i++) {
            rgb[i] = (int) Math.round(darker ? rgb[i] * (1 - f) : rgb[i] + (255 - rgb[i]) * f);
        }
        return String.format(Locale.ROOT, "#%02X%02X%02X", rgb[0], rgb[1], rgb[2]);
    }

    static Color color(String hex) {
        return Color.decode(hex);
    }
}
