package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.ingest.IngestFixtures;

/**
 * Europe Elects' and EOPAOD's poll files (filipvanlaenen/eopaod, data/polls/*.psv): pipe-separated cells padded to line
 * up, "Polling firm | Commissioners | Fieldwork Start | Fieldwork End | Scope | Sample Size | Participation | Precision",
 * a column a party, "N/A" where a poll did not ask, and a scope code per poll ("N"
 * national, "NE" national and used for European projections too, "E" European Parliament, "P" a president's first
 * round; "Median" is a Czech firm, MEDIAN). Read as a CSV of one column, every such file was
 * refused as naming no pollster (the blind trial on France, src/test/resources/ingest/README.md).
 */
class EuropeElectsFileTest {
    @TempDir
    Path tmp;

    private Path data;
    private Path db;

    /** The Czech parties as the 2019 file names them, for an election of the Chamber and one of the Parliament. */
    private static final String PARTIES = """
            parties:
              - {id: ano, name: ANO}
              - {id: ods, name: ODS}
              - {id: pirati, name: Piráti}
              - {id: spd, name: SPD}
              - {id: kscm, name: KSČM}
              - {id: cssd, name: ČSSD}
              - {id: kdu, name: KDU–ČSL}
              - {id: top09, name: TOP 09}
              - {id: stan, name: STAN}
              - {id: svobodni, name: SVOBODNÍ}
              - {id: zeleni, name: ZELENÍ}
              - {id: tsz, name: T–S–Z}
            """;

    @BeforeEach
    void data() throws IOException {
        data = tmp.resolve("data");
        IngestFixtures.copyDataWith(data, "france-2017.yaml", "france-2022.yaml");
        Files.writeString(
                data.resolve("elections/czn-2021.yaml"), """
                id: czn-2021
                name: Czech Chamber of Deputies election 2021
                date: 2021-10-09
                %s
                contests:
                  chamber:
                    system: additional-member
                    seats: 200
                    listSeats: 200
                    method: dhondt
                    threshold: 5
                    parties: [ano, ods, pirati, spd, kscm, cssd, kdu, top09, stan, svobodni, zeleni, tsz]
                """.formatted(PARTIES.replace("\n", "\n                ")));
        Files.writeString(
                data.resolve("elections/czeu-2019.yaml"), """
                id: czeu-2019
                name: European Parliament election in the Czech Republic 2019
                date: 2019-05-25
                %s
                contests:
                  parliament:
                    system: additional-member
                    seats: 21
                    listSeats: 21
                    method: dhondt
                    threshold: 5
                    parties: [ano, ods, pirati, spd, kscm, cssd, kdu, top09, stan, svobodni, zeleni, tsz]
                """.formatted(PARTIES.replace("\n", "\n                ")));
        db = tmp.resolve("store.db");
    }

    private CliRun run(String... args) {
        return CliRun.inData(db, data, args);
    }

    @Test
    void aPresidentialFileGivesEveryPollWithItsClientAndTheQuestionsNotAsked() {
        CliRun in = run("ingest", IngestFixtures.fixture("eopaod-fr-p2022.psv"), "--election", "france-2022");
        assertThat(in.status()).as(in.err()).isZero();
        assertThat(in.out()).contains("(wide-csv): 12 polls, 12 added").contains("first preferences");
        CliRun polls = run("polls", "france-2022", "--format", "csv");
        assertThat(polls.status()).as(polls.err()).isZero();
        // Ifop for the JDD, ending 1 April 2022, 1,405 asked: Macron 27, Le Pen 22, Mélenchon 15; the candidates
        // who had left the race by then (Montebourg, Taubira: N/A) are no columns.
        assertThat(polls.out())
                .contains("2022-04-01,Ifop,JDD,president,first_pref,1405,0.5,1,3.5,15,2,5,27,9,2.5,2,22,10.5,")
                .contains("France Info and Le Parisien")
                .doesNotContain("taubira");
        CliRun avg = run("average", "france-2022", "--as-of", "2022-04-03");
        assertThat(avg.status()).as(avg.err()).isZero();
        assertThat(avg.out()).contains("Emmanuel Macron").contains("Marine Le Pen");
    }

    @Test
    void aEuropeanPollIsNoneOfANationalElection() {
        CliRun in = run(
                "ingest", IngestFixtures.fixture("eopaod-cz-2019.psv"), "--election", "czn-2021", "--new-pollsters");
        assertThat(in.status()).as(in.err()).isZero();
        assertThat(in.out()).contains("2 polls, 2 added");
        assertThat(in.out() + in.err())
                .contains("scope 'E' is a poll of the European Parliament's vote, not of czn-2021");
        CliRun polls = run("polls", "czn-2021", "--format", "csv");
        assertThat(polls.out())
                .contains("2019-02-01,Centrum pro")
                .contains("2019-02-24,Median")
                .doesNotContain("2019-02-13");
    }

    @Test
    void aEuropeanPollIsTheEuropeanElectionsAndANationalOneIsNot() {
        CliRun in = run(
                "ingest", IngestFixtures.fixture("eopaod-cz-2019.psv"), "--election", "czeu-2019", "--new-pollsters");
        assertThat(in.status()).as(in.err()).isZero();
        // The European poll, and MEDIAN's national one marked for European use too (NE); not the national one.
        assertThat(in.out()).contains("2 polls, 2 added");
        assertThat(in.out() + in.err()).contains("scope 'N' is a poll of a national vote, not of czeu-2019");
        CliRun polls = run("polls", "czeu-2019", "--format", "csv");
        assertThat(polls.out())
                .contains("2019-02-13,Centrum pro")
                .contains("2019-02-24,Median")
                .doesNotContain("2019-02-01");
    }
}
