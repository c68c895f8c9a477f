package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A forecast before the first poll where a party that stood at the baseline withdrew: British Columbia's BC United
 * (the Liberals renamed, {@code succeeds: [lib]}) suspended its 2024 campaign and endorsed the Conservatives, as the
 * British Columbia trial's definitions say (vote-bc.ca's 2020 counts: NDP 899,388, Liberal 636,759, Green 284,326,
 * Conservative 35,902, others 29,050). The Liberals' 33.8% of 2020 sat in Others with no word; the note now says so
 * and how to give it to the party that took those voters.
 */
class WithdrawnPartyPriorTest {
    @TempDir
    Path tmp;

    private Path data;

    @BeforeEach
    void dataWithBritishColumbia() throws IOException {
        data = tmp.resolve("data");
        org.pollcast.ingest.IngestFixtures.copyDataWith(data, "bc-2020.yaml", "bc-2024.yaml");
        Files.writeString(data.resolve("results/bc_mayor_results.csv"), """
                year,round,candidate,party,votes,source
                2020,1,New Democratic,New Democratic,899388,vote-bc.ca
                2020,1,BC Liberal,BC Liberal,636759,vote-bc.ca
                2020,1,Green,Green,284326,vote-bc.ca
                2020,1,Conservative,Conservative,35902,vote-bc.ca
                2020,1,Others,,29050,vote-bc.ca
                """);
    }

    private CliRun forecast() {
        return CliRun.in(
                tmp.resolve("store.db"),
                "forecast",
                "bc-2024",
                "--as-of",
                "2024-10-18",
                "--sims",
                "2000",
                "--data",
                data.toString());
    }

    @Test
    void aWithdrawnPartysBaselineShareIsSaidToBeInOthers() {
        CliRun r = forecast();
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("BC United withdrew, and its party's 33.8% there is in Others (if one party standing took"
                        + " those voters, give it succeeds: [lib] in the definition)");
    }

    /**
     * Where fewer than two candidates' parties stood at the baseline (the Kenya trial's 2022: Odinga's Azimio and Ruto's
     * UDA, coalitions re-formed since 2017), the refusal says how to carry a party on, not only that it cannot.
     */
    @Test
    void withTooFewPartiesCarriedTheRefusalSaysHowToCarryOne() throws IOException {
        Path def = data.resolve("elections/bc-2024.yaml");
        Files.writeString(
                def,
                Files.readString(def)
                        .replace("{id: con, name: Conservative}", "{id: con2, name: Conservative}")
                        .replace("{id: grn, name: Green}", "{id: grn2, name: Green}")
                        .replace(
                                "{id: con, name: Conservative, party: con,",
                                "{id: con2, name: Conservative, party: con2,")
                        .replace("{id: grn, name: Green, party: grn,", "{id: grn2, name: Green, party: grn2,"));
        CliRun r = forecast();
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err())
                .contains("fewer than two of its candidates' parties stood in bc-2020")
                .contains("give it succeeds: [that party's id] in the definition");
    }

    @Test
    void givenToThePartyThatTookItsVoters() throws IOException {
        Path def = data.resolve("elections/bc-2024.yaml");
        Files.writeString(
                def,
                Files.readString(def)
                        .replace(
                                "  - {id: con, name: Conservative}",
                                "  - {id: con, name: Conservative, succeeds: [lib]}")
                        .replace(
                                "  - {id: united, name: BC United, succeeds: [lib]}",
                                "  - {id: united, name: BC United}"));
        CliRun r = forecast();
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("is in Others");
        String con = r.out()
                .lines()
                .filter(l -> l.strip().startsWith("con "))
                .findFirst()
                .orElseThrow();
        // The Conservatives' 1.9% and the Liberals' 33.8% of 2020.
        assertThat(Double.parseDouble(con.split("\\|")[5].strip())).isBetween(33.0, 38.5);
    }
}
