package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pollcast.ingest.IngestFixtures.fixture;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.election.Scope;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * Brazilian news pages' lists of a poll, as the São Paulo blind trial of 7 December 2026 saved them: Portuguese lines of
 * those naming no one ("Não sabe/ Não respondeu", "Nenhum/ Branco/ Nulo", "NS/NR (Não sabe / Não respondeu)"), each
 * refused as an unknown candidate, and a list of whom voters would never vote for, read as the vote.
 */
class BrazilianReleasePagesTest {
    @TempDir
    Path root;

    private List<Poll> ingest(String election, String file, LocalDate published) throws Exception {
        IngestFixtures.copyDataWith(root, "sp-2020.yaml", "sp-2024.yaml");
        DataHome home = new DataHome(root);
        ElectionCatalog catalog = new ElectionCatalog(home);
        Ingester ingester = new Ingester(catalog, AliasTable.load(List.of(home.aliases())), IngestFixtures.CLOCK);
        try (PollStore store = PollStore.open(root.resolve("s.db"))) {
            ingester.ingest(
                    file.startsWith("/") ? file : fixture(file),
                    store,
                    IngestSettings.withDefaults().withPublished(published));
            return store.polls(PollQuery.of(election)).stream()
                    .map(StoredPoll::poll)
                    .toList();
        }
    }

