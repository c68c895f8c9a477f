package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.election.AssemblyDeclaration;
import org.pollcast.election.Declaration;
import org.pollcast.ingest.AssemblyDeclarationsReader;
import org.pollcast.ingest.DeclarationsReader;
import org.pollcast.ingest.IngestFixtures;
import org.pollcast.simulate.AssemblyForecast;
import org.pollcast.simulate.LiveForecast;

/**
 * Election night of an election whose only contest is additional-member: the London Assembly of 2021 without its
 * Mayor (baseline 2016, also without), its list vote declared by constituency (the real list votes of Bexley and
 * Bromley, src/test/resources/listnight) and its constituency seats by the real 2021 declarations (LE2021). One prior
 * of 5,000 simulations serves every test; each projection is 4,000.
 */
class ListLedNightTest {
    private static final long SEED = 20_210_506L;
    private static final Path LIST = Path.of("src/test/resources/listnight/london-2021-list-bexley-and-bromley.csv");

    @TempDir
    static Path tmp;

    static Workspace ws;
    static LivePrior prior;
    static List<Declaration> declared;
    static List<AssemblyDeclaration> seats;
    static Path seatsFile;

    @BeforeAll
    static void night() throws IOException {
        Path data = tmp.resolve("data");
        IngestFixtures.copyDataAssemblyAlone(data);
        ws = Workspace.of(data, tmp.resolve("night.db"));
        prior = LivePrior.build(ws, "london-2021", 5_000);
        declared = DeclarationsReader.read(LIST, prior.election(), ws.aliases());
        // Three of the 2021 Assembly constituencies as London Elects declared them: two Conservative, one Labour.
        seatsFile = IngestFixtures.assemblyDeclarations2021(
                tmp.resolve("assembly.csv"), "Bexley and Bromley", "City and East", "South West");
        seats = AssemblyDeclarationsReader.read(seatsFile, prior.election(), ws.aliases());
    }

    private static LiveForecast project(List<AssemblyDeclaration> assembly) {
        return Live.project(
                        prior, declared, assembly, assembly.isEmpty() ? null : seatsFile.toString(), 4_000, SEED, 2, 0)
                .forecast();
    }

    @Test
    void theListVoteIsFollowedThroughTheConstituenciesDeclaringIt() {
        assertThat(prior.contest().id()).isEqualTo("assembly-list");
        assertThat(prior.constituencies()).hasSize(14).contains("Bexley and Bromley");
        // 2016's constituency ballot gives the lean of the five parties that stood in all 14; Respect stood in 3.
        assertThat(prior.notes())
                .anyMatch(n -> n.startsWith("list-vote baselines:")
                        && n.contains("Labour, Conservative, Green, Liberal Democrats, UKIP")
                        && n.contains("london-2016's constituency ballot, in 14 of 14"))
                .noneMatch(n -> n.startsWith("second preferences"));
        int con = prior.options().indexOf("con");
        int c = prior.constituencies().indexOf("Bexley and Bromley");
        // Bexley and Bromley was the Conservatives' best constituency in 2016: their list vote is expected above
        // London's there.
        assertThat(prior.expected()[c * prior.k() + con]).isGreaterThan(prior.mean()[con] + 10);

        LiveForecast f = project(List.of());
        assertThat(f.contest()).isEqualTo("assembly-list");
        assertThat(f.system()).isEqualTo("fptp");
        assertThat(f.declared()).isEqualTo(1);
        double total = 0;
        for (LiveForecast.Candidate x : f.candidates()) {
            assertThat(x.pWin()).as(x.id()).isBetween(0.0, 1.0);
            total += x.pWin();
        }
        assertThat(total).isCloseTo(1, within(1e-9));
        Map<String, LiveForecast.Candidate> byId =
                f.candidates().stream().collect(Collectors.toMap(LiveForecast.Candidate::id, Function.identity()));
        assertThat(byId.get("con").votesCounted()).isEqualTo(92_819);
        assertThat(byId.get("lab").votesCounted()).isEqualTo(41_551);
        // A news report's four parties: the rest of the list vote there is estimated, not taken as nought.
        assertThat(f.constituencyStatus().get(c).share().get("other")).isPositive();
    }

