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
            ingester.ingest(fixture(file), store, IngestSettings.withDefaults().withPublished(published));
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
