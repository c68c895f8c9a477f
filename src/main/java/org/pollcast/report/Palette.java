package org.pollcast.report;

import com.fasterxml.jackson.core.type.TypeReference;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.pollcast.election.Candidate;
import org.pollcast.election.Contest;
import org.pollcast.election.Election;
import org.pollcast.election.Party;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.ingest.YamlFile;

/**
 * Party colours from {@code data/palette.yaml}; {@code other} is grey. The parties of an election the file does not
 * name get hues of their own ({@link #forElection}); an id outside any election gets a neutral grey.
 */
public final class Palette {
    private static final String GREY = "#7F7F7F";
    /** Others' grey: a lumped remainder, never a candidate. */
    private static final String OTHERS = "#B0B0B0";

    /**
     * Hues for parties the palette does not know, in the order they are handed out: Okabe and Ito's eight
     * (colour-blind safe; their yellow and black last, yellow being faint as a line on white; their blue after their
     * vermillion and purple, so that the first four hold one blue: sky blue and blue beside each other were the two
     * "near-identical blues" of Quebec's Liberals and Québec solidaire, and of Iceland's 2016 race chart), then Tol's indigo and
     * wine from his "muted" scheme, which stay apart from all eight for the three colour-vision deficiencies
     * ({@link Colours#seenWith}). No grey: grey is Others.
     */
    static final List<String> UNKNOWN = List.of(
            "#E69F00", "#56B4E9", "#009E73", "#D55E00", "#CC79A7", "#0072B2", "#332288", "#882255", "#F0E442",
            "#000000");

    /** Closer than this (CIE76) to a known party's colour, a hue is passed over: #0072B2 beside con's #0087DC is 14. */
    private static final double NEAR = 20;

    private final Map<String, String> hex;
    /** Colours of candidates who share their party with an earlier candidate of the election: see {@link #forElection}. */
    private final Map<String, String> candidates;

    private Palette(Map<String, String> hex) {
        this(hex, Map.of());
    }

    private Palette(Map<String, String> hex, Map<String, String> candidates) {
        this.hex = Map.copyOf(hex);
        this.candidates = Map.copyOf(candidates);
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

    /**
     * This palette with a colour for every party of {@code election} it does not know: the hues of {@link #UNKNOWN}
     * in the definition's order of the parties, passing over any close to a colour a known party of the election
     * has (while others are left). The order of the definition, not of a chart, so a party keeps its colour on every
     * chart of a report and from one nightly run to the next. Before, every such party was the same grey as Others:
     * Germany's seat chart was six grey series, New York's Mamdani grey. Asked again of its own result, the same.
     */
    public Palette forElection(Election election) {
        Map<String, String> out = new HashMap<>(hex);
        List<String> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Party p : election.parties()) {
            if (p.colour() != null) {
                // The definition's own colour for its party (Democrats blue, Republicans red) over the palette's.
                out.put(p.id(), p.colour());
                known.add(p.colour());
            } else if (hex.containsKey(p.id())) {
                known.add(hex.get(p.id()));
            } else if (!p.id().equals("other")) {
                unknown.add(p.id());
            }
        }
        List<String> free = new ArrayList<>(UNKNOWN.stream()
                .filter(c -> known.stream().allMatch(k -> Colours.deltaE(c, k) >= NEAR))
                .toList());
        // Too few hues clear of the known parties: the near ones too, after the clear ones.
        UNKNOWN.stream().filter(c -> !free.contains(c)).forEach(free::add);
        for (int i = 0; i < unknown.size(); i++) {
            String base = free.get(i % free.size());
            // Past the list, its hues again a shade darker, then lighter (as a chart's shades are).
            out.put(unknown.get(i), i < free.size() ? base : shade(base, i / free.size()));
        }
        return new Palette(out, partyMates(election, out));
    }

