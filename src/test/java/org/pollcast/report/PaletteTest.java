package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.election.Election;
import org.pollcast.election.Party;

class PaletteTest {
    @TempDir
    Path dir;

    @Test
    void bundledPaletteAndDefaults() {
        Palette palette = Palette.load(Path.of("data/palette.yaml"));
        assertThat(palette.hex("lab")).isEqualTo("#E4003B");
        assertThat(palette.hex("nobody")).isEqualTo("#7F7F7F");
        assertThat(Palette.load(dir.resolve("absent.yaml")).hex("lab")).isEqualTo("#7F7F7F");
    }

    /**
     * A primary's candidates share their party's colour, and several independents share grey: within one chart each
     * later one gets a shade, so the legend tells them apart (a blind trial's New York primary drew every line alike).
     */
    @Test
    void candidatesOfOnePartyGetShadesOfItInAChart() {
        Palette palette = Palette.load(Path.of("data/palette.yaml"));
        Palette.Shades chart = palette.shades();
        String first = chart.hex("mamdani", "lab");
        String second = chart.hex("cuomo", "lab");
        String third = chart.hex("lander", "lab");
        assertThat(first).isEqualTo("#E4003B");
        assertThat(java.util.Set.of(first, second, third)).hasSize(3);
        assertThat(chart.hex("cuomo", "lab")).as("asked again, the same").isEqualTo(second);
        assertThat(chart.hex("hall", "con"))
                .as("another party keeps its colour")
                .isEqualTo(palette.hex("con"));
        assertThat(brightness(second)).isLessThan(brightness(first));
        assertThat(brightness(third)).isGreaterThan(brightness(first));
        assertThat(palette.shades().hex("cuomo", "lab"))
                .as("a new chart starts afresh")
                .isEqualTo(first);
        Palette.Shades unknown = palette.shades();
        assertThat(unknown.hex("a", "wfp")).isEqualTo("#7F7F7F");
        assertThat(unknown.hex("b", "wfp"))
                .as("grey's later ones take hues, not greys")
                .isEqualTo("#E69F00");
    }

    /**
     * A primary of many candidates (New York City's 2021 Democratic primary charted eight): a shade is capped at three
     * quarters of the way to black or white, so the fifth and seventh later candidate got the same colour (Donovan's
     * and Morales's lines alike), and the fifth and sixth were a step from the third and fourth. Past four shades a
     * candidate takes a hue no option of the chart has.
     */
    @Test
    void eightCandidatesOfOnePartyAreEightColours() {
        Palette.Shades chart = Palette.load(Path.of("data/palette.yaml")).shades();
        java.util.List<String> colours = java.util.stream.IntStream.range(0, 8)
                .mapToObj(i -> chart.hex("c" + i, "lab"))
                .toList();
        assertThat(new java.util.HashSet<>(colours)).hasSize(8);
        for (int i = 0; i < colours.size(); i++) {
            for (int j = 0; j < i; j++) {
                assertThat(Colours.deltaE(colours.get(i), colours.get(j)))
                        .as(colours.get(i) + " v " + colours.get(j))
                        .isGreaterThan(10);
            }
        }
    }

    private static Election election(String... parties) {
        return new Election(
                "x-2025",
                "X",
                LocalDate.parse("2025-02-23"),
                null,
                Arrays.stream(parties).map(id -> new Party(id, id)).toList(),
                Map.of(),
                "x.yaml",
                "X",
                null,
                null,
                0);
    }

