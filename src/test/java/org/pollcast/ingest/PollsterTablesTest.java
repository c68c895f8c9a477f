package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pollcast.ingest.IngestFixtures.fixture;
import static org.pollcast.ingest.IngestFixtures.ingester;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pollcast.BadInputException;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * A pollster's own results tables as text (YouGov's London mayoral surveys of November 2020, April and May 2021, see
 * src/test/resources/ingest/README.md): each survey's headline questions give the polls that were transcribed by hand
 * into data/polls/london-2021.csv from the same tables, figure for figure, whether the text keeps the table's lines
 * or runs a page into one line.
 */
class PollsterTablesTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "pollster/yougov-qmul-london-2020-11.txt, 2020-11-19, 1048, QMUL",
        "pollster/yougov-qmul-london-2021-04.txt, 2021-04-01, 1192, QMUL",
        "pollster/yougov-london-2021-05.flat.txt, 2021-05-04, 1141, ''",
    })
    void aSurveysTablesGiveTheHeadlinePollsAsTranscribed(String file, String end, int sample, String client)
            throws Exception {
        assertThat(PollFormat.detect(Files.readString(Path.of(fixture(file))))).isEqualTo(PollFormat.POLLSTER_TABLES);
        List<Poll> read;
        List<Poll> transcribed;
        try (PollStore store = PollStore.open(dir.resolve("s.db"));
                PollStore bundled = PollStore.open(dir.resolve("b.db"))) {
            IngestReport r = ingester().ingest(fixture(file), store, IngestSettings.withDefaults());
            assertThat(r.summary()).contains("london-2021 mayor: first preferences 1, run-off 1");
            read = polls(store);
            ingester().ingest("data/polls/london-2021.csv", bundled, IngestSettings.withDefaults());
            transcribed = polls(bundled).stream()
                    .filter(p -> p.pollster().equals("YouGov")
                            && p.fieldworkEnd().toString().equals(end))
                    .toList();
        }
        assertThat(read).hasSize(2);
        assertThat(transcribed).hasSize(2);
        for (Poll p : read) {
            Poll same = transcribed.stream()
                    .filter(t -> t.scope() == p.scope())
                    .findFirst()
                    .orElseThrow();
            assertThat(p.shares()).as(p.scope().code()).isEqualTo(same.shares());
            assertThat(p.fieldworkEnd()).isEqualTo(same.fieldworkEnd());
            assertThat(p.fieldworkStart()).isEqualTo(same.fieldworkStart());
            assertThat(p.sampleSize()).isEqualTo(sample);
            assertThat(p.client()).isEqualTo(client);
            assertThat(p.partial()).isFalse();
        }
    }

    /**
     * The PDF itself: the April 2021 tables printed into a two-page PDF (Apache PDFBox, the first page up to its
     * copyright line), read back by position, give the same polls as the text.
     */
    @Test
    void aSurveysPdfGivesTheSamePollsAsItsText() throws Exception {
        List<String> lines = Files.readAllLines(Path.of(fixture("pollster/yougov-qmul-london-2021-04.txt")));
        int pageBreak = 0;
        while (!lines.get(pageBreak).contains("\u00a9")) {
            pageBreak++;
        }
        Path pdf = dir.resolve("survey.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.font.PDType1Font courier = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.COURIER);
            for (List<String> page :
                    List.of(lines.subList(0, pageBreak + 1), lines.subList(pageBreak + 1, lines.size()))) {
                org.apache.pdfbox.pdmodel.PDPage p = new org.apache.pdfbox.pdmodel.PDPage(
                        new org.apache.pdfbox.pdmodel.common.PDRectangle(842, 595));
                doc.addPage(p);
                try (org.apache.pdfbox.pdmodel.PDPageContentStream out =
                        new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, p)) {
                    out.beginText();
                    out.setFont(courier, 4.5f);
                    out.setLeading(7f);
                    out.newLineAtOffset(20, 570);
                    for (String line : page) {
                        out.showText(line);
                        out.newLine();
                    }
                    out.endText();
                }
            }
            doc.save(pdf.toFile());
        }
        assertThat(PollFormat.detect(Files.readString(pdf, StandardCharsets.ISO_8859_1)))
                .isEqualTo(PollFormat.POLLSTER_TABLES);
        try (PollStore fromPdf = PollStore.open(dir.resolve("pdf.db"));
                PollStore fromText = PollStore.open(dir.resolve("text.db"))) {
            IngestReport r = ingester().ingest(pdf.toString(), fromPdf, IngestSettings.withDefaults());
            assertThat(r.summary()).contains("2 polls, 2 added");
            ingester()
                    .ingest(
                            fixture("pollster/yougov-qmul-london-2021-04.txt"),
                            fromText,
                            IngestSettings.withDefaults());
            assertThat(polls(fromPdf).stream().map(Poll::shares).toList())
                    .isEqualTo(polls(fromText).stream().map(Poll::shares).toList());
        }
    }

    @Test
    void aFileThatOnlyLooksLikeAPdfIsRefusedNamingIt() throws Exception {
        Path pdf = dir.resolve("broken.pdf");
        Files.writeString(pdf, "%PDF-1.7\nnot really a PDF\n", StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> ingester().ingest(pdf.toString(), null, IngestSettings.withDefaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("broken.pdf: not a PDF pollcast can read")
                .hasMessageContaining("pdftotext -layout");
    }

    /** Only the first page is read: the pages after it repeat each question by crossbreak, in other columns. */
    @Test
    void thePagesOfCrossbreaksAfterTheHeadlineAreNotPolls() throws Exception {
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            ingester().ingest(fixture("pollster/yougov-qmul-london-2020-11.txt"), store, IngestSettings.withDefaults());
            assertThat(polls(store)).hasSize(2);
        }
    }

    /**
     * A copy out of a PDF that lost a row's label runs two rows' figures together: the total of such a row cannot be
     * placed, and the message names the line and the row instead of storing a crossbreak as the total.
     */
    @Test
    void twoRowsRunTogetherAreRefusedNamingTheLine() throws Exception {
        String text = Files.readString(Path.of(fixture("pollster/yougov-qmul-london-2021-04.txt")))
                .replace("Sadiq Khan            51", "                      51");
        Path file = dir.resolve("lost-label.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                    BadInputException.class,
                    () -> ingester().ingest(file.toString(), store, IngestSettings.withDefaults()));
            assertThat(e.getMessage())
                    .contains("lost-label.txt:16: field 'Shaun Bailey': 'Shaun Bailey' has 36 figures where the"
                            + " weighted sample has 17 columns")
                    .contains("two rows' figures ran together")
                    .contains("nothing from this file was stored");
            assertThat(e.details()).isEmpty(); // one problem, not a second about the sum it left short
            assertThat(store.count("london-2021")).isZero();
        }
    }

    /**
     * Words after a heading's dash that are no round qualify it ("- Second Preference", the round 2 heading renamed for
     * the test): a second-preference question is no poll (the run-off is "Round 2"), and its rows are not read as the
     * first round's.
     */
    @Test
    void aSecondPreferenceQuestionIsNoPoll() throws Exception {
        String text = Files.readString(Path.of(fixture("pollster/yougov-qmul-london-2021-04.txt")))
                .replace("Mayoral Voting Intention - Round 2 [", "Mayoral Voting Intention - Second Preference [");
        Path file = dir.resolve("second-preference.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            IngestReport r = ingester().ingest(file.toString(), store, IngestSettings.withDefaults());
            assertThat(r.summary()).contains("1 poll, 1 added").contains("(london-2021 mayor, first preferences)");
            assertThat(polls(store).get(0).shares()).containsEntry("khan", 47.0).containsEntry("bailey", 26.0);
        }
    }

    @Test
    void tablesWithoutTheirSampleRowAreRefusedPlainly() throws Exception {
        String text = Files.readString(Path.of(fixture("pollster/yougov-qmul-london-2021-04.txt")))
                .replace("Weighted Sample", "Weighted base");
        Path file = dir.resolve("no-sample.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ingester().ingest(file.toString(), null, IngestSettings.withDefaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("no-sample.txt:1: no 'Weighted Sample' row");
    }

    @Test
    void theFirmAndItsClientAreTheTitlesWordsNotAViewersOwn() {
        assertThat(PollsterTablesReader.firmAndClient("YouGov / QMUL ")).containsExactly("YouGov", "QMUL");
        assertThat(PollsterTablesReader.firmAndClient("Survey Report Total Page:16 File Type:pdf, Size:1020Kb YouGov "))
                .containsExactly("YouGov", "");
    }

    private static List<Poll> polls(PollStore store) {
        return store.polls(PollQuery.of("london-2021")).stream()
                .map(StoredPoll::poll)
                .collect(Collectors.toList());
    }
}
