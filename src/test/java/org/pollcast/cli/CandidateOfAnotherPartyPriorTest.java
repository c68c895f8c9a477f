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
 * A forecast before the first poll, from the baseline's result, where a candidate stood there for another party:
 * Jair Bolsonaro won 46.0% of the 2018 first round for the PSL and stood in 2022 for the PL, which had stood no one in
 * 2018 (TSE totals: Bolsonaro 49,277,010, Haddad 31,342,051, Ciro Gomes 13,344,371, Alckmin 5,096,350, Amoêdo
 * 2,679,745, Daciolo 1,348,323, Meirelles 1,288,950, Marina Silva 1,069,578, Alvaro Dias 859,601, Boulos 617,122, Vera
 * Lúcia 55,762, Eymael 41,710, Goulart Filho 30,176). Read by party alone, the incumbent was left out and his 46% put
 * in "Others", and the forecast gave Lula 89% and Ciro Gomes 11% to win.
 */
class CandidateOfAnotherPartyPriorTest {
    @TempDir
    Path tmp;

    private Path data;

    @BeforeEach
    void dataWithBrazil() throws IOException {
        data = tmp.resolve("data");
        org.pollcast.ingest.IngestFixtures.copyDataWith(data, "br-2018.yaml", "br-2022.yaml");
        Files.writeString(data.resolve("results/br_mayor_results.csv"), """
                year,round,candidate,party,votes,source
                2018,1,Jair Bolsonaro,PSL,49277010,TSE2018
                2018,1,Fernando Haddad,PT,31342051,TSE2018
                2018,1,Ciro Gomes,PDT,13344371,TSE2018
                2018,1,Geraldo Alckmin,PSDB,5096350,TSE2018
                2018,1,João Amoêdo,NOVO,2679745,TSE2018
                2018,1,Cabo Daciolo,PATRI,1348323,TSE2018
                2018,1,Henrique Meirelles,MDB,1288950,TSE2018
                2018,1,Marina Silva,REDE,1069578,TSE2018
                2018,1,Alvaro Dias,PODE,859601,TSE2018
                2018,1,Guilherme Boulos,PSOL,617122,TSE2018
                2018,1,Vera Lúcia,PSTU,55762,TSE2018
                2018,1,José Maria Eymael,DC,41710,TSE2018
                2018,1,João Goulart Filho,PPL,30176,TSE2018
                2018,2,Jair Bolsonaro,PSL,57797847,TSE2018
                2018,2,Fernando Haddad,PT,47040906,TSE2018
                """);
    }

    @Test
    void aCandidateWhoStoodForAnotherPartyCarriesTheirOwnShare() {
        CliRun r = forecast2022("--format", "csv");
        assertThat(r.status()).as(r.err()).isZero();
        // Columns: candidate, name, party, win_%, win_se, outright_%, runoff_%, first_pref, p05, p95.
        assertThat(firstPref(r.out(), "bolsonaro")).isBetween(44.0, 49.0);
        // Lula carries his party's share (Haddad's 29.3), Ciro Gomes his own (12.5), as before.
        assertThat(firstPref(r.out(), "lula")).isBetween(27.0, 32.0);
        assertThat(firstPref(r.out(), "gomes")).isBetween(10.5, 14.5);
        CliRun table = forecast2022();
        assertThat(table.out() + table.err())
                .contains("prior from br-2018 (first preferences by party; Jair Bolsonaro by their own share there, for"
                        + " another party then");
    }

    /**
     * A party renamed in the definition (the PL declared the PSL's successor, as a made-up case) is no change of party:
     * the candidate takes the share by party, and the note says nothing of their own.
     */
    @Test
    void aCandidateOfASucceedingPartyIsNoCandidateOfAnotherParty() throws IOException {
        Path def = data.resolve("elections/br-2022.yaml");
        Files.writeString(
                def,
                Files.readString(def)
                        .replace(
                                "{id: pl, name: PL, colour: \"#1A237E\"}",
                                "{id: pl, name: PL, colour: \"#1A237E\", succeeds: [psl]}"));
        CliRun table = forecast2022();
        assertThat(table.status()).as(table.err()).isZero();
        assertThat(table.out() + table.err()).contains("prior from br-2018").doesNotContain("by their own share");
    }

    /**
     * With no --as-of, an average of a two-round election whose first round is counted is the second round's, on its
     * day: a store without such polls is told so, and the message does not blame an option the user never gave.
     */
    @Test
    void aSecondRoundWithoutPollsSaysTheDayWasTheDefault() throws IOException {
        // a first-round poll only (made up): the store holds polls of the election, none of the pair
        java.nio.file.Path poll = tmp.resolve("first-round.csv");
        java.nio.file.Files.writeString(poll, """
                pollster,fieldwork_start,fieldwork_end,sample_size,scope,bolsonaro,haddad,gomes,alckmin,other
                Datafolha,2018-10-05,2018-10-06,19552,first_pref,40,25,15,8,12
                """);
        CliRun in = CliRun.in(
                tmp.resolve("store.db"), "ingest", "--election", "br-2018", "--data", data.toString(), poll.toString());
        assertThat(in.status()).as(in.err()).isZero();
        CliRun r = CliRun.in(tmp.resolve("store.db"), "average", "br-2018", "--data", data.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err())
                .contains("no poll of Jair Bolsonaro v Fernando Haddad dated by 2018-10-28 (no --as-of given: the"
                        + " second round's day)")
                .contains("--scope first_pref")
                .doesNotContain("pollcast: --");
    }

    /**
     * A store with no poll of the election at all is told so: the Jakarta trial's was told of "no poll of the pair" and
     * that the first round's polls could be averaged, where there were none of either.
     */
    @Test
    void aStoreWithNoPollOfTheElectionSaysSo() {
        CliRun r = CliRun.in(tmp.resolve("empty.db"), "average", "br-2018", "--data", data.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err())
                .contains("br-2018: the store holds no polls of it; add some with: pollcast ingest FILE --election"
                        + " br-2018")
                .doesNotContain("--scope first_pref");
    }

    /** br-2022's forecast before its first poll (1 August 2022), 2,000 simulations, with {@code more} options. */
    private CliRun forecast2022(String... more) {
        List<String> args = new ArrayList<>(
                List.of("forecast", "br-2022", "--as-of", "2022-08-01", "--sims", "2000", "--data", data.toString()));
        args.addAll(List.of(more));
        return CliRun.in(tmp.resolve("store.db"), args.toArray(String[]::new));
    }

    private static double firstPref(String csv, String id) {
        String row = csv.lines().filter(l -> l.startsWith(id + ",")).findFirst().orElseThrow();
        return Double.parseDouble(row.split(",")[7]);
    }
}
