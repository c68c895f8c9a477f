package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.ingest.ElectionLoader;
import org.pollcast.ingest.IngestFixtures;
import org.pollcast.pipeline.ForecastOutcome;
import org.pollcast.pipeline.ForecastRequest;
import org.pollcast.pipeline.Forecasts;
import org.pollcast.pipeline.Workspace;
import org.pollcast.simulate.SimulationSettings;

/**
 * A joint list of parties that stood apart at the baseline: Spain's Sumar of 2023 took in Unidas Podemos (12.9% in
 * November 2019) and Más País (2.4%), and Junts is 2019's JxCat (2.2%). A blind trial forecast 2023 with no poll yet
 * from 2019's result and put all three inside "Others" (29% of the vote, seated at nothing), so that PP and Vox, on
 * 35.5% between them, reached a majority in 58% of simulations. A party's {@code succeeds} now names the baseline
 * parties it carries on. Figures: the Congress results of 10 November 2019 (see {@code SeatRuleCheckTest}).
 */
class JointListSuccessionTest {
    @TempDir
    static Path tmp;

    static Path data;

    private static final String CONGRESS = "contests:\n  congress:\n    system: additional-member\n"
            + "    name: Congress of Deputies\n    seats: 350\n    listSeats: 350\n    method: dhondt\n    threshold: 3\n";

    @BeforeAll
    static void spain() throws IOException {
        data = tmp.resolve("data");
        IngestFixtures.copyData(data);
        Files.writeString(
                data.resolve("elections/es-2019-11.yaml"),
                "id: es-2019-11\nname: Spanish general election, November 2019\ndate: 2019-11-10\narea: Spain\n"
                        + "parties:\n  - {id: psoe, name: PSOE}\n  - {id: pp, name: PP}\n  - {id: vox, name: Vox}\n"
                        + "  - {id: up, name: Unidas Podemos}\n  - {id: cs, name: Cs}\n  - {id: erc, name: ERC}\n"
                        + "  - {id: mp, name: Más País}\n  - {id: jxcat, name: JxCat}\n  - {id: pnv, name: PNV}\n"
                        + CONGRESS + "    parties: [psoe, pp, vox, up, cs, erc, mp, jxcat, pnv]\n");
        Files.writeString(
                data.resolve("elections/es-2023.yaml"),
                "id: es-2023\nname: Spanish general election 2023\ndate: 2023-07-23\nbaseline: es-2019-11\n"
                        + "area: Spain\nparties:\n  - {id: pp, name: PP}\n  - {id: psoe, name: PSOE}\n"
                        + "  - {id: vox, name: Vox}\n  - {id: sumar, name: Sumar, succeeds: [up, mp]}\n"
                        + "  - {id: erc, name: ERC}\n  - {id: junts, name: Junts, succeeds: [jxcat]}\n"
                        + "  - {id: pnv, name: PNV}\n"
                        + CONGRESS + "    parties: [pp, psoe, vox, sumar, erc, junts, pnv]\n");
        // The nine lists of the results breakdown's summary, and the rest (24,258,228 valid votes less theirs).
        Files.writeString(data.resolve("results/es_assembly_list_results.csv"), """
                year,party,votes,list_seats,constituency_seats,source
                2019,PSOE,6792199,120,,BREAKDOWN
                2019,PP,5047040,89,,BREAKDOWN
                2019,Vox,3656979,52,,BREAKDOWN
                2019,Unidas Podemos,3119364,35,,BREAKDOWN
                2019,Cs,1650318,10,,BREAKDOWN
                2019,ERC,880734,13,,BREAKDOWN
                2019,Más País,582306,3,,BREAKDOWN
                2019,JxCat,530225,8,,BREAKDOWN
                2019,PNV,379002,6,,BREAKDOWN
                2019,Others,1620061,0,,BREAKDOWN
                """);
    }

    @Test
    void aJointListStartsFromThePartiesItCarriesOn() {
        Workspace ws = Workspace.of(data, tmp.resolve("store.db"));
        ForecastOutcome o = Forecasts.run(
                ws,
                ForecastRequest.of("es-2023", LocalDate.parse("2023-05-01"))
                        .withSimulation(SimulationSettings.withDefaults().withSims(5_000L)));
        var lead = o.forecast().mayor();
        assertThat(lead.input().source()).contains("no polls: prior from es-2019-11");
        // Unidas Podemos 12.86% and Más País 2.40% of 2019's valid votes; JxCat 2.19%.
        assertThat(lead.input().options()).contains("sumar", "junts");
        int sumar = lead.input().options().indexOf("sumar");
        int junts = lead.input().options().indexOf("junts");
        int other = lead.input().options().indexOf("other");
        assertThat(lead.input().mean()[sumar]).isBetween(15.2, 15.3);
        assertThat(lead.input().mean()[junts]).isBetween(2.1, 2.3);
        // Left inside Others: Cs (6.80%, no successor) and the lists the file gives together (6.68%).
        assertThat(lead.input().mean()[other]).isBetween(13.4, 13.5);
    }

    @Test
    void aSuccessionThatWouldCountAVoteTwiceIsRefusedNamingTheField() throws IOException {
        Path dir = tmp.resolve("defs");
        Files.createDirectories(dir);
        String base = "id: es-2023\nname: Spanish general election 2023\ndate: 2023-07-23\nbaseline: es-2019-11\n"
                + "parties:\n  - {id: psoe, name: PSOE}\n  - {id: sumar, name: Sumar, succeeds: [up, mp]}\n"
                + "  - {id: podemos, name: Podemos, succeeds: [up]}\n"
                + CONGRESS + "    parties: [psoe, sumar, podemos]\n";
        Path twice = dir.resolve("es-2023.yaml");
        Files.writeString(twice, base);
        // Two successors of one party split it (SplitSuccessionTest); one naming a party of this election is refused.
        Files.writeString(twice, base.replace("succeeds: [up]}", "succeeds: [psoe]}"));
        assertThatThrownBy(() -> ElectionLoader.load(twice))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(twice + ":8: ")
                .hasMessageContaining("field 'parties[2].succeeds': 'psoe' is a party of this election");
        Files.writeString(twice, base.replace("baseline: es-2019-11\n", "").replace(", succeeds: [up]", ""));
        assertThatThrownBy(() -> ElectionLoader.load(twice))
                .hasMessageContaining("field 'parties[1].succeeds': no baseline");
    }
}
