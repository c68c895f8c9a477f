package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * Option lines as American news pages print them (the corpus's Chicago kit: NBC Chicago's report of M3 Strategies'
 * poll, a Sun-Times table of We Ask America's): a candidate's nickname in curly quotes ("Jesús “Chuy” García – 11.6%"),
 * and a share under one point without its leading zero, as SPSS prints it ("Robert Fioretti .9%"). Each line stood
 * inside a list as no option line, and the page was refused. The page below is made up in that layout, its firm one the
 * alias table knows.
 */
class OptionLineSpellingsTest {
    @TempDir
    Path root;

    private static final String HEAD = """
            Chicago Mayoral Poll

            February 23, 2023

            Emerson College Polling's latest poll of the mayoral vote:

            """;

    @Test
    void aQuotedNicknameAndAShareWithoutItsLeadingZeroAreOptionLines() throws IOException {
        assertThat(storedShares(HEAD + """
                        Paul Vallas – 32%

                        Brandon Johnson – 18%

                        Lori Lightfoot – 13.6%

                        Jesús “Chuy” García – 11.6%

                        Willie Wilson – 6.4%

                        Roderick Sawyer .9%
                        """))
                .containsEntry("garcia", 11.6)
                .containsEntry("sawyer", 0.9)
                .containsEntry("vallas", 32.0);
    }

    /**
     * A bulleted line naming a candidate and describing them before the share ("- Joe Buscaino, L.A. city councilman:
     * 7.7%", KNX's list of LMU's 2022 Los Angeles poll): the name is the part before the comma. Before, the list was no
     * list. The page is made up in that layout over Chicago's 2023 candidates.
     */
    @Test
    void aDescribedCandidatesLineIsAnOptionLine() throws IOException {
        assertThat(storedShares(HEAD + """
                        - Paul Vallas, former schools chief: 32%
                        - Brandon Johnson, Cook County commissioner: 18%
                        - Lori Lightfoot, the incumbent: 13.6%
                        - Willie Wilson, businessman: 6.4%
                        """))
                .containsEntry("vallas", 32.0)
                .containsEntry("lightfoot", 13.6)
                .containsEntry("wilson", 6.4);
    }

    /** The shares of the one poll {@code text}, a release page of Chicago's 2023 race, is read as. */
    private Map<String, Double> storedShares(String text) throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "chicago-2019.yaml", "chicago-2023.yaml");
        Path page = root.resolve("page.txt");
        Files.writeString(page, text);
        try (PollStore store = PollStore.open(root.resolve("x.db"))) {
            IngestReport r = ingester.ingest(page.toString(), store, IngestSettings.withDefaults());
            assertThat(r.summary()).contains("1 poll, 1 added");
            List<StoredPoll> polls = store.polls(PollQuery.of("chicago-2023"));
            assertThat(polls).hasSize(1);
            return polls.get(0).poll().shares();
        }
    }
}
