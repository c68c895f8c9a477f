package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Someone polled who never stood may be printed under another spelling, as a candidate may: CBS Research's 20–23 August
 * 2024 poll for WatchDog.MD, as Caliber.Az reported it, named the MP Vasile Bolea "Vasile Bolu" (4.4%). A candidate's
 * {@code aliases} said so; a withdrawn one's were refused as an unknown field, and the poll with them.
 */
class WithdrawnAliasesTest {
    @TempDir
    Path tmp;

    private static String definition(String aliases) {
        return """
                id: moldova-2024
                name: Moldovan presidential election 2024
                date: 2024-10-20
                office: President
                parties:
                  - {id: pas, name: Party of Action and Solidarity}
                  - {id: psrm, name: Party of Socialists}
                contests:
                  president:
                    system: two-round
                    secondRound: 2024-11-03
                    candidates:
                      - {id: sandu, name: Maia Sandu, party: pas}
                      - {id: stoianoglo, name: Alexandr Stoianoglo, party: psrm}
                      - {id: usatii, name: Renato Usatîi}
                      - {id: vlah, name: Irina Vlah}
                      - {id: chicu, name: Ion Chicu}
                      - {id: furtuna, name: Victoria Furtună}
                      - {id: tarlev, name: Vasile Tarlev}
                    withdrawn:
                      - {id: bolea, name: Vasile Bolea, note: "polled in August 2024; did not stand", aliases: %s}
                """.formatted(aliases);
    }

    private static final String POLL = """
            pollster,client,fieldwork_start,fieldwork_end,sample_size,mode,scope,Maia Sandu,Alexandr Stoianoglo,Renato Usatîi,Irina Vlah,Vasile Bolu,Ion Chicu
            CBS Research,WatchDog.MD,2024-08-20,2024-08-23,1011,phone,first_pref,35.5,9.9,6.8,5.8,4.4,3.0
            """;

    private CliRun ingest(String aliases) throws IOException {
        Path data = tmp.resolve("data");
        org.pollcast.ingest.IngestFixtures.copyData(data);
        Files.writeString(data.resolve("elections/moldova-2024.yaml"), definition(aliases));
        Path csv = tmp.resolve("cbs.csv");
        Files.writeString(csv, POLL);
        return CliRun.in(
                tmp.resolve("store.db"),
                "ingest",
                csv.toString(),
                "--election",
                "moldova-2024",
                "--new-pollsters",
                "--data",
                data.toString());
    }

    @Test
    void aWithdrawnCandidatesAliasReadsTheirColumn() throws IOException {
        CliRun in = ingest("[\"Vasile Bolu\"]");
        assertThat(in.status()).as(in.err()).isZero();
        assertThat(in.out()).contains("1 added");
    }

    @Test
    void anAliasNamingACandidateIsRefusedNamingTheField() throws IOException {
        CliRun in = ingest("[\"Ion Chicu\"]");
        assertThat(in.status()).isNotZero();
        assertThat(in.err()).contains("moldova-2024.yaml").contains("withdrawn[0].aliases[0]");
        assertThat(in.err()).doesNotContain("Exception");
    }
}
