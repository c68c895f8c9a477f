package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pollcast.ingest.IngestFixtures.fixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * A news report of one poll, its figures a bulleted line per candidate, as TheJournal.ie printed Red C's poll for Paddy
 * Power of 3–10 October 2018 (2018 Irish presidential election): dated by its byline ("By Órla Ryan Friday 12 Oct 2018,
 * 10:53 AM"), its client "on behalf of" a firm's customer, its sample and fieldwork in a sentence below the figures
 * ("1,000 adults were interviewed over the phone between 3 and 10 October"). A blind trial's user found it refused as
 * undated, and with --published it was stored with no client, sample or fieldwork, beside the same survey read from
 * the encyclopedia's table: one poll counted twice.
 */
class NewsReportPollTest {
    @TempDir
    Path root;

    @Test
    void aNewsReportIsDatedByItsBylineAndGivesItsClientSampleAndFieldwork() throws Exception {
        Ingester ingester = IngestFixtures.ingesterWith(root, "ie-2018.yaml");
        try (PollStore store = PollStore.open(root.resolve("s.db"))) {
            IngestReport r = ingester.ingest(
                    fixture("release/thejournal-ie-2018-10-12.txt"), store, IngestSettings.withDefaults());
            assertThat(r.format()).isEqualTo(PollFormat.RELEASE_PAGE);
            List<StoredPoll> polls = store.polls(PollQuery.of("ie-2018"));
            assertThat(polls).hasSize(1);
            Poll p = polls.get(0).poll();
            assertThat(p.pollster()).isEqualTo("Red C");
            assertThat(p.client()).isEqualTo("Paddy Power");
            assertThat(p.published()).isEqualTo(LocalDate.of(2018, 10, 12));
            assertThat(p.fieldworkStart()).isEqualTo(LocalDate.of(2018, 10, 3));
            assertThat(p.fieldworkEnd()).isEqualTo(LocalDate.of(2018, 10, 10));
            assertThat(p.sampleSize()).isEqualTo(1000);
            assertThat(p.shares())
                    .isEqualTo(Map.of(
                            "higgins",
                            70.0,
                            "gallagher",
                            14.0,
                            "freeman",
                            6.0,
                            "ni-riada",
                            5.0,
                            "duffy",
                            4.0,
                            "casey",
                            1.0));
        }
    }

    /** The same survey from the report and from the encyclopedia's table is one poll, whichever comes first. */
    @Test
    void theReportAndTheTableRowOfOneSurveyAreOnePoll() throws Exception {
        Ingester ingester = IngestFixtures.ingesterWith(root, "ie-2018.yaml");
        try (PollStore store = PollStore.open(root.resolve("s.db"))) {
            ingester.ingest(fixture("wikipedia-ie-2018.html"), store, IngestSettings.withDefaults());
            int before = store.polls(PollQuery.of("ie-2018")).size();
            IngestReport r = ingester.ingest(
                    fixture("release/thejournal-ie-2018-10-12.txt"), store, IngestSettings.withDefaults());
            assertThat(r.added()).isZero();
            assertThat(store.polls(PollQuery.of("ie-2018"))).hasSize(before);
        }
    }

    /**
     * Other bylines and fieldwork sentences of the same kind: the Irish Examiner's "Sunday, September 16, 2018 - 12:31 PM"
     * and a report's "In total, 1,200 interviews were conducted", "carried out between 6 and 13 September".
     */
    @Test
    void anotherBylineAndSentenceOfTheSameKind() throws Exception {
        Ingester ingester = IngestFixtures.ingesterWith(root, "ie-2018.yaml");
        Path page = root.resolve("examiner.txt");
        Files.writeString(
                page,
                String.join(
                        "\n",
                        "President Michael D Higgins heading for landslide re-election, poll shows",
                        "Sunday, September 16, 2018 - 12:31 PM",
                        "A Sunday Business Post/Red C poll on the presidential election released today:",
                        "Michael D Higgins 67%",
                        "Sean Gallagher 15%",
                        "Sinn Féin candidate 7%",
                        "Gavin Duffy 6%",
                        "Joan Freeman 3%",
                        "Peter Casey 1%",
                        "The poll was carried out between 6 and 13 September. In total, 1,000 interviews were conducted.",
                        ""));
        try (PollStore store = PollStore.open(root.resolve("s.db"))) {
            ingester.ingest(page.toString(), store, IngestSettings.withDefaults());
            Poll p = store.polls(PollQuery.of("ie-2018")).get(0).poll();
            assertThat(p.published()).isEqualTo(LocalDate.of(2018, 9, 16));
            assertThat(p.fieldworkStart()).isEqualTo(LocalDate.of(2018, 9, 6));
            assertThat(p.fieldworkEnd()).isEqualTo(LocalDate.of(2018, 9, 13));
            assertThat(p.sampleSize()).isEqualTo(1000);
        }
    }

    /**
     * Below the figures, only a sentence that gives the sample dates this survey: an earlier poll "carried out between
     * 5 and 12 September" and an event that "took place" dated the report's poll, and a year ("In 2011 voters were
     * interviewed") was read as its sample (review).
     */
    @Test
    void sentencesAboutOtherPollsAndYearsDoNotDateOrSizeTheSurvey() throws Exception {
        Ingester ingester = IngestFixtures.ingesterWith(root, "ie-2018.yaml");
        String text = Files.readString(Path.of(fixture("release/thejournal-ie-2018-10-12.txt")));
        String last = "1,000 adults were interviewed over the phone between 3 and 10 October for the poll, and 8% of"
                + " voters are undecided. The margin of error is 3%.";
        Path page = root.resolve("other.txt");
        Files.writeString(
                page,
                text.replace(
                        last,
                        "The last Red C poll, carried out between 5 and 12 September, had Higgins on 67%.\n\n"
                                + "The first presidential election under the new rules took place on 24 September.\n\n"
                                + "In 2011 voters were interviewed on the same question."));
        try (PollStore store = PollStore.open(root.resolve("s.db"))) {
            ingester.ingest(page.toString(), store, IngestSettings.withDefaults());
            Poll p = store.polls(PollQuery.of("ie-2018")).get(0).poll();
            assertThat(p.fieldworkEnd())
                    .as("dated by its publication, not another poll's days")
                    .isNull();
            assertThat(p.date()).isEqualTo(LocalDate.of(2018, 10, 12));
            assertThat(p.sampleSize()).as("a year is no sample").isNull();
        }
    }
}