    @Test
    void theSeatsAddUpAndTheDeclaredConstituenciesAreFixed() {
        LiveForecast f = project(seats);
        AssemblyForecast a = f.assembly().forecast();
        assertThat(f.assembly().declared())
                .extracting(LiveForecast.DeclaredSeat::party)
                .containsExactly("con", "lab", "con");
        double all = 0;
        double constituency = 0;
        double list = 0;
        for (AssemblyForecast.PartySeats p : a.parties()) {
            all += p.seatsMean();
            constituency += p.constituencyMean();
            list += p.listMean();
            // Every simulation gives the party some number of seats from 0 to 25.
            assertThat(p.seatDistribution()).hasSizeLessThanOrEqualTo(26);
            assertThat(Arrays.stream(p.seatDistribution()).sum()).as(p.id()).isCloseTo(1, within(1e-9));
        }
        // 25 seats in every simulation: 14 constituencies and 11 list seats.
        assertThat(all).isCloseTo(25, within(1e-9));
        assertThat(constituency).isCloseTo(14, within(1e-9));
        assertThat(list).isCloseTo(11, within(1e-9));
        for (String name : List.of("Bexley and Bromley", "City and East", "South West")) {
            AssemblyForecast.ConstituencyForecast c = a.constituencies().stream()
                    .filter(x -> x.name().equals(name))
                    .findFirst()
                    .orElseThrow();
            String winner = name.equals("City and East") ? "lab" : "con";
            assertThat(c.pWin()[c.parties().indexOf(winner)]).as(name).isEqualTo(1.0);
        }
        assertThat(a.notes())
                .anyMatch(n -> n.contains("3 of 14 constituencies declared")
                        && n.contains("moved by the night's list vote")
                        && n.contains("the list seats follow each simulation's London-wide list vote"));
    }

    /**
     * The list is the night's projection itself. Before this, the Assembly's night carried a Mayor's draw over to the
     * list through the constituency ballot's update: here that would count the declarations twice and pull the list
     * toward the other ballot. With the same seed, the list shares are the same whatever constituencies declare.
     */
    @Test
    void theConstituencyDeclarationsMoveTheSeatsNotTheList() {
        LiveForecast none = project(List.of());
        LiveForecast three = project(seats);
        assertThat(three.candidates()).isEqualTo(none.candidates());
        Map<String, AssemblyForecast.PartySeats> before = byParty(none);
        Map<String, AssemblyForecast.PartySeats> after = byParty(three);
        for (String party : before.keySet()) {
            assertThat(after.get(party).listShare())
                    .as(party)
                    .isEqualTo(before.get(party).listShare());
        }
        // South West is a Conservative seat in every simulation once declared, and was not before.
        assertThat(after.get("con").constituencyMean())
                .isGreaterThan(before.get("con").constituencyMean());
        // The list seats' shares are the list vote's own draws.
        for (LiveForecast.Candidate c : none.candidates()) {
            if (!c.id().equals("other")) {
                assertThat(before.get(c.id()).listShare().mean())
                        .as(c.id())
                        .isCloseTo(c.firstPref().mean(), within(0.3));
            }
        }
    }

    /**
     * The Scottish Greens stand in few constituencies, so their constituency-ballot share says where they stood:
     * their list lean comes from their region's list vote where the kit has it (src/test/resources/ingest/scotland:
     * Glasgow 2016, 23,398 list votes, 9.4%, against 6.6% across Scotland), and is none where it does not (Lothian
     * 2016 gives seats only). The SNP stood everywhere with figures, and leans by its constituency ballot.
     */
    @Test
    void aPartyThatStoodInFewConstituenciesLeansByItsRegionsListVote() throws IOException {
        LivePrior p = LivePrior.build(scottishKit(), "scotland-2021", 1_000);
        int grn = p.options().indexOf("grn");
        int snp = p.options().indexOf("snp");
        for (String name : List.of("Glasgow Kelvin", "Glasgow Provan", "Glasgow Pollok")) {
            int c = p.constituencies().indexOf(name);
            assertThat(p.expected()[c * p.k() + grn] / p.mean()[grn]).as(name).isBetween(1.25, 1.6);
        }
        int leith = p.constituencies().indexOf("Edinburgh Northern and Leith");
        assertThat(p.expected()[leith * p.k() + grn] / p.mean()[grn]).isBetween(0.85, 1.15);
        assertThat(p.notes())
                .anyMatch(
                        n -> n.contains("the lean of Scottish National Party, Conservative, Labour, Liberal Democrats")
                                && n.contains("its list lean in the constituency's region"));
        // Glasgow Kelvin, 2016: the SNP's constituency share there against Scotland's moves its list share.
        int kelvin = p.constituencies().indexOf("Glasgow Kelvin");
        assertThat(p.expected()[kelvin * p.k() + snp]).isNotCloseTo(p.mean()[snp], within(1.0));
    }

