package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Election night in a body of constituencies only (the made-up Fpland of src/test/resources/fptpbody, six seats won by
 * first past the post, no list). A constituency's declared vote is its seat's result: before, {@code live} said "0 of 6
 * constituencies declared" after Alpha's full declaration and kept simulating its seat, fixing winners only from a
 * second file ({@code --declared-assembly}), and it called the vote a list vote throughout.
 */
class ConstituenciesOnlyNightTest {
    @TempDir
    static Path tmp;

    static Path data;

    /** Alpha declared in full: Red 8,000, Blue 6,000 (made up, as every Fpland figure). */
    static final String ALPHA =
            "Alpha,Red Party,8000\nAlpha,Blue Party,6000\nAlpha,Yellow Party,2500\nAlpha,Green Party,1500\n";

    @BeforeAll
    static void kit() throws IOException {
        data = tmp.resolve("data");
        ConstituenciesOnlyTest.copyFpland(data);
    }

    private static Path file(String name, String text) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private static CliRun live(String store, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("live", "fpland-2024", "--sims", "4000"));
        all.addAll(List.of(args));
        all.addAll(List.of("--data", data.toString()));
        return CliRun.in(tmp.resolve(store), all.toArray(String[]::new));
    }

    /** A full declaration of the vote fixes its seat: Alpha is Red's in every simulation, and the table says so. */
    @Test
    void aDeclarationInFullIsItsSeatsResult() throws IOException {
        Path night = file("alpha.csv", "constituency,party,votes\n" + ALPHA);
        CliRun r = live("full.db", "--declared", night.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("parliament: 1 of 6 constituencies declared, their winners fixed")
                .contains("Alpha                    red: Red Party, 8,000 votes (44.4%), majority 11.1 points")
                .contains("seats on the night: 1 of 6 constituencies declared in full")
                // Its vote is "the vote", as the pre-election forecast's tables say, never a list vote.
                .contains("fpland-2024 parliament-vote (vote; win_%: the chance of the most votes)")
                .contains("vote_share")
                .contains("the rest simulated from the projected vote above")
                .contains("vote baselines: each constituency starts from fpland-2020's result there")
                .doesNotContain("list vote")
                .doesNotContain("list_share")
                .doesNotContain("list seats")
                .doesNotContain("list-vote");

        CliRun json = live("full-json.db", "--declared", night.toString(), "--format", "json");
        JsonNode a = new ObjectMapper().readTree(json.out()).path("assembly");
        assertThat(a.path("declared")).hasSize(1);
        assertThat(a.path("declared").get(0).path("winner").asText()).isEqualTo("Red Party");
    }

    /**
     * A constituency result's layout, each candidate beside the party (as data/results holds them), is read by party:
     * it is this body's declaration. Before, it was refused as a list vote's file with candidates in it.
     */
    @Test
    void aConstituencyResultsLayoutIsReadByParty() throws IOException {
        Path night = file(
                "results-layout.csv",
                "constituency,party,candidate,votes\nAlpha,Red Party,R1,8000\nAlpha,Blue Party,B1,6000\n"
                        + "Alpha,Yellow Party,Y1,2500\nAlpha,Green Party,G1,1500\n");
        CliRun r = live("results-layout.db", "--declared", night.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("parliament: 1 of 6 constituencies declared, their winners fixed");
    }

    /** A running count (half counted) fixes nothing: its leader can still lose. */
    @Test
    void aRunningCountFixesNoSeat() throws IOException {
        Path night = file(
                "counting.csv",
                "constituency,party,votes,counted\nAlpha,Red Party,4000,50\nAlpha,Blue Party,3000,50\n"
                        + "Alpha,Yellow Party,1250,50\nAlpha,Green Party,750,50\n");
        CliRun r = live("counting.db", "--declared", night.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("parliament: 0 of 6 constituencies declared, their winners fixed");
    }

    /**
     * A news report's leading two fix the seat, with the rest of the vote estimated as others, so the declared share
     * is of the whole vote, not of the two (8,000 of 14,000 would read 57.1%).
     */
    @Test
    void aNewsReportsLeadingTwoFixTheSeatWithTheRestEstimated() throws IOException {
        Path night = file("two.csv", "constituency,party,votes\nAlpha,Red Party,8000\nAlpha,Blue Party,6000\n");
        CliRun r = live("two.db", "--declared", night.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("parliament: 1 of 6 constituencies declared")
                .doesNotContain("(57.1%)");
    }

    /**
     * Both files may be given: where they agree the seat file's rows stand; where they name different winners for
     * one constituency, one of them is wrong, and the night is refused naming both lines.
     */
    @Test
    void theTwoFilesMustAgreeOnAWinner() throws IOException {
        Path night = file("votes.csv", "constituency,party,votes\n" + ALPHA);
        Path same = file("seats-same.csv", "constituency,party,votes\n" + ALPHA);
        CliRun agree = live("agree.db", "--declared", night.toString(), "--declared-assembly", same.toString());
        assertThat(agree.status()).as(agree.err()).isZero();
        assertThat(agree.out()).contains("parliament: 1 of 6 constituencies declared");

        Path other = file(
                "seats-other.csv",
                "constituency,party,votes\nAlpha,Red Party,6000\nAlpha,Blue Party,8000\nAlpha,Yellow Party,2500\n"
                        + "Alpha,Green Party,1500\n");
        CliRun disagree = live("disagree.db", "--declared", night.toString(), "--declared-assembly", other.toString());
        assertThat(disagree.status()).isNotZero();
        assertThat(disagree.err())
                .contains("votes.csv:2: field 'votes': Alpha is won by Red Party here, but by Blue Party in ")
                .contains("seats-other.csv:2");
    }

    /**
     * A complete declaration where the lumped Others row has the most votes names no winner: Others are many
     * candidates, none of whom can be the leading named party. Before, Bravo went to Red (7,000 beside Others' 9,000)
     * with a "majority -7.9 points", and the Others' declared votes read votes_counted 0. Refused in either file.
     */
    @Test
    void aDeclarationLedByOthersIsRefusedInEitherFile() throws IOException {
        String bravo =
                "constituency,party,votes\nBravo,Red Party,7000\nBravo,Blue Party,6800\nBravo,Yellow Party,2500\n"
                        + "Bravo,Others,9000\n";
        Path night = file("others-lead.csv", bravo);
        CliRun votes = live("others-lead.db", "--declared", night.toString());
        assertThat(votes.status()).as(votes.out()).isNotZero();
        assertThat(votes.err())
                .contains("others-lead.csv:2: field 'votes': Others have the most votes in Bravo (9,000 to Red"
                        + " Party's 7,000): name the winner as a party of the definition")
                .contains("`independent: true`")
                .doesNotContain("Exception");
        assertThat(votes.out()).doesNotContain("majority -");

        Path seats = file("others-lead-seats.csv", bravo);
        CliRun assembly = live("others-lead-seats.db", "--declared-assembly", seats.toString());
        assertThat(assembly.status()).as(assembly.out()).isNotZero();
        assertThat(assembly.err())
                .contains("others-lead-seats.csv:5: field 'votes': Others have the most votes in Bravo")
                .doesNotContain("Exception");

        // Others behind the winner are counted as before.
        Path behind = file("others-behind.csv", bravo.replace("Others,9000", "Others,900"));
        CliRun fine = live("others-behind.db", "--declared", behind.toString());
        assertThat(fine.status()).as(fine.err()).isZero();
        assertThat(fine.out()).contains("Bravo                    red: Red Party, 7,000 votes");
    }

    /**
     * Every seat counted and two parties tied on three: the seats table's "Largest party" said "100.0% (certain)" for
     * both, a chance where there is a result. Counted, it says "tied" (or "won" for a party alone at the top).
     */
    @Test
    void aCountedTieForTheMostSeatsSaysTied() throws IOException {
        StringBuilder csv = new StringBuilder("constituency,party,votes\n");
        List<String> seats = List.of("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot");
        for (int i = 0; i < seats.size(); i++) {
            String won = i < 3 ? "Red Party" : "Blue Party";
            String lost = i < 3 ? "Blue Party" : "Red Party";
            csv.append(seats.get(i) + "," + won + ",8000\n" + seats.get(i) + "," + lost + ",6000\n")
                    .append(seats.get(i) + ",Yellow Party,2500\n" + seats.get(i) + ",Green Party,1500\n");
        }
        Path night = file("tie.csv", csv.toString());
        Path out = tmp.resolve("tie-report");
        CliRun r = CliRun.in(
                tmp.resolve("tie.db"),
                "report",
                "fpland-2024",
                "--declared",
                night.toString(),
                "--sims",
                "2000",
                "--out",
                out.toString(),
                "--data",
                data.toString());
        assertThat(r.status()).as(r.err()).isZero();
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(Files.readString(out.resolve("index.html")));
        assertThat(page.select("h1").text()).contains("Red Party and Blue Party have tied for the most seats");
        int largest = page.select("#assembly-night-table thead th").eachText().indexOf("Largest party");
        assertThat(largest).as("the seats table's columns").isPositive();
        for (String party : List.of("Red Party", "Blue Party")) {
            org.jsoup.nodes.Element row = page.select(
                            "#assembly-night-table tbody tr:has(th:containsOwn(" + party + "))")
                    .first();
            assertThat(row).as(party).isNotNull();
            assertThat(row.child(largest).text()).as(party).isEqualTo("tied");
        }
        // The terminal's seats table gives the vote as the projection above it does: every seat counted, Red's 42,000
        // of 108,000 is 38.9% in both (the seats' own draw of "others" had read it otherwise).
        CliRun live = CliRun.in(
                tmp.resolve("tie-live.db"),
                "live",
                "fpland-2024",
                "--declared",
                night.toString(),
                "--sims",
                "2000",
                "--data",
                data.toString());
        assertThat(live.status()).as(live.err()).isZero();
        String seatsTable = live.out().substring(live.out().indexOf("majority_%"));
        java.util.regex.Matcher red = java.util.regex.Pattern.compile("\\n\\s+red\\s+\\|.*\\|\\s+([0-9.]+)\\s+\\|")
                .matcher(seatsTable);
        assertThat(red.find()).as(seatsTable).isTrue();
        assertThat(Double.parseDouble(red.group(1)))
                .as(seatsTable)
                .isCloseTo(38.9, org.assertj.core.data.Offset.offset(0.06));
    }

    /**
     * A party that did not stand in a constituency at the baseline starts there at nothing, as the forecast starts it
     * from the result: its results are the vote itself, not a list's stand-in. Before, only the parties that stood in
     * every constituency took a lean, and the Greens, here removed from Alpha's 2020 result, were expected at their
     * Fpland-wide tenth there.
     */
    @Test
    void aPartyThatDidNotStandStartsAtNothingThere() throws IOException {
        Path copy = tmp.resolve("data-nogreen");
        ConstituenciesOnlyTest.copyFpland(copy);
        Path results = copy.resolve("results/fpland_assembly_constituency_results.csv");
        Files.writeString(
                results, Files.readString(results).replace("2020,Alpha,Green Party,G1,1000,0,MADE-UP,yes\n", ""));
        CliRun r = CliRun.in(
                tmp.resolve("nogreen.db"),
                "live",
                "fpland-2024",
                "--sims",
                "4000",
                "--format",
                "json",
                "--data",
                copy.toString());
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode status = new ObjectMapper().readTree(r.out()).path("constituencyStatus");
        double alpha = Double.NaN;
        double bravo = Double.NaN;
        for (JsonNode s : status) {
            if (s.path("constituency").asText().equals("Alpha")) {
                alpha = s.path("share").path("green").asDouble();
            } else if (s.path("constituency").asText().equals("Bravo")) {
                bravo = s.path("share").path("green").asDouble();
            }
        }
        // 4.6 before (the Fpland-wide tenth, less what the other parties' leans take), 2.2 now: the local noise about
        // nothing, floored at 0
        assertThat(alpha).as("Green in Alpha").isLessThan(3);
        assertThat(bravo).as("Green in Bravo").isGreaterThan(5);
    }

    /**
     * The night's page says "the vote" throughout, names its charts for it ({@code night-most-votes.png},
     * {@code night-vote.png}, not the list-led {@code night-most-list-votes.png} and {@code night-list-vote.png}), and
     * its seats have no list columns: before, it spoke of list votes, list seats and a list threshold.
     */
    @Test
    void theNightsPageSpeaksOfTheVoteAndItsSeats() throws IOException {
        Path night = file("page.csv", "constituency,party,votes\n" + ALPHA);
        Path out = tmp.resolve("page");
        CliRun r = CliRun.in(
                tmp.resolve("page.db"),
                "report",
                "fpland-2024",
                "--declared",
                night.toString(),
                "--out",
                out.toString(),
                "--sims",
                "4000",
                "--step-sims",
                "1000",
                "--data",
                data.toString());
        assertThat(r.status()).as(r.err()).isZero();
        for (String chart : List.of("night-most-votes", "night-vote", "assembly-night-seats")) {
            assertThat(out.resolve("charts/" + chart + ".png")).as(chart).exists();
        }
        assertThat(out.resolve("charts/night-list-vote.png")).doesNotExist();
        String page = Files.readString(out.resolve("index.html"));
        assertThat(page)
                .contains("1 of 6 constituencies declared (17% of the expected vote counted)")
                .contains("chance of the most votes")
                .contains("Fpland-wide vote")
                .contains("How the vote moved with each declaration")
                .contains("Majority (4 of 6)")
                .contains("Seats declared");
        // The only "list" left is the model's own note that there is none.
        String withoutNoList = page.replace("no list:", "").replace("(there is no list)", "");
        assertThat(withoutNoList).doesNotContainIgnoringCase("list vote").doesNotContainIgnoringCase("list seat");
        assertThat(Files.readString(out.resolve("projection.csv")))
                .startsWith("candidate,name,party,win_%,chance,vote_share,");
        assertThat(Files.readString(out.resolve("data/assembly.csv")))
                .contains("vote_share")
                .contains("majority_%")
                .doesNotContain("list_");
    }
}
