package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pollcast.ingest.IngestFixtures.fixture;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pollcast.BadInputException;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * Pages a review of 7 December 2026 wrote (in review/, not published pages) against the release-page reader's new
 * rules, each of which the first version of those rules read wrong: a quoted tweet's firm given to every list of a
 * page, a list's label dropped with another firm's or a group's name in it, a rating in Italian and a rejection list
 * in Portuguese read as the vote; and the vote lists a paragraph speaking of rejection beside its question refused.
 */
class ReviewedPagesTest {
    @TempDir
    Path root;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // Two quoted tweets, Savanta's mayoral and YouGov's Westminster list: both were stored as Savanta's.
                "two-tweets3.txt|london-2028|2025-06-02|no pollster named on the page before the figures",
                // AtlasIntel's list under its label on a Datafolha page: stored as Datafolha's.
                "other-firm-label.txt|sp-2024|2024-09-30|no list of a poll's figures",
                // Women's figures under "Mulheres:": stored as everyone's.
                "sub-label.txt|sp-2024|2024-10-23|no list of a poll's figures",
                "it-fiducia.txt|rome-2016|2016-05-12|speaks of no vote",
                // "Rejeição:", whose accented letters the pattern's \\w did not take: stored as the vote.
                "rejeicao-list4.txt|sp-2024|2024-09-30|speaks of no vote",
            })
    void refused(String file, String election, String published, String message) {
        assertThatThrownBy(() -> ingest(file, election, published))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(message);
    }

    /** A paragraph speaking of rejection beside the vote's own question still leads its list. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"reject-en.txt|london-2024|2024-03-22", "rejeitado-pt.txt|sp-2024|2024-09-30"})
    void read(String file, String election, String published) throws Exception {
        assertThat(ingest(file, election, published)).hasSize(1);
    }

    private List<StoredPoll> ingest(String file, String election, String published) throws Exception {
        Ingester ingester = IngestFixtures.ingesterWith(root, "sp-2020.yaml", "sp-2024.yaml", "rome-2016.yaml");
        try (PollStore store = PollStore.open(root.resolve("s.db"))) {
            ingester.ingest(
                    fixture("review/" + file),
                    store,
                    IngestSettings.withDefaults().withPublished(LocalDate.parse(published)));
            return store.polls(PollQuery.of(election));
        }
    }

    /**
     * Pages the review of 8 December 2026 wrote (review/r8-*) against that day's rules. Round and ballot labels
     * ("Second round:", "Regional list vote:") beside a label naming the firm, and a label naming the firm's house by
     * another of its names ("ComRes" on a Savanta ComRes page), leave their lists the page's: the first version of the
     * rule for lists each under a source's name refused them.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "r8-fr-round-labels.txt|france-2022|2",
                "r8-wales-ballot-labels-dash.txt|wales-2021|2",
                "r8-wales-alias-labels.txt|wales-2021|2",
            })
    void labelsOfRoundsBallotsAndTheFirmsOtherNames(String file, String election, int polls) throws Exception {
        assertThat(ingestFor(file, election, null)).hasSize(polls);
    }

    /**
     * A party that "polled 353,866 constituency votes", and "polled 2021 Senedd voters", gave the poll a sample of
     * 353,866 and of 2,021 once "polled" read a sample: neither is one.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"r8-wales-polled-votes.txt", "r8-wales-polled-year.txt"})
    void votesAndYearsAreNoSample(String file) throws Exception {
        assertThat(ingestFor(file, "wales-2021", null))
                .singleElement()
                .satisfies(p -> assertThat(p.poll().sampleSize()).isNull());
    }

    /**
     * Indonesian pages: "Dalam survei sebelumnya pada 1 hingga 7 Oktober 2024" dates the survey before, not this one;
     * a list under "di putaran kedua" is a second round's, where it was stored as first preferences.
     */
    @org.junit.jupiter.api.Test
    void anEarlierSurveysDatesAndASecondRoundInIndonesian() throws Exception {
        assertThat(ingestFor("r8-idn-prev-survey.txt", "jakarta-2024", "2024-11-14"))
                .singleElement()
                .satisfies(p -> assertThat(p.poll().fieldworkEnd()).isNotEqualTo(LocalDate.of(2024, 10, 7)));
        assertThat(ingestFor("r8-idn-simulasi.txt", "jakarta-2017", "2017-01-23"))
                .hasSize(2)
                .allSatisfy(p -> assertThat(p.poll().scope()).isEqualTo(org.pollcast.election.Scope.RUNOFF));
    }

    /** A last "Source" column of the outlets that reported each poll is no column of firms. */
    @org.junit.jupiter.api.Test
    void aLastSourceColumnOfOutletsIsNoFirms() {
        assertThatThrownBy(() -> ingestFor("r8-md-source-media.md", "jakarta-2017", null))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("has no pollster column");
    }

    private List<StoredPoll> ingestFor(String file, String election, String published) throws Exception {
        Ingester ingester = java.nio.file.Files.exists(root.resolve("elections/jakarta-2024.yaml"))
                ? IngestFixtures.ingesterOf(root)
                : IngestFixtures.ingesterWith(
                        root,
                        "france-2022.yaml",
                        "wales-2016.yaml",
                        "wales-2021.yaml",
                        "jakarta-2017.yaml",
                        "jakarta-2024.yaml");
        IngestSettings settings = IngestSettings.withDefaults()
                .withAcceptNewPollsters(true)
                .withElection(new ElectionCatalog(new DataHome(root)).resolveId(election));
        try (PollStore store = PollStore.open(root.resolve("r8-" + file + ".db"))) {
            ingester.ingest(
                    fixture("review/" + file),
                    store,
                    published == null ? settings : settings.withPublished(LocalDate.parse(published)));
            return store.polls(PollQuery.of(election));
        }
    }
}