    /**
     * A colour of its own for each candidate who shares a party with an earlier candidate of the election (in the
     * definition's order, contest by contest), and for the first where its party's colour is near Others' grey
     * (independents'): the first otherwise keeps the party's colour; each later one takes the first
     * of {@link #UNKNOWN}'s hues, then of their shades, that is clear ({@link #NEAR}) of every party's colour, of
     * Others' grey and of the candidates coloured before it, else the one furthest from them all. Before, they were
     * shades of one colour chart by chart: Chicago's fourteen nonpartisans were five browns of one orange, so its
     * trend and race charts could not be read, and a candidate's shade hung on the chart's order. A candidate alone
     * in their party is drawn in the party's colour, as before.
     */
    private static Map<String, String> partyMates(Election election, Map<String, String> parties) {
        List<Candidate> all = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Contest c : election.contests().values()) {
            if (c instanceof SingleWinnerContest s) {
                s.candidates().stream().filter(x -> ids.add(x.id())).forEach(all::add);
            }
        }
        // The election's own parties' colours, not the whole palette's: London's parties do not crowd Chicago's.
        List<String> used = new ArrayList<>(election.parties().stream()
                .map(p -> parties.getOrDefault(p.id(), GREY))
                .toList());
        used.add(GREY);
        used.add(OTHERS);
        List<String> pool = new ArrayList<>(UNKNOWN);
        for (int n = 1; n <= 2; n++) {
            for (String h : UNKNOWN) {
                pool.add(shade(h, n));
            }
        }
        Map<String, String> out = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Candidate c : all) {
            // A party's first candidate (or one of no party) is drawn in the party's colour, unless that colour is
            // near Others' grey: independents' #A0A0A0 drew London 2021's Omilana almost as Others.
            if (c.party() == null
                    || seen.add(c.party()) && Colours.deltaE(parties.getOrDefault(c.party(), GREY), OTHERS) >= NEAR) {
                continue;
            }
            String best = null;
            double far = -1;
            for (String h : pool) {
                double d = used.stream()
                        .mapToDouble(u -> Colours.deltaE(h, u))
                        .min()
                        .orElse(Double.MAX_VALUE);
                if (d >= NEAR) {
                    best = h;
                    break;
                }
                if (d > far) {
                    far = d;
                    best = h;
                }
            }
            out.put(c.id(), best);
            used.add(best);
        }
        return out;
    }

    /**
     * The colour of candidate {@code option} of party {@code party}: its own where it shares its party with an
     * earlier candidate ({@link #forElection}), else its party's.
     */
    public String hex(String option, String party) {
        String own = candidates.get(option);
        return own != null ? own : hex(party);
    }

    /** The colour of a party id (or of an option's party), as #RRGGBB. */
    public String hex(String party) {
        if (party == null) {
            return GREY;
        }
        return hex.getOrDefault(party, party.equals("other") ? OTHERS : GREY);
    }

    /**
     * Colours for the options of one chart, asked in the chart's order (the leader first): each option its own colour
     * ({@link #hex(String, String)}), except that an option whose colour an earlier option of the chart already has
     * (options this palette was not made for, or two parties of one colour) gets a shade of it, darker then lighter in
     * turn. Before, such lines were drawn alike and the legend could not tell them apart.
     */
    public Shades shades() {
        return new Shades();
    }

    /** One chart's colours: see {@link #shades()}. */
    public final class Shades {
        private final Map<String, String> byOption = new HashMap<>();
        private final Map<String, Integer> uses = new HashMap<>();
        private final Set<String> drawn = new HashSet<>();

        private Shades() {}

        /** The colour of option {@code option} of party {@code party} in this chart, the same each time asked. */
        public String hex(String option, String party) {
            return byOption.computeIfAbsent(option, k -> {
                String base = Palette.this.hex(option, party);
                int n = uses.merge(base, 1, Integer::sum) - 1;
                String c = n == 0 ? base : base.equals(GREY) || n > DISTINCT_SHADES ? unusedHue(n) : shade(base, n);
                drawn.add(c);
                return c;
            });
        }

        /**
         * For the {@code n}th option in grey (no party of the election), or past {@link #DISTINCT_SHADES} of one
         * colour: shades of grey are hard to tell apart, and a colour's fifth shade on is capped near its third and
         * fourth (the seventh is the fifth again), so a hue of {@link #UNKNOWN} that no option of this chart has yet.
         */
        private String unusedHue(int n) {
            return UNKNOWN.stream()
                    .filter(c -> !drawn.contains(c))
                    .findFirst()
                    .orElse(UNKNOWN.get((n - 1) % UNKNOWN.size()));
        }
    }

    /**
     * The shades of one colour that read apart: 30% and 60% of the way to black and to white. A fifth would be capped
     * at 75%, a step from the 60% ones, and a seventh the same as the fifth.
     */
    static final int DISTINCT_SHADES = 4;

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
