package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pollcast.ingest.IngestFixtures.fixture;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.election.Scope;
import org.pollcast.poll.Poll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * Europe Elects' posts of Romania's 2025 presidential polls as a mirror of its Telegram channel stores them
 * (src/test/resources/ingest/README.md): one post per question of a poll, "#Romania, Sociopol poll:" over a question
 * line, "Simion (AUR-ECR): 37% (+5)" lines and "Fieldwork:" and "Sample size:" lines. They were the blind trial's only
 * stored copies of the 2025 polls, and were refused as a release page at a party's line ("'POT-*: 7% (new)' stands
 * inside a list of figures but is no option line").
 */
class PollPostTest {
    @TempDir
    Path root;

    private Ingester romania() throws IOException {
        IngestFixtures.copyDataWith(root, "ro-2025.yaml");
        return IngestFixtures.ingesterOf(root);
    }

    private static IngestSettings lenient() {
        return IngestSettings.withDefaults().withAcceptNewPollsters(true);
    }

    @Test
    void eachPostIsAPollAndAPostPrintedTwiceIsReadOnce() throws IOException {
        Ingester ingester = romania();
        try (PollStore store = PollStore.open(root.resolve("p.db"))) {
            IngestReport r = ingester.ingest(fixture("europeelects-ro-2025-01.txt"), store, lenient());
            assertThat(r.format()).isEqualTo(PollFormat.POLL_POSTS);
            assertThat(r.summary()).contains("2 polls, 2 added");
            List<Poll> polls = store.polls(PollQuery.of("ro-2025")).stream()
                    .map(s -> s.poll())
                    .toList();
            assertThat(polls).hasSize(2);
            assertThat(polls.get(0)).satisfies(p -> {
                assertThat(p.pollster()).isEqualTo("CURS");
                assertThat(p.scope()).isEqualTo(Scope.FIRST_PREF);
                assertThat(p.fieldworkStart()).isEqualTo(LocalDate.parse("2025-01-21"));
                assertThat(p.fieldworkEnd()).isEqualTo(LocalDate.parse("2025-01-25"));
                assertThat(p.sampleSize()).isEqualTo(1100);
                assertThat(p.shares())
                        .containsEntry("simion", 25.0)
                        .containsEntry("dan", 24.0)
                        .containsEntry("antonescu", 23.0)
                        .containsEntry("lasconi", 13.0);
            });
            // Sociopol's two scenarios of 27-30 January: the one without the barred Georgescu is kept, its Șoșoacă
            // line (printed "Şoșoacă", a cedilla and a comma) read as the withdrawn candidate.
            assertThat(polls.get(1)).satisfies(p -> {
                assertThat(p.pollster()).isEqualTo("Sociopol");
                assertThat(p.shares())
                        .containsEntry("simion", 24.0)
                        .containsEntry("ponta", 22.0)
                        .containsEntry("sosoaca", 14.0)
                        .doesNotContainKey("georgescu");
            });
            assertThat(String.join("\n", r.notes()))
                    .contains("the same post printed again")
                    .contains("ro-2025 has no Westminster contest");
        }
    }

    @Test
    void runOffPostsArePollsOfTheirPairAndAPartysGroupIsNoPartOfItsName() throws IOException {
        Ingester ingester = romania();
        try (PollStore store = PollStore.open(root.resolve("r.db"))) {
            IngestReport r = ingester.ingest(
                    fixture("europeelects-ro-2025-03.txt"), store, lenient().withSkipInvalid(true));
            assertThat(r.summary()).contains("5 polls, 5 added").contains("run-off 3");
            List<Poll> polls = store.polls(PollQuery.of("ro-2025")).stream()
                    .map(s -> s.poll())
                    .toList();
            assertThat(polls.stream().filter(p -> p.scope() == Scope.RUNOFF))
                    .extracting(Poll::shares)
                    .containsExactlyInAnyOrder(
                            java.util.Map.of("simion", 52.0, "dan", 48.0),
                            java.util.Map.of("simion", 54.0, "antonescu", 46.0),
                            java.util.Map.of("ponta", 54.0, "simion", 46.0));
            // "Şandru (PUSL~S&D)": the cedilla's Ş is the definition's Lavinia Șandru.
            assertThat(polls.stream().filter(p -> p.pollster().equals("Verifield")))
                    .singleElement()
                    .satisfies(p -> assertThat(p.shares()).containsEntry("sandru", 1.0));
        }
        assertThat(PollPostReader.optionName("S.O.S.RO-NI")).isEqualTo("S.O.S.RO");
        assertThat(PollPostReader.optionName("SENS→G/EFA")).isEqualTo("SENS");
        assertThat(PollPostReader.optionName("PUSL~S&D")).isEqualTo("PUSL");
        assertThat(PollPostReader.optionName("Antonescu (PSD/PNL/UDMR-S&D|EPP)"))
                .isEqualTo("Antonescu");
    }

