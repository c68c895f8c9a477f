package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * The 2025 Irish presidential election's polls in the encyclopedia's layout (Last date of polling, Polling firm /
 * Commissioner, a column per candidate, "Undecided / Other", Lead), rebuilt from the poll reports named in
 * src/test/resources/ingest/README.md. Three candidates were on the ballot and every poll names all three, so the
 * "Undecided / Other" column can hold no other candidate: it is those who named no one. Read as "Others", it put 21 to
 * 36% of each poll on candidates no ballot held. One report gave no undecided figure ("–"): its three candidates on 72
 * leave only those who named no one, and it is re-based, not refused.
 */
class UndecidedOrOtherColumnTest {
    @TempDir
    Path root;

    private Ingester irish() throws IOException {
        return IngestFixtures.ingesterWith(root, "ie-2025.yaml");
    }

    /** The kit's definition with the lines naming {@code ids} among the withdrawn left out. */
    private Ingester irishWithout(String... ids) throws IOException {
        irish();
        Path definition = root.resolve("elections/ie-2025.yaml");
        List<String> kept = Files.readAllLines(definition, StandardCharsets.UTF_8).stream()
                .filter(l -> java.util.Arrays.stream(ids).noneMatch(id -> l.contains("{id: " + id + ",")))
                .toList();
        Files.write(definition, kept, StandardCharsets.UTF_8);
        return IngestFixtures.ingesterOf(root);
    }

    @Test
    void theIrishTableGivesEveryPollReBasedToThoseNamingACandidate() throws IOException {
        IngestReport r = ExpectedPages.assertGivesExactly(
                irish(),
                root,
                "wikipedia-ie-2025",
                "ie-2025",
                IngestSettings.withDefaults().withAcceptNewPollsters(true));
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("5 polls, 5 added").contains("(ie-2025 president, first preferences)");
        try (PollStore store = PollStore.open(root.resolve("wikipedia-ie-2025.db"))) {
            for (StoredPoll sp : store.polls(PollQuery.of("ie-2025"))) {
                assertThat(sp.poll().shares()).doesNotContainKey("other");
                assertThat(sp.poll().notes()).contains(org.pollcast.ingest.PollShares.REBASED_NOTE);
            }
        }
    }

    @Test
    void aCopiedTablesCombinedColumnIsTheDontKnowsWhateverItsOrder() throws IOException {
        Ingester ingester = irish();
        for (String label : List.of("Undecided / Other", "Other/Undecided", "DK/Others", "Don't know / Other")) {
            Path file = root.resolve("ie.csv");
            Files.writeString(
                    file,
                    "Pollster,Client,Fieldwork end,Sample size,Catherine Connolly,Heather Humphreys,Jim Gavin," + label
                            + "\nIpsos B&A,The Irish Times,2025-10-14,1200,38,20,5,36\n",
                    StandardCharsets.UTF_8);
            try (PollStore store = PollStore.open(root.resolve(Math.abs(label.hashCode()) + ".db"))) {
                IngestReport r = ingester.ingest(
                        file.toString(), store, IngestSettings.withDefaults().withAcceptNewPollsters(true));
                assertThat(r.summary()).as(label).contains("1 poll, 1 added");
                var poll = store.polls(PollQuery.of("ie-2025")).get(0).poll();
                assertThat(poll.shares()).as(label).containsOnlyKeys("connolly", "humphreys", "gavin");
                assertThat(poll.shares().get("connolly")).as(label).isCloseTo(60.32, within(0.01));
                assertThat(poll.dontKnow()).as(label).isEqualTo(36.0);
            }
        }
    }

    @Test
    void aPollOfEveryCandidateOnTooLittleIsStillRefused() throws IOException {
        Path file = root.resolve("slip.csv");
        // 4 for 40: the three on 36 in all is a slip, not two thirds of the sample naming no one
        Files.writeString(
                file,
                "Pollster,Client,Fieldwork end,Catherine Connolly,Heather Humphreys,Jim Gavin,Undecided / Other\n"
                        + "Ireland Thinks,Irish Independent,2025-10-23,4,25,7,–\n",
                StandardCharsets.UTF_8);
        // the three on the ballot alone: a withdrawn name no poll gives would make any poll of the three partial
        Ingester withoutWithdrawn = irishWithout("mcdonald", "steen", "casey", "delehanty", "sheridan");
        try (PollStore store = PollStore.open(root.resolve("slip.db"))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> withoutWithdrawn.ingest(
                            file.toString(),
                            store,
                            IngestSettings.withDefaults().withAcceptNewPollsters(true)))
                    .isInstanceOf(org.pollcast.BadInputException.class)
                    .hasMessageContaining("sum to 36");
        }
    }

    /**
     * Red C/Business Post, 4–9 September 2025, 1,003, as a news agency reported it: Humphreys 22, Gavin 18, Connolly
     * 17, Casey 6, Steen 5, Delehanty 4, Sheridan 2, undecided 36 (110 in all). The refusal said "yet every option is
     * reported" and offered a don't-know column, which the row had: it now says what the undecided figure makes of it.
     */
    @Test
    void aRefusalForSummingShortSaysWhatItsDontKnowFigureMakesOfIt() throws IOException {
        Path file = root.resolve("sep.csv");
        Files.writeString(
                file,
                "Pollster,Client,Fieldwork end,Sample size,Catherine Connolly,Jim Gavin,Heather Humphreys,Peter Casey,"
                        + "Maria Steen,Nick Delehanty,Gareth Sheridan,Undecided\n"
                        + "Red C,Business Post,2025-09-09,1003,17,18,22,6,5,4,2,36\n",
                StandardCharsets.UTF_8);
        // Red C's other names had left it by then: McDonald, a proxy for Sinn Féin, is not in this poll
        Ingester ingester = irishWithout("mcdonald");
        try (PollStore store = PollStore.open(root.resolve("sep.db"))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ingester.ingest(
                            file.toString(),
                            store,
                            IngestSettings.withDefaults().withAcceptNewPollsters(true)))
                    .isInstanceOf(org.pollcast.BadInputException.class)
                    .hasMessageContaining("sum to 74, less than 90")
                    .hasMessageContaining("and to 110 with the 36 of its 'Undecided' column, more than 102")
                    .hasMessageNotContaining("give that figure in a don't-know column");
        }
    }

    /** A heading that names the undecided only to leave them out is the others' column, as before. */
    @Test
    void anOthersColumnExcludingTheUndecidedIsStillTheOthers() throws IOException {
        Ingester ingester = irish();
        for (String label : List.of("Others (excl. undecided)", "Other excluding don't knows")) {
            Path file = root.resolve("ie-excl.csv");
            Files.writeString(
                    file,
                    "Pollster,Client,Fieldwork end,Sample size,Catherine Connolly,Heather Humphreys,Jim Gavin," + label
                            + "\nIpsos B&A,The Irish Times,2025-10-14,1200,58,30,8,4\n",
                    StandardCharsets.UTF_8);
            try (PollStore store = PollStore.open(root.resolve("excl" + Math.abs(label.hashCode()) + ".db"))) {
                IngestReport r = ingester.ingest(
                        file.toString(), store, IngestSettings.withDefaults().withAcceptNewPollsters(true));
                assertThat(r.summary()).as(label).contains("1 poll, 1 added");
                var poll = store.polls(PollQuery.of("ie-2025")).get(0).poll();
                assertThat(poll.shares()).as(label).containsEntry("other", 4.0);
                assertThat(poll.dontKnow()).as(label).isNull();
            }
        }
    }
}
