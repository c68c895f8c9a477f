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
import org.pollcast.ingest.ElectionLoader;
import org.pollcast.ingest.IngestFixtures;
import org.pollcast.pipeline.ForecastOutcome;
import org.pollcast.pipeline.ForecastRequest;
import org.pollcast.pipeline.Forecasts;
import org.pollcast.pipeline.Workspace;
import org.pollcast.simulate.SimulationSettings;

/**
 * A party that split between two elections of a series: Bulgaria's DPS won 17.07% of the list vote on 9 June 2024 and
 * stood on 27 October as DPS–New Beginning and the Alliance for Rights and Freedoms (APS). Naming DPS as both lists'
 * predecessor was refused ("'dps' is carried on by dpsnn already"), so one of them took the whole 17% and a forecast a
 * month out, before any poll, left APS (polling 8 to 10%) inside Others with no seat. Each now takes half. Figures: the
 * CEC's June count (src/test/resources/ingest/README.md; the Bulgarian kit's results).
 */
class SplitSuccessionTest {
    @TempDir
    static Path tmp;

    static Path data;

    private static final String ASSEMBLY = "contests:\n  assembly:\n    system: additional-member\n"
            + "    name: National Assembly\n    seats: 240\n    listSeats: 240\n    method: largest-remainder\n"
            + "    threshold: 4\n";

    @BeforeAll
    static void bulgaria() throws IOException {
        data = tmp.resolve("data");
        IngestFixtures.copyData(data);
        Files.writeString(
                data.resolve("elections/bg-2024-06.yaml"),
                "id: bg-2024-06\nname: Bulgarian National Assembly election, June 2024\ndate: 2024-06-09\n"
                        + "area: Bulgaria\nparties:\n  - {id: gerb, name: GERB-SDS}\n  - {id: dps, name: DPS}\n"
                        + "  - {id: ppdb, name: PP-DB}\n  - {id: vaz, name: Vazrazhdane}\n"
                        + "  - {id: bsp, name: BSP for Bulgaria}\n  - {id: itn, name: ITN}\n"
                        + "  - {id: velichie, name: Velichie}\n"
                        + ASSEMBLY + "    parties: [gerb, dps, ppdb, vaz, bsp, itn, velichie]\n");
        Files.writeString(
                data.resolve("elections/bg-2024-10.yaml"),
                "id: bg-2024-10\nname: Bulgarian National Assembly election, October 2024\ndate: 2024-10-27\n"
                        + "baseline: bg-2024-06\narea: Bulgaria\nparties:\n  - {id: gerb, name: GERB-SDS}\n"
                        + "  - {id: ppdb, name: PP-DB}\n  - {id: vaz, name: Vazrazhdane}\n"
                        + "  - {id: dpsnn, name: DPS-New Beginning, succeeds: [dps]}\n"
                        + "  - {id: aps, name: APS, succeeds: [dps]}\n"
                        + "  - {id: bsp, name: BSP-United Left}\n  - {id: itn, name: ITN}\n"
                        + "  - {id: velichie, name: Velichie}\n"
                        + ASSEMBLY + "    parties: [gerb, ppdb, vaz, dpsnn, aps, bsp, itn, velichie]\n");
        // The CEC's June count: 2,147,737 valid votes for lists (2,211,648 valid less 63,911 "I support no one").
        Files.writeString(data.resolve("results/bg_assembly_list_results.csv"), """
                election,year,party,votes,list_seats,constituency_seats,source
                bg-2024-06,2024,GERB-SDS,530602,68,0,CEC
                bg-2024-06,2024,DPS,366562,47,0,CEC
                bg-2024-06,2024,PP-DB,307848,39,0,CEC
                bg-2024-06,2024,Vazrazhdane,295958,38,0,CEC
                bg-2024-06,2024,BSP for Bulgaria,151630,19,0,CEC
                bg-2024-06,2024,ITN,128005,16,0,CEC
                bg-2024-06,2024,Velichie,99852,13,0,CEC
                bg-2024-06,2024,Others,267280,,,CEC
                """);
    }

    @Test
    void aPartyThatSplitIsDividedBetweenItsSuccessors() {
        Workspace ws = Workspace.of(data, tmp.resolve("store.db"));
        ForecastOutcome o = Forecasts.run(
                ws,
                ForecastRequest.of("bg-2024-10", LocalDate.parse("2024-09-27"))
                        .withSimulation(SimulationSettings.withDefaults().withSims(5_000L)));
        var lead = o.forecast().mayor();
        assertThat(lead.input().source()).contains("no polls: prior from bg-2024-06");
        int dpsnn = lead.input().options().indexOf("dpsnn");
        int aps = lead.input().options().indexOf("aps");
        assertThat(dpsnn).isNotNegative();
        assertThat(aps).isNotNegative();
        // DPS's 17.07%, half each; nothing of it counted twice.
        assertThat(lead.input().mean()[dpsnn]).isBetween(8.4, 8.7);
        assertThat(lead.input().mean()[aps])
                .isCloseTo(lead.input().mean()[dpsnn], org.assertj.core.data.Offset.offset(1e-9));
        double sum = 0;
        for (double m : lead.input().mean()) {
            sum += m;
        }
        assertThat(sum).isCloseTo(100, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aPartyNamedTwiceByOneSuccessorIsRefused() throws IOException {
        Path dir = tmp.resolve("defs");
        Files.createDirectories(dir);
        Path twice = dir.resolve("bg-2024-10.yaml");
        Files.writeString(
                twice,
                Files.readString(data.resolve("elections/bg-2024-10.yaml"))
                        .replace(
                                "{id: aps, name: APS, succeeds: [dps]}", "{id: aps, name: APS, succeeds: [dps, dps]}"));
        assertThatThrownBy(() -> ElectionLoader.load(twice))
                .hasMessageContaining("bg-2024-10.yaml")
                .hasMessageContaining("parties[4].succeeds")
                .hasMessageContaining("names 'dps' twice: its vote would be counted twice");
    }
}