    /**
     * Parties the palette does not know (a blind trial's Germany: all nine; New York's Democrats) were all the grey of
     * Others, so a seat chart was six grey series. Each now gets a hue of its own by its place in the definition, the
     * same whichever chart asks, and none near a known party's colour in the same election.
     */
    @Test
    void partiesThePaletteDoesNotKnowGetDistinctHuesInDefinitionOrder() {
        Palette bundled = Palette.load(Path.of("data/palette.yaml"));
        Election de = election("spd", "union", "gruene", "fdp", "afd", "linke", "fw", "bsw", "ssw");
        Palette p = bundled.forElection(de);
        List<String> colours = de.parties().stream().map(x -> p.hex(x.id())).toList();
        assertThat(colours).doesNotHaveDuplicates().doesNotContain("#7F7F7F", "#B0B0B0");
        assertThat(colours).isEqualTo(Palette.UNKNOWN.subList(0, 9));
        assertThat(p.hex("other")).as("Others stay grey").isEqualTo("#B0B0B0");
        assertThat(p.forElection(de).hex("ssw")).as("asked again, the same").isEqualTo(p.hex("ssw"));
        assertThat(bundled.forElection(election("union", "spd")).hex("spd"))
                .as("by the definition's order: another election may order them otherwise")
                .isEqualTo(Palette.UNKNOWN.get(1));
        assertThat(p.shades().hex("union", "union"))
                .as("a chart draws the party in its colour")
                .isEqualTo(p.hex("union"));

        // New York: 'con' is in the palette (#0087DC); the blue next to it (#0072B2) is passed over.
        Palette ny = bundled.forElection(election("wfp", "ind-sliwa", "ind-cuomo", "ind-adams", "con"));
        assertThat(ny.hex("con")).isEqualTo("#0087DC");
        for (String id : List.of("wfp", "ind-sliwa", "ind-cuomo", "ind-adams")) {
            assertThat(Colours.deltaE(ny.hex(id), "#0087DC")).as(id).isGreaterThan(20);
            assertThat(ny.hex(id)).as(id).isNotEqualTo("#7F7F7F");
        }
        assertThat(List.of(ny.hex("wfp"), ny.hex("ind-sliwa"), ny.hex("ind-cuomo"), ny.hex("ind-adams")))
                .doesNotHaveDuplicates();
        // America's two parties have their own colours (Pennsylvania's Casey was drawn gold, McCormick blue).
        Palette us = bundled.forElection(election("dem", "rep", "lib"));
        assertThat(us.hex("dem")).isEqualTo("#3333FF");
        assertThat(us.hex("rep")).isEqualTo("#E81B23");
        assertThat(bundled.forElection(election("lab", "con")).hex("lab"))
                .as("known parties keep theirs")
                .isEqualTo("#E4003B");
    }

    /**
     * Chicago's mayoral race is nonpartisan: all fourteen candidates of 2019 share one party, and each chart drew them
     * in shades of its one colour (five browns of one orange, then hues), by the chart's order, so the trend and race
     * charts could not be read and a candidate changed colour between charts. Each candidate who shares a party now
     * has a colour of its own for the whole election: clearly apart from every other's and from Others' grey, the same
     * whichever chart asks and in whatever order, and the party's first candidate keeps the party's colour.
     */
    @Test
    void candidatesWhoShareAPartyGetClearlyDistinctColoursForTheWholeElection() {
        List<org.pollcast.election.Candidate> cs = java.util.stream.IntStream.range(0, 14)
                .mapToObj(i -> new org.pollcast.election.Candidate("c" + i, "C" + i, "np"))
                .toList();
        Election chicago = new Election(
                "chicago-2019",
                "Chicago",
                LocalDate.parse("2019-02-26"),
                null,
                List.of(new Party("np", "Nonpartisan")),
                Map.of(
                        "mayor",
                        new org.pollcast.election.SingleWinnerContest(
                                "mayor", org.pollcast.election.VotingSystem.FPTP, cs)),
                "x.yaml",
                "Chicago",
                null,
                null,
                0);
        Palette p = Palette.load(Path.of("data/palette.yaml")).forElection(chicago);
        Palette.Shades leaderFirst = p.shades();
        List<String> colours =
                cs.stream().map(c -> leaderFirst.hex(c.id(), "np")).toList();
        assertThat(colours.get(0)).as("the first keeps the party's colour").isEqualTo(p.hex("np"));
        Palette.Shades reversed = p.shades();
        for (int i = cs.size() - 1; i >= 0; i--) {
            assertThat(reversed.hex("c" + i, "np"))
                    .as("c" + i + " on another chart")
                    .isEqualTo(colours.get(i));
        }
        for (int i = 0; i < colours.size(); i++) {
            assertThat(Colours.deltaE(colours.get(i), p.hex("other")))
                    .as(colours.get(i) + " v Others")
                    .isGreaterThan(20);
            for (int j = 0; j < i; j++) {
                assertThat(Colours.deltaE(colours.get(i), colours.get(j)))
                        .as(colours.get(i) + " v " + colours.get(j))
                        .isGreaterThan(20);
            }
        }
        assertThat(p.hex("c3", "np"))
                .as("the tile map and tables read the same")
                .isEqualTo(colours.get(3));
    }

