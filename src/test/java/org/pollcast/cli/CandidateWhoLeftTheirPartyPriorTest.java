package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A forecast before the first poll where a candidate who stood at the baseline stands now for another party, and the old
 * party stands someone else: Muharrem İnce won 30.6% of Turkey's 2018 presidential vote for the CHP, lost, and stood in
 * 2023 for his own Memleket Partisi, while the CHP stood Kemal Kılıçdaroğlu (YSK's 2018 totals: Erdoğan 26,330,823,
 * İnce 15,340,321, Demirtaş 4,205,794, Akşener 3,649,030, Karamollaoğlu 443,704, Perinçek 98,955). Carried by İnce, the
 * CHP's share left Kılıçdaroğlu inside Others; he won 44.9% and İnce 0.4%.
 */
class CandidateWhoLeftTheirPartyPriorTest {
    @TempDir
    Path tmp;

    private Path data;

    @BeforeEach
    void dataWithTurkey() throws IOException {
        data = tmp.resolve("data");
        org.pollcast.ingest.IngestFixtures.copyDataWith(data, "tr-2018.yaml", "tr-2023.yaml");
        Files.writeString(data.resolve("results/tr_mayor_results.csv"), """
                year,round,candidate,party,votes,source
                2018,1,Recep Tayyip Erdoğan,AKP,26330823,YSK2018
                2018,1,Muharrem İnce,CHP,15340321,YSK2018
                2018,1,Selahattin Demirtaş,HDP,4205794,YSK2018
                2018,1,Meral Akşener,IYI,3649030,YSK2018
                2018,1,Temel Karamollaoğlu,SP,443704,YSK2018
                2018,1,Doğu Perinçek,VATAN,98955,YSK2018
                """);
    }

    @Test
    void aLoserWhoLeftTheirPartyLeavesItsShareToItsNewCandidate() {
        CliRun r = forecast2023("--format", "csv");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(firstPref(r.out(), "kilicdaroglu")).isBetween(28.0, 33.0);
        assertThat(r.out().lines().anyMatch(l -> l.startsWith("ince,"))).isFalse();
        CliRun table = forecast2023();
        assertThat(table.out() + table.err())
                .contains("Muharrem İnce (chp there, memleket now; chp's share goes to Kemal Kılıçdaroğlu): a losing"
                        + " candidate's vote stays with the party when it stands again");
    }

    /**
     * The winner keeps their own share under a new party, though the old one stands someone else (a made-up case:
     * Erdoğan for a new party, the AKP standing another candidate), as Bolsonaro's did where his old party stood no one.
     */
    @Test
    void aWinnerWhoLeftTheirPartyCarriesTheirOwnShare() throws IOException {
        Path def = data.resolve("elections/tr-2023.yaml");
        Files.writeString(
                def,
                Files.readString(def)
                        .replace(
                                "  - {id: memleket, name: Memleket Partisi}",
                                "  - {id: memleket, name: Memleket Partisi}\n  - {id: new, name: New Party}")
                        .replace(
                                "{id: erdogan, name: Recep Tayyip Erdoğan, party: akp}",
                                "{id: erdogan, name: Recep Tayyip Erdoğan, party: new}\n"
                                        + "      - {id: heir, name: Made Up Heir, party: akp}"));
        CliRun r = forecast2023("--format", "csv");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(firstPref(r.out(), "erdogan")).isBetween(50.0, 55.0);
        assertThat(r.out().lines().anyMatch(l -> l.startsWith("heir,"))).isFalse();
    }

    /** tr-2023's forecast a month before polling day, with no poll stored, 2,000 simulations, with {@code more}. */
    private CliRun forecast2023(String... more) {
        List<String> args = new ArrayList<>(
                List.of("forecast", "tr-2023", "--as-of", "2023-04-14", "--sims", "2000", "--data", data.toString()));
        args.addAll(List.of(more));
        return CliRun.in(tmp.resolve("store.db"), args.toArray(String[]::new));
    }

    private static double firstPref(String csv, String id) {
        String row = csv.lines().filter(l -> l.startsWith(id + ",")).findFirst().orElseThrow();
        return Double.parseDouble(row.split(",")[7]);
    }
}