    /**
     * Paraná Pesquisas of 23-26 September 2024 (Exame): ten candidates, then "Não sabe/ Não respondeu: 3,9%" and
     * "Nenhum/ Branco/ Nulo: 4,9%", the poll's don't-knows.
     */
    @Test
    void portugueseNoOneLinesAreTheDontKnows() throws Exception {
        List<Poll> polls = ingest("sp-2024", "release/sp-2024-exame-parana-2024-09-27.txt", LocalDate.of(2024, 9, 27));
        assertThat(polls).singleElement().satisfies(p -> {
            assertThat(p.pollster()).isEqualTo("Paraná Pesquisas");
            assertThat(p.scope()).isEqualTo(Scope.FIRST_PREF);
            assertThat(p.partial()).isFalse();
            assertThat(p.dontKnow()).isEqualTo(8.8, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(p.shares()).containsKeys("nunes", "boulos", "marcal").doesNotContainKey("other");
        });
    }

    /**
     * Paraná Pesquisas of September 2023 (novomomento): "Nenhum, branco e nulo: 14,6%", a comma in its words, ended the
     * list and was left out. Its last line, "Não sabe: 5,7% Pesquisa entre 21 e 24 de Setembro.", runs into the next
     * sentence and is no option line, so the poll stays partial.
     */
    @Test
    void noOneWordsJoinedByACommaAreTheDontKnows() throws Exception {
        List<Poll> polls =
                ingest("sp-2024", "release/sp-2024-novomomento-parana-2023-09.txt", LocalDate.of(2023, 9, 30));
        assertThat(polls).singleElement().satisfies(p -> {
            assertThat(p.dontKnow()).isEqualTo(14.6);
            assertThat(p.shares())
                    .containsEntry("boulos", 35.1)
                    .containsEntry("poit", 2.8)
                    .hasSize(5);
        });
    }

    /**
     * UOL's report of Quaest's run-off of 20-22 October 2024, as the page store keeps it: each list line after the first
     * begins with the figure that closed the line before ("44% (tinha 45%) Guilherme Boulos (PSOL): 35% (tinha 33%)"),
     * and the earlier figures are in words ("tinha", "eram"). Refused before as no list.
     */
    @Test
    void aLineRepeatingTheFigureBeforeItIsReadWithoutIt() throws Exception {
        List<Poll> polls =
                ingest("sp-2024", "release/sp-2024-bol-quaest-2t-2024-10-23.txt", LocalDate.of(2024, 10, 23));
        assertThat(polls).singleElement().satisfies(p -> {
            assertThat(p.pollster()).isEqualTo("Quaest");
            assertThat(p.scope()).isEqualTo(Scope.RUNOFF);
            assertThat(p.shares())
                    .containsEntry("nunes", 44.0)
                    .containsEntry("boulos", 35.0)
                    .hasSize(2);
            assertThat(p.dontKnow()).isEqualTo(21.0); // "Indecisos: 2%" and "Brancos / nulos: 19%"
        });
    }

    /**
     * pledgetimes' report of Datafolha's poll of 7-8 March 2024 repeats a line's tail at the next one's start
     * ("(União Brasil) – 4%; Altino (PSTU) – 2%", "(PSTU) – 2% blanks/nulls – 14%;"): Altino and the blank and null
     * ballots were left out before, and the complete poll read as partial.
     */
    @Test
    void theRepeatedTailsOfAnEnglishCopyAreReadToo() throws Exception {
        List<Poll> polls =
                ingest("sp-2024", "release/sp-2024-pledgetimes-datafolha-2024-03-11.txt", LocalDate.of(2024, 3, 11));
        assertThat(polls).singleElement().satisfies(p -> {
            assertThat(p.shares())
                    .containsEntry("prazeres", 2.0)
                    .containsEntry("kataguiri", 4.0)
                    .hasSize(6);
            assertThat(p.dontKnow()).isEqualTo(14.0);
        });
    }

    /**
     * UOL's report of three firms' São Paulo polls of 30 September 2024: its one list is Quaest's, under "Quaest:", its
     * lines repeating the figure before them. Its first line is behind the label, so the list is not read at all, never
     * as a list starting at its second line without its leader (the page names AtlasIntel and Real Time Big Data too).
     */
    @Test
    void aPageOfSeveralFirmsIsStillRefused() {
        assertThatThrownBy(
                        () -> ingest("sp-2024", "release/sp-2024-bol-quaest-2024-09-30.txt", LocalDate.of(2024, 9, 30)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("no list of a poll's figures");
    }

    /**
     * The same copy's list under its firm's label: "Quaest: Ricardo Nunes (MDB): 24% (antes 25%)" is no option line, and
     * the lines after it are not read without their repeats either, so that the list does not start at its second line
     * without its leader (the label may be another firm's or a group's: a review). (A page written here in that
     * layout.)
     */
    @Test
    void aLabelledFirstLineLeavesTheListUnread() throws Exception {
        Path page = root.resolve("quaest.txt");
        java.nio.file.Files.writeString(
                page,
                String.join(
                        "\n\n",
                        " date 2024-09-30 Nova pesquisa Quaest para a Prefeitura de São Paulo",
                        "Veja os números completos da pesquisa de intenção de voto do primeiro turno:",
                        "Quaest: Ricardo Nunes (MDB): 24% (antes 25%)",
                        "24% (antes 25%) Guilherme Boulos (PSOL): 23% (antes 23%)",
                        "23% (antes 23%) Pablo Marçal (PRTB): 21% (antes 20%)",
                        "21% (antes 20%) Tabata Amaral (PSB): 11% (antes 8%)",
                        "11% (antes 8%) José Luiz Datena (PSDB): 6% (antes 6%)",
                        "6% (antes 6%) Indecisos: 6% (antes 7%)",
                        "A pesquisa ouviu 1.200 eleitores.\n"));
        assertThatThrownBy(() -> ingest("sp-2024", page.toString(), LocalDate.of(2024, 9, 30)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("no list of a poll's figures");
    }

    /** AtlasIntel's run-off of 15-21 October 2024: "Branco / Nulo / Nenhum: 2,1%", "NS/NR (Não sabe / ...): 0,8%". */
    @Test
    void aRunOffsNoOneLinesAreTheDontKnows() throws Exception {
        List<Poll> polls =
                ingest("sp-2024", "release/sp-2024-contilnet-atlas-2t-2024-10-21.txt", LocalDate.of(2024, 10, 21));
        assertThat(polls).singleElement().satisfies(p -> {
            assertThat(p.scope()).isEqualTo(Scope.RUNOFF);
            assertThat(p.shares()).containsEntry("nunes", 54.8).containsEntry("boulos", 42.2);
        });
    }

    /**
     * Datafolha's São Paulo poll of November 2020 as fanoticias printed it: its only list is "em quem os eleitores não
     * votariam de jeito nenhum" (Russomanno 50, Joice 33, Covas 25), refused before only for its lines that were no
     * names, and stored as the vote once a user took them out.
     */
    @Test
    void whomVotersWouldNeverVoteForIsNoVote() {
        assertThatThrownBy(() -> ingest(
                        "sp-2020", "release/sp-2020-fanoticias-datafolha-2020-11-14.txt", LocalDate.of(2020, 11, 14)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(
                        "'Celso Russomanno: 50%' ... skipped: the paragraph above the list speaks of no vote");
    }
}