    /** A definition's own colour for a party is drawn, over the palette's and over the hues for unknown parties. */
    @Test
    void aDefinitionsOwnColourForAPartyIsUsed() {
        Palette bundled = Palette.load(Path.of("data/palette.yaml"));
        Election e = new Election(
                "x-2025",
                "X",
                LocalDate.parse("2025-02-23"),
                null,
                List.of(new Party("lab", "Labour", false, "#CC0000"), new Party("fg", "Fine Gael", false, "#6699FF")),
                Map.of(),
                "x.yaml",
                "X",
                null,
                null,
                0);
        Palette p = bundled.forElection(e);
        assertThat(p.hex("lab")).isEqualTo("#CC0000");
        assertThat(p.hex("fg")).isEqualTo("#6699FF");
    }

    /**
     * The hues for unknown parties stay apart for every kind of colour vision: no pair closer than Okabe and Ito's own
     * closest (orange and yellow, 16.9 for a deuteranope), so 16.
     */
    @Test
    void huesForUnknownPartiesStayApartForEveryKindOfColourVision() {
        List<String> hues = Palette.UNKNOWN;
        for (int i = 0; i < hues.size(); i++) {
            for (int j = i + 1; j < hues.size(); j++) {
                String a = hues.get(i);
                String b = hues.get(j);
                assertThat(Colours.deltaE(a, b)).as(a + " v " + b).isGreaterThan(16);
                for (Colours.Vision v : Colours.Vision.values()) {
                    assertThat(Colours.deltaE(Colours.seenWith(v, a), Colours.seenWith(v, b)))
                            .as(a + " v " + b + ", " + v)
                            .isGreaterThan(16);
                }
            }
        }
    }

    private static int brightness(String hex) {
        java.awt.Color c = java.awt.Color.decode(hex);
        return c.getRed() + c.getGreen() + c.getBlue();
    }

    @Test
    void badColoursAndDuplicatesNameTheLine() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "lab: \"#E4003B\"\ncon: blue\n");
        assertThatThrownBy(() -> Palette.load(bad))
                .isInstanceOf(BadInputException.class)
                .hasMessage(bad + ":2: field 'con': 'blue' is not a colour like #E4003B");
        Path twice = Files.writeString(dir.resolve("twice.yaml"), "lab: \"#E4003B\"\nlab: \"#E4003C\"\n");
        assertThatThrownBy(() -> Palette.load(twice))
                .isInstanceOf(BadInputException.class)
                .hasMessage(twice + ":2: field 'lab': duplicate key; first given on line 1");
        Path nested = Files.writeString(dir.resolve("nested.yaml"), "lab: {colour: \"#E4003B\"}\n");
        assertThatThrownBy(() -> Palette.load(nested))
                .isInstanceOf(BadInputException.class)
                .hasMessage(nested + ":1: field 'lab': expected a text, got a mapping");
    }

    /**
     * Independents' colour (#A0A0A0) is a step from Others' grey (#B0B0B0): London 2021's first independent, Niko
     * Omilana, kept it as his party's first candidate and was drawn almost as Others. A candidate whose party's colour is
     * near Others' grey now takes a colour of its own, as its party-mates do; the rest keep their parties' colours.
     */
    @Test
    void theFirstIndependentIsToldApartFromOthersGrey() {
        Election london = new org.pollcast.ingest.ElectionCatalog(new org.pollcast.ingest.DataHome(Path.of("data")))
                .resolve("london-2021");
        Palette p = Palette.load(Path.of("data/palette.yaml")).forElection(london);
        String omilana = p.hex("omilana", "ind");
        assertThat(Colours.deltaE(omilana, p.hex("other"))).as(omilana).isGreaterThanOrEqualTo(20);
        assertThat(omilana).isNotEqualTo(p.hex("fosh", "ind")).isNotEqualTo(p.hex("obunge", "ind"));
        assertThat(p.hex("khan", "lab"))
                .as("a party's first candidate keeps its colour")
                .isEqualTo(p.hex("lab"));
    }

    /**
     * The first five hues handed out lie apart (CIE76 30 or more): sky blue and blue as the second and fourth were the
     * "near-identical blues" of two trials' charts (Quebec's Liberals and Québec solidaire, Iceland's 2016 race chart).
     */
    @Test
    void theFirstFiveHuesForUnknownPartiesLieApart() {
        List<String> first = Palette.UNKNOWN.subList(0, 5);
        for (int i = 0; i < first.size(); i++) {
            for (int j = i + 1; j < first.size(); j++) {
                assertThat(Colours.deltaE(first.get(i), first.get(j)))
                        .as(first.get(i) + " and " + first.get(j))
                        .isGreaterThanOrEqualTo(30);
            }
        }
    }
}
