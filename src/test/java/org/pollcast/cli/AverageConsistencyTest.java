package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pollcast.aggregate.AggregateSettings;
import org.pollcast.aggregate.AverageMethod;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.aggregate.PollsterWeighting;
import org.pollcast.aggregate.ShareEstimate;
import org.pollcast.pipeline.ForecastOutcome;
import org.pollcast.pipeline.ForecastRequest;
import org.pollcast.pipeline.Pollcast;
import org.pollcast.simulate.SimulationSettings;

/**
 * One average, whatever asks for it: for each averaging setting, the {@code average} command, the report's
 * average table, the forecast's starting point and the notebook API agree. The report once showed
 * Livingstone on 36.7 while forecast.json and {@code average} said 38.2 for the same options.
 */
class AverageConsistencyTest {
    private static final String ELECTION = "london-2012";
    private static final LocalDate AS_OF = LocalDate.of(2012, 4, 26);

    @TempDir
    Path tmp;

    static Stream<Arguments> settings() {
        AggregateSettings d = AggregateSettings.withDefaults();
        return Stream.of(
                Arguments.of(List.of(), d),
                Arguments.of(
                        List.of("--pollster-weights", "accuracy"), d.withPollsterWeighting(PollsterWeighting.ACCURACY)),
                Arguments.of(List.of("--method", "kalman"), d.withMethod(AverageMethod.KALMAN)),
                Arguments.of(List.of("--half-life", "7"), d.withHalfLifeDays(7)),
                Arguments.of(List.of("--sample-cap", "800"), d.withSampleCap(800)),
                Arguments.of(List.of("--no-house-adjust"), d.withAdjustHouseEffects(false)));
    }

    private CliRun cli(List<String> options, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(options);
        return CliRun.in(tmp.resolve("store.db"), all.toArray(String[]::new));
    }

    @ParameterizedTest
    @MethodSource("settings")
    void everyOutputShowsTheSameAverage(List<String> options, AggregateSettings settings) throws Exception {
        Pollcast api = Pollcast.open(Path.of("data"), tmp.resolve("store.db"));
        PollAverage average = api.average(ELECTION, AS_OF, settings);

        // the average command
        CliRun avg = cli(options, "average", ELECTION, "--as-of", AS_OF.toString(), "--format", "json");
        assertThat(avg.status()).as(avg.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(avg.out());
        Map<String, Double> fromCommand = new LinkedHashMap<>();
        json.get("shares")
                .forEach(s ->
                        fromCommand.put(s.get("option").asText(), s.get("share").asDouble()));
        for (ShareEstimate s : average.shares()) {
            assertThat(fromCommand.get(s.option())).as(s.option()).isCloseTo(s.share(), within(1e-9));
        }

        // the forecast starts from it: the same average, its lead then narrowed for systematic poll error, which
        // moves the leader and runner-up by equal and opposite amounts and leaves every other option as averaged
        ForecastOutcome outcome = api.forecast(ForecastRequest.of(ELECTION, AS_OF)
                .withAveraging(settings)
                .withSimulation(SimulationSettings.withDefaults().withSims(1_000)));
        assertThat(outcome.average().shares()).isEqualTo(average.shares());
        List<ShareEstimate> top = average.shares().stream()
                .filter(s -> !s.option().equals("other"))
                .sorted((a, b) -> Double.compare(b.share(), a.share()))
                .limit(2)
                .toList();
        double[] start = outcome.forecast().mayor().input().mean();
        for (ShareEstimate s : average.shares()) {
            if (!top.contains(s)) {
                assertThat(start[outcome.forecast().mayor().input().index(s.option())])
                        .isCloseTo(s.share(), within(1e-9));
            }
        }
        double topTwo = top.get(0).share() + top.get(1).share();
        assertThat(start[outcome.forecast().mayor().input().index(top.get(0).option())]
                        + start[
                                outcome.forecast()
                                        .mayor()
                                        .input()
                                        .index(top.get(1).option())])
                .isCloseTo(topTwo, within(1e-9));

        // the report's table shows it
        Path out = tmp.resolve("report");
        // Without "how the race moved": a forecast at every step, none of them this average, and most of the time.
        CliRun report = cli(
                options,
                "report",
                ELECTION,
                "--as-of",
                AS_OF.toString(),
                "--sims",
                "1000",
                "--no-race-chart",
                "--out",
                out.toString());
        assertThat(report.status()).as(report.err()).isZero();
        String html = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        String table = html.substring(
                html.indexOf("id=\"average-table\""), html.indexOf("</table>", html.indexOf("id=\"average-table\"")));
        Matcher row = Pattern.compile("<tr><th scope=\"row\">([^<]+)</th><td>([0-9.]+)</td>")
                .matcher(table);
        int rows = 0;
        while (row.find()) {
            String name = row.group(1);
            ShareEstimate s = average.shares().stream()
                    .filter(x -> x.name().equals(name))
                    .findFirst()
                    .orElseThrow();
            assertThat(Double.parseDouble(row.group(2))).as(name).isCloseTo(s.share(), within(0.05 + 1e-9));
            rows++;
        }
        assertThat(rows).isEqualTo(average.shares().size());
    }
}
