package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * A list's parties under the names a page gives them: the 2023 Spanish table heads its parties by logos linking to
 * their pages ("People's Party (Spain)" reads "People's Party"), which a definition of the Congress as a list of
 * parties could not name: a candidate takes {@code aliases}, a party did not, and a blind trial had to write an alias
 * table holding for every election ("Together for Catalonia" is JxCat in 2019 and Junts in 2023). A party now takes
 * {@code aliases} of its own. The page is the 2023 fixture of {@code SpanishTablesTest}.
 */
class PartyAliasesTest {
    @TempDir
    Path root;

    private static final String CONGRESS = """
            id: es-2023
            name: Spanish general election 2023 (Congress of Deputies)
            date: 2023-07-23
            area: Spain
            parties:
              - {id: pp, name: PP, aliases: ["People's Party"]}
              - {id: psoe, name: PSOE, aliases: ["Spanish Socialist Workers' Party"]}
              - {id: vox, name: Vox}
              - {id: sumar, name: Sumar}
              - {id: erc, name: ERC, aliases: [Republican Left of Catalonia]}
              - {id: junts, name: Junts, aliases: [Together for Catalonia]}
              - {id: bildu, name: EH Bildu}
              - {id: pnv, name: PNV, aliases: [Basque Nationalist Party]}
              - {id: bng, name: BNG, aliases: [Galician Nationalist Bloc]}
            contests:
              congress:
                system: additional-member
                name: Congress of Deputies
                seats: 350
                listSeats: 350
                method: dhondt
                threshold: 3
                parties: [pp, psoe, vox, sumar, erc, junts, bildu, pnv, bng]
            """;

    private Ingester congress(String definition) throws IOException {
        IngestFixtures.copyData(root);
        Files.writeString(root.resolve("elections/es-2023.yaml"), definition);
        return IngestFixtures.ingesterOf(root);
    }

    private IngestSettings settings() {
        return IngestSettings.withDefaults()
                .withAcceptNewPollsters(true)
                .withElection(new ElectionCatalog(new DataHome(root)).resolve("es-2023"));
    }

    @Test
    void aListsPartiesAreReadByTheirOwnAliases() throws IOException {
        Ingester ingester = congress(CONGRESS);
        try (PollStore store = PollStore.open(root.resolve("store.db"))) {
            IngestReport r = ingester.ingest(
                    IngestFixtures.RESOURCES.resolve("wikipedia-es-2023.html").toString(), store, settings());
            assertThat(r.summary()).contains("11 polls, 11 added");
            // Sigma Dos/El Mundo, 9–15 July: PP 35.0, PSOE 28.3, ERC 2.6, Junts 2.4.
            StoredPoll sigma = store.polls(PollQuery.of("es-2023")).stream()
                    .filter(p -> p.poll().pollster().equals("Sigma Dos")
                            && p.poll().fieldworkEnd().toString().equals("2023-07-15"))
                    .findFirst()
                    .orElseThrow();
            assertThat(sigma.poll().shares())
                    .containsEntry("pp", 35.0)
                    .containsEntry("psoe", 28.3)
                    .containsEntry("erc", 2.6)
                    .containsEntry("junts", 2.4);
        }
    }

    @Test
    void withoutThemTheRefusalSaysWhereTheNameGoes() throws IOException {
        Ingester ingester = congress(CONGRESS.replace(", aliases: [\"People's Party\"]", ""));
        try (PollStore store = PollStore.open(root.resolve("store.db"))) {
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> ingester.ingest(
                    IngestFixtures.RESOURCES.resolve("wikipedia-es-2023.html").toString(), store, settings()));
            assertThat(thrown).isInstanceOf(BadInputException.class);
            assertThat(((BadInputException) thrown).details())
                    .anyMatch(d -> d.contains("unknown party 'People's Party' in congress (if it is a party standing"
                            + " under another name, add the name to that party's aliases in the election definition)"));
        }
    }

    @Test
    void anAliasNamingAnotherPartyIsRefusedNamingTheField() throws IOException {
        Path file = root.resolve("es-2023.yaml");
        Files.writeString(file, CONGRESS.replace("aliases: [Basque Nationalist Party]", "aliases: [BNG]"));
        assertThatThrownBy(() -> ElectionLoader.load(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ":13: ")
                .hasMessageContaining(
                        "field 'parties[7].aliases[0]': alias 'BNG' already names 'bng': a poll's column of that name would mean either");
    }

    /**
     * An alias spelt otherwise than another party's name, though it folds like it, is that party's: Latvian tables print
     * For Stability! as "S!" beside Harmony's "S", and a poll's column written exactly so is matched before folding
     * (as Denmark's Å beside A). The definition refused it, so no Latvian page printing both could be read. The same
     * spelling twice is still refused.
     */
    @Test
    void anAliasToldApartOnlyByItsPunctuationIsThatPartys() throws IOException {
        Path file = root.resolve("lv-2022.yaml");
        Files.copy(IngestFixtures.RESOURCES.resolve("elections").resolve("lv-2022.yaml"), file);
        assertThat(ElectionLoader.load(file).party("st").orElseThrow().aliases())
                .contains("S!");
        Files.writeString(
                file, Files.readString(file).replace("[\"Stabilitātei!\", \"S!\"]", "[\"Stabilitātei!\", s]"));
        assertThatThrownBy(() -> ElectionLoader.load(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("alias 's' already names 's'");
        // Told apart only by dots a page prints or drops at will ("S." beside "S"), it is still refused (review).
        Files.writeString(
                file, Files.readString(file).replace("[\"Stabilitātei!\", s]", "[\"Stabilitātei!\", \"S.\"]"));
        assertThatThrownBy(() -> ElectionLoader.load(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("alias 'S.' already names 's'");
    }
}
