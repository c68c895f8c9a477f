package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pollcast.ingest.IngestFixtures.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.election.Election;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * A joint list that carries on parties of the baseline ({@code succeeds}), read from polls taken before the parties
 * joined, which name them apart. A blind trial on the Dutch elections of 2021 and 2023 found GL–PvdA (the joint list
 * of GroenLinks and the PvdA, agreed in July 2023) refused in every poll of its parties before it ("unknown party 'PvdA'
 * in tk; did you mean 'PvdD'?"), though the definition said `succeeds: [gl, pvda]`, and in politpro's pages after it,
 * which print it "PvdA/GL". The stored pages are in src/test/resources/ingest/README.md.
 */
class JointListPartsTest {
    @TempDir
    Path root;

    private Ingester ingester;

    /** The 2023 definition as a user of 2021's writes it: 2021 its baseline, GL–PvdA carrying on GL and the PvdA. */
    @BeforeEach
    void dutchKit() throws IOException {
        ingester = IngestFixtures.ingesterWith(root, "nl-2021.yaml", "nl-2023.yaml");
        IngestFixtures.editLines(
                root.resolve("elections/nl-2023.yaml"),
                lines -> lines.flatMap(l -> l.startsWith("date:")
                        ? Stream.of(l, "baseline: nl-2021")
                        : Stream.of(l.replace(
                                "{id: glpvda, name: GL–PvdA}", "{id: glpvda, name: GL–PvdA, succeeds: [gl, pvda]}"))));
        ingester = IngestFixtures.ingesterOf(root);
    }

    /**
     * Ipsos of March 2023, whose summary names PvdA 7.4% and GroenLinks 7% apart (GroenLinks an alias of the baseline's
     * GL): GL–PvdA's 14.4, with a note saying so.
     */
    @Test
    void thePartsOfAJointListNamedApartAreAddedUp() throws IOException {
        try (PollStore store = PollStore.open(root.resolve("parts.db"))) {
            IngestReport r =
                    ingester.ingest(fixture("politpro-nl-2023-03-27.txt"), store, IngestSettings.withDefaults());
            assertThat(r.summary()).contains("1 poll, 1 added").contains("nl-2023 tk");
            assertThat(store.polls(PollQuery.of("nl-2023"))).singleElement().satisfies(p -> {
                assertThat(p.poll().shares())
                        .containsEntry("glpvda", 14.4)
                        .containsEntry("bbb", 17.9)
                        .containsEntry("vvd", 17.2)
                        .doesNotContainKeys("gl", "pvda");
                assertThat(p.poll().notes()).contains("'PvdA' 7.4 and 'GroenLinks' 7 added up as GL–PvdA's");
            });
        }
    }

    /** One part alone is not the list's share: refused naming the line, the field and the part it lacks. */
    @Test
    void onePartAloneIsRefused() throws IOException {
        Path page = root.resolve("one-part.txt");
        // The same page with the PvdA left out: its three lines (name, share, change) and its place in the summary.
        List<String> lines = Files.readAllLines(Path.of(fixture("politpro-nl-2023-03-27.txt")));
        int at = lines.indexOf("PvdA");
        Files.write(
                page,
                Stream.concat(lines.subList(0, at).stream(), lines.subList(at + 3, lines.size()).stream())
                        .map(l -> l.replace("PvdA 7.4%, ", ""))
                        .toList());
        try (PollStore store = PollStore.open(root.resolve("one.db"))) {
            assertThatThrownBy(() -> ingester.ingest(page.toString(), store, IngestSettings.withDefaults()))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("one-part.txt:")
                    .hasMessageContaining(
                            "field 'GroenLinks': 'GroenLinks' is a part of GL–PvdA (which carries on gl and pvda), but the poll gives"
                                    + " no figure for pvda");
        }
    }

    /** politpro names the joint list "PvdA/GL", its parts the other way round: I&O's 15.6 of 7 November 2023. */
    @Test
    void aJointListNamedWithItsPartsReorderedIsThatList() throws IOException {
        try (PollStore store = PollStore.open(root.resolve("reordered.db"))) {
            ingester.ingest(fixture("politpro-nl-2023-11-07.txt"), store, IngestSettings.withDefaults());
            assertThat(store.polls(PollQuery.of("nl-2023")))
                    .singleElement()
                    .satisfies(p -> assertThat(p.poll().shares())
                            .containsEntry("glpvda", 15.6)
                            .containsEntry("nsc", 18.6));
        }
    }

    /** The parts are known by the baseline's own names and aliases: "Partij van de Arbeid", "GroenLinks". */
    @Test
    void thePartsAreKnownByTheBaselinesNames() {
        var catalog = new ElectionCatalog(new DataHome(root));
        Election e = catalog.resolve("nl-2023");
        Election base = catalog.resolve("nl-2021");
        OptionResolver r = new OptionResolver(e, e.contest("tk").orElseThrow(), AliasTable.load(List.of()), base);
        assertThat(r.resolve("Partij van de Arbeid")).contains("glpvda");
        assertThat(r.part("Partij van de Arbeid")).contains("pvda");
        assertThat(r.resolve("GroenLinks")).contains("glpvda");
        assertThat(r.part("GL–PvdA")).isEmpty();
        // Without the baseline, only the parts' ids name them.
        OptionResolver blind = new OptionResolver(e, e.contest("tk").orElseThrow(), AliasTable.load(List.of()));
        assertThat(blind.resolve("GroenLinks")).isEmpty();
        assertThat(blind.resolve("PvdA")).contains("glpvda");
    }
}
