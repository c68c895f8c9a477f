package org.pollcast.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.ingest.DataHome;
import org.pollcast.ingest.IngestFixtures;
import org.pollcast.pipeline.ForecastOutcome;
import org.pollcast.pipeline.ForecastRequest;
import org.pollcast.pipeline.Forecasts;
import org.pollcast.pipeline.Workspace;

/**
 * Every simulation of a first election's seats fills every seat, drawn one by one from the input the pipeline builds
 * for the made-up first parliaments of src/test/resources/firstparl: newland-2024 (10 constituencies and 5 list seats,
 * 5% threshold, no baseline) and listland-2024 (a pure list body: 2 regions of 6, no constituencies).
 */
class FirstElectionDrawsTest {
    @TempDir
    static Path tmp;

    static Workspace ws;

    @BeforeAll
    static void kit() throws IOException {
        Path data = tmp.resolve("data");
        IngestFixtures.copyData(data);
        Path kit = Path.of("src/test/resources/firstparl");
        IngestFixtures.copyKit(kit, data);
        ws = new Workspace(DataHome.locate(data), tmp.resolve("draws.db"), List.of(), line -> {});
    }

    private static ForecastOutcome forecast(String election) {
        return Forecasts.run(
                ws,
                ForecastRequest.of(election, LocalDate.parse("2024-05-01"))
                        .withSimulation(SimulationSettings.withDefaults().withSims(2_000L)));
    }

    /** 20,000 draws, the list-vote lead drawn 3 points about its mean (a 50% party) as the simulator moves it. */
    private static void draws(ForecastOutcome o, java.util.function.Consumer<AssemblyModel.Draw> check) {
        AssemblyInput in = o.assemblyInput();
        ShareInput lead = o.forecast().mayor().input();
        AssemblyModel model = new AssemblyModel(
                in, lead.mean(), SimulationSettings.withDefaults().constituencyNoiseSd());
        var normal = ZigguratSampler.NormalizedGaussian.of(RandomSource.XO_SHI_RO_256_PP.create(7L));
        double[] shares = lead.mean().clone();
        AssemblyModel.Draw d = model.newDraw();
        for (int s = 0; s < 20_000; s++) {
            for (int j = 0; j < shares.length; j++) {
                shares[j] = Math.max(0.1, lead.mean()[j] + 3 * normal.sample());
            }
            model.draw(normal, shares, lead.mean(), d);
            check.accept(d);
        }
    }

    @Test
    void everyDrawOfAFirstParliamentFillsItsTenConstituenciesAndFiveListSeats() {
        ForecastOutcome o = forecast("newland-2024");
        AssemblyInput in = o.assemblyInput();
        assertThat(in).isNotNull();
        assertThat(in.imputed()).containsOnly(true);
        // Every constituency starts at the whole area's constituency shares, its lean unknown.
        for (int c = 0; c < in.constituencies().size(); c++) {
            assertThat(Arrays.copyOfRange(in.baseline(), c * in.size(), (c + 1) * in.size()))
                    .containsExactly(in.baselineLondon(), org.assertj.core.api.Assertions.within(1e-9));
        }
        int[] fromList = new int[in.size()];
        draws(o, d -> {
            assertThat(Arrays.stream(d.constituencySeats).sum()).isEqualTo(10);
            assertThat(Arrays.stream(d.listSeats).sum()).isEqualTo(5);
            assertThat(Arrays.stream(d.totalSeats).sum()).isEqualTo(15);
            assertThat(Arrays.stream(d.constituencyWinner).allMatch(w -> w >= 0))
                    .isTrue();
            for (int j = 0; j < fromList.length; j++) {
                fromList[j] += d.listSeats[j];
            }
        });
        // "Others" (many small parties) never wins a seat.
        assertThat(fromList[in.index("other")]).isZero();
    }

    @Test
    void everyDrawOfAPureListBodyFillsEachRegionsSixSeats() {
        ForecastOutcome o = forecast("listland-2024");
        AssemblyInput in = o.assemblyInput();
        assertThat(in.constituencies()).isEmpty();
        assertThat(in.regions()).hasSize(2);
        assertThat(in.drawsRegionLeans()).isTrue();
        int p = in.size();
        draws(o, d -> {
            assertThat(Arrays.stream(d.constituencySeats).sum()).isZero();
            assertThat(Arrays.stream(d.totalSeats).sum()).isEqualTo(12);
            for (int r = 0; r < 2; r++) {
                assertThat(Arrays.stream(d.regionListSeats, r * p, r * p + p).sum())
                        .isEqualTo(6);
            }
        });
    }
}