    /**
     * Orkney has no 2016 result in the Scottish kit, so its baseline votes are the mean of the 15 constituencies
     * that have one (about 25,000). Its real 2021 constituency declaration (SPN2021: 11,596 votes) is under half
     * that, which the bound for a constituency's own figures (half to twice) refused as a digit too few; against
     * the mean the bound is a fifth to five times, which still catches a digit too many.
     */
    @Test
    void anIslandSeatWithNoBaselineOfItsOwnIsNotRefusedForItsSize() throws IOException {
        Workspace scotland = scottishKit();
        LivePrior p = LivePrior.build(scotland, "scotland-2021", 1_000);
        int orkney = p.constituencies().indexOf("Orkney Islands");
        assertThat(orkney).isNotNegative();
        assertThat(p.ownBaseVotes()[orkney]).isFalse();
        int kelvin = p.constituencies().indexOf("Glasgow Kelvin");
        assertThat(p.ownBaseVotes()[kelvin]).isTrue();

        List<String> rows = Files.readAllLines(KIT.resolve("results/scotland_assembly_constituency_results.csv"));
        List<String> orkneyRows = new java.util.ArrayList<>(List.of(rows.get(0)));
        rows.stream().filter(r -> r.startsWith("2021,Orkney Islands,")).forEach(orkneyRows::add);
        assertThat(orkneyRows).hasSize(5);
        Path file = Files.write(tmp.resolve("orkney.csv"), orkneyRows);
        List<AssemblyDeclaration> real = AssemblyDeclarationsReader.read(file, p.election(), scotland.aliases());
        DeclaredTotals.checkAssembly(file.toString(), real, p);

        List<String> typo =
                orkneyRows.stream().map(r -> r.replace(",7238,", ",723800,")).toList();
        Path bad = Files.write(tmp.resolve("orkney-typo.csv"), typo);
        List<AssemblyDeclaration> wrong = AssemblyDeclarationsReader.read(bad, p.election(), scotland.aliases());
        assertThatThrownBy(() -> DeclaredTotals.checkAssembly(bad.toString(), wrong, p))
                .isInstanceOf(org.pollcast.BadInputException.class)
                .hasMessageContaining("orkney-typo.csv:2: field 'votes': Orkney Islands's votes add up to 728,158")
                .hasMessageContaining("the mean constituency's (it has no figures of its own there)");
    }

    /**
     * A constituency's lean is unknown where it has no figures of its own (Orkney in the kit), and for a party that stood
     * in few constituencies it is known only as far as its region's list vote (the Greens in Glasgow Kelvin): its own
     * spread on the night carries that (10 points for a 50% party, 8 within a region with list votes; 0 for the SNP in
     * Kelvin, with 2016's figures). One Orkney declaration with the Liberal Democrats on 23% took their Scotland-wide
     * list vote from 5.6 to 19.5 when its lean was taken as known; now to about 14.
     */
    @Test
    void aDeclarationWhereTheLeanIsUnknownMovesTheWholeAreaLess() throws IOException {
        Workspace scotland = scottishKit();
        LivePrior p = LivePrior.build(scotland, "scotland-2021", 2_000);
        int k = p.k();
        int kelvin = p.constituencies().indexOf("Glasgow Kelvin");
        int orkney = p.constituencies().indexOf("Orkney Islands");
        int snp = p.options().indexOf("snp");
        int grn = p.options().indexOf("grn");
        int ld = p.options().indexOf("ld");
        assertThat(p.leanSpread()[kelvin * k + snp]).isZero();
        assertThat(p.leanSpread()[kelvin * k + grn]).isCloseTo(8, within(1e-9));
        assertThat(p.leanSpread()[orkney * k + ld]).isGreaterThanOrEqualTo(8);

        Path file = Files.writeString(
                tmp.resolve("orkney-list.csv"),
                "constituency,party,votes\nOrkney Islands,Liberal Democrats,2600\nOrkney Islands,SNP,3200\n"
                        + "Orkney Islands,Conservative,2000\nOrkney Islands,Labour,800\nOrkney Islands,Green,1000\n"
                        + "Orkney Islands,Others,1900\n");
        List<Declaration> one = DeclarationsReader.read(file, p.election(), scotland.aliases());
        LiveForecast f =
                Live.project(p, one, List.of(), null, 4_000, SEED, 2, 0).forecast();
        double liberal = f.candidates().stream()
                .filter(x -> x.id().equals("ld"))
                .findFirst()
                .orElseThrow()
                .firstPref()
                .p50();
        assertThat(liberal).isLessThan(16.5);
    }

    private static final Path KIT = Path.of("src/test/resources/ingest/scotland");

    /** London's data folder with the Scottish kit's definitions, results and polls beside it. */
    private static Workspace scottishKit() throws IOException {
        Path scotland = tmp.resolve("scotland");
        if (!Files.isDirectory(scotland)) {
            IngestFixtures.copyData(scotland);
            IngestFixtures.copyKit(KIT, scotland);
        }
        return Workspace.of(scotland, tmp.resolve("scotland.db"));
    }

    private static Map<String, AssemblyForecast.PartySeats> byParty(LiveForecast f) {
        return f.assembly().forecast().parties().stream()
                .collect(Collectors.toMap(AssemblyForecast.PartySeats::id, Function.identity()));
    }
}
