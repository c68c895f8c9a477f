package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second round forecast between the rounds learns how its series' polls lean from the other second rounds, not
 * from the first rounds. Moldova's presidential elections (the real polls and counts of a blind trial, trimmed):
 * 2020's first-round polls overstated Dodon (+18.6 polled over Sandu, -3.5 counted), and that ratio was laid on
 * Sandu's lead in the 2024 second round (iData's Sandu 46 v Stoianoglo 41 before the first round), narrowing it to
 * 2.4 points; she won by 10.8. 2020's own second round had understated its leader (CBS-AXA 51.5 v 48.5 between the
 * rounds, 57.7 v 42.3 counted).
 */
class SecondRoundLeanTest {
    @TempDir
    Path tmp;

    private static String definition(int year, String date, String second, String rival, String rivalName) {
        return "id: moldova-" + year + "\n"
                + "name: Moldovan presidential election " + year + "\n"
                + "date: " + date + "\n"
                + "office: President\n"
                + "parties:\n"
                + "  - {id: pas, name: Party of Action and Solidarity}\n"
                + "  - {id: psrm, name: Party of Socialists}\n"
                + "  - {id: pn, name: Our Party}\n"
                + "contests:\n"
                + "  president:\n"
                + "    system: two-round\n"
                + "    secondRound: " + second + "\n"
                + "    candidates:\n"
                + "      - {id: sandu, name: Maia Sandu, party: pas}\n"
                + "      - {id: " + rival + ", name: " + rivalName + ", party: psrm}\n"
                + "      - {id: usatii, name: Renato Usatîi, party: pn}\n";
    }

    // 2020's first round as the CEC's percentages (votes per 10,000); the rest of the field as Others.
    private static final String RESULTS = """
            year,round,candidate,party,votes,source
            2020,1,Maia Sandu,Party of Action and Solidarity,3616,CEC
            2020,1,Igor Dodon,Party of Socialists,3261,CEC
            2020,1,Renato Usatîi,Our Party,1690,CEC
            2020,1,Others,,1433,CEC
            2020,2,Maia Sandu,Party of Action and Solidarity,943006,CEC
            2020,2,Igor Dodon,Party of Socialists,690615,CEC
            2024,1,Maia Sandu,Party of Action and Solidarity,656355,CEC
            2024,1,Alexandr Stoianoglo,Party of Socialists,401724,CEC
            2024,1,Renato Usatîi,Our Party,213169,CEC
            2024,1,Others,,274832,CEC
            2024,2,Maia Sandu,Party of Action and Solidarity,930512,CEC
            2024,2,Alexandr Stoianoglo,Party of Socialists,748781,CEC
            """;

    private static final String POLLS_2020 = """
            pollster,client,fieldwork_start,fieldwork_end,published,sample_size,scope,dont_know,Igor Dodon,Maia Sandu,Renato Usatîi,Other
            Association of Sociologists and Demographers,,2020-10-11,2020-10-20,2020-10-23,1183,first_pref,24.2,32.5,18.4,6.5,18.4
            CBS-AXA,WatchDog.MD,2020-11-03,2020-11-07,2020-11-09,1086,runoff,,48.5,51.5,,
            """;

    private static final String POLLS_2024 = """
            pollster,client,fieldwork_start,fieldwork_end,published,sample_size,scope,dont_know,Maia Sandu,Alexandr Stoianoglo,Renato Usatîi,Other
            CBS Research,WatchDog.MD,2024-10-11,2024-10-16,2024-10-17,1034,first_pref,40.9,35.8,9.0,6.4,7.9
            iData,Institute for Public Policy,2024-09-19,2024-10-10,2024-10-17,1100,runoff,13,46,41,,
            """;

    @Test
    void aSecondRoundLearnsItsLeanFromTheOtherSecondRounds() throws IOException {
        Path data = tmp.resolve("data");
        org.pollcast.ingest.IngestFixtures.copyData(data);
        Files.writeString(
                data.resolve("elections/moldova-2020.yaml"),
                definition(2020, "2020-11-01", "2020-11-15", "dodon", "Igor Dodon"));
        Files.writeString(
                data.resolve("elections/moldova-2024.yaml"),
                definition(2024, "2024-10-20", "2024-11-03", "stoianoglo", "Alexandr Stoianoglo"));
        Files.writeString(data.resolve("results/moldova_mayor_results.csv"), RESULTS);
        Path db = tmp.resolve("store.db");
        for (String year : new String[] {"2020", "2024"}) {
            Path csv = tmp.resolve("moldova-" + year + ".csv");
            Files.writeString(csv, year.equals("2020") ? POLLS_2020 : POLLS_2024);
            CliRun in = CliRun.in(
                    db,
                    "ingest",
                    csv.toString(),
                    "--election",
                    "moldova-" + year,
                    "--new-pollsters",
                    "--data",
                    data.toString());
            assertThat(in.status()).as(in.err()).isZero();
        }
        CliRun f = CliRun.in(
                db, "forecast", "moldova-2024", "--as-of", "2024-10-27", "--sims", "2000", "--data", data.toString());
        assertThat(f.status()).as(f.err()).isZero();
        assertThat(f.out())
                .contains("moldova-2020 (lead +3.0 in the average, +15.4 in the result)")
                .contains("lead widened")
                .doesNotContain("lead narrowed");
    }
}