    /** The mirror's copy ends inside a post ("Fieldwork: 1"): that post is refused naming its line, the rest kept. */
    @Test
    void aPostCutShortIsRefusedNamingItsLine() throws IOException {
        Ingester ingester = romania();
        try (PollStore store = PollStore.open(root.resolve("c.db"))) {
            assertThatThrownBy(() -> ingester.ingest(fixture("europeelects-ro-2025-03.txt"), store, lenient()))
                    .isInstanceOf(BadInputException.class)
                    .satisfies(e -> assertThat(String.join("\n", ((BadInputException) e).details()))
                            .contains("europeelects-ro-2025-03.txt:110: field 'Fieldwork': '1' is no fieldwork"
                                    + " dates"));
        }
    }

    /**
     * A post that follows another with neither its link nor its heading copied: the first round's Sociopol post of 17–21
     * March 2025 (its lines 10–25 in the fixture), then the run-off's question and figures. Before, the question line
     * came while the first post still held its figures and was dropped, and the run-off (Simion 52, Dan 48) was read as
     * a national-parliament post and left out.
     */
    @Test
    void aQuestionUnderAFinishedPostOpensTheNextPost() throws IOException {
        Ingester ingester = romania();
        List<String> lines = java.nio.file.Files.readAllLines(Path.of(fixture("europeelects-ro-2025-03.txt")));
        Path page = root.resolve("headless.txt");
        java.nio.file.Files.write(
                page, List.of(String.join("\n", lines.subList(9, 25)), String.join("\n", lines.subList(27, 37))));
        try (PollStore store = PollStore.open(root.resolve("h.db"))) {
            ingester.ingest(page.toString(), store, lenient());
            List<Poll> polls = store.polls(PollQuery.of("ro-2025")).stream()
                    .map(s -> s.poll())
                    .toList();
            assertThat(polls).extracting(Poll::scope).containsExactlyInAnyOrder(Scope.FIRST_PREF, Scope.RUNOFF);
            assertThat(polls.stream().filter(p -> p.scope() == Scope.RUNOFF))
                    .singleElement()
                    .satisfies(p ->
                            assertThat(p.shares()).containsEntry("simion", 52.0).containsEntry("dan", 48.0));
        }
    }

    /**
     * A party's name may hold digits (Greece's "MeRA25~LEFT", Poland's "Polska 2050-RE"): a name of no digit at all
     * dropped such a line from the post's list without a word. A line starting with a figure is still no option.
     */
    @Test
    void aNameWithDigitsIsAnOption() {
        assertThat(PollPostReader.OPTION.matcher("MeRA25~LEFT: 3%").matches()).isTrue();
        assertThat(PollPostReader.OPTION.matcher("Polska 2050-RE: 9% (+1)").matches())
                .isTrue();
        assertThat(PollPostReader.optionName("MeRA25~LEFT")).isEqualTo("MeRA25");
        assertThat(PollPostReader.optionName("Polska 2050-RE")).isEqualTo("Polska 2050");
        assertThat(PollPostReader.OPTION.matcher("17-21 March: 5%").matches()).isFalse();
    }
}
