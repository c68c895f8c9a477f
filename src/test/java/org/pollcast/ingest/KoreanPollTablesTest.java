package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * South Korea's presidential polls of 2017 and 2022 in the layout of the encyclopedia's "Opinion polling for the ...
 * South Korean presidential election" articles (Polling firm / Client, Fieldwork date, Sample size, Margin of error, a
 * column per candidate under a second header row of name and party, Others/Undecided, Lead; dates without a year under
 * a year heading), rebuilt from the poll reports named in src/test/resources/ingest/README.md. The "Margin of error"
 * column (`±3.1%p`) is no sample and no share; a consortium's name ("Embrain Public, Kstat Research, Korea Research,
 * Hankook Research", the National Barometer Survey) is one firm, and "KBS, MBC, SBS" one client.
 */
class KoreanPollTablesTest {
    @TempDir
    Path root;

    @Test
    void the2017TableGivesEveryPoll() throws IOException {
        IngestReport r = ExpectedPages.assertGivesExactly(
                IngestFixtures.ingesterWith(root, "kr-2017.yaml", "kr-2022.yaml"),
                root,
                "wikipedia-kr-2017",
                "kr-2017",
                IngestSettings.withDefaults().withAcceptNewPollsters(true));
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("8 polls, 8 added").contains("(kr-2017 president, first preferences)");
    }

    /**
     * Ahn Cheol-soo withdrew on 3 March 2022 (listed as withdrawn): every poll naming him is stored as published. KSOI
     * polled 25–26 February twice for unnamed clients, by automated calls (1,000) and by interviewers (1,005): one
     * firm, one date and no client make one poll's key, which the store holds once. Their samples tell them apart as two
     * surveys, so the first printed is kept and the second named in a note; before, the second was refused as the first
     * with other figures, and without --skip-invalid the whole page was.
     */
    @Test
    void the2022TableGivesEveryPollButTheSecondOfOneFirmsTwoSurveysOfOneDay() throws IOException {
        IngestReport r = ExpectedPages.assertGivesExactly(
                IngestFixtures.ingesterWith(root, "kr-2017.yaml", "kr-2022.yaml"),
                root,
                "wikipedia-kr-2022",
                "kr-2022",
                IngestSettings.withDefaults().withAcceptNewPollsters(true));
        assertThat(r.summary()).contains("20 polls, 20 added").contains("(kr-2022 president, first preferences)");
        assertThat(r.rejected()).isEmpty();
        assertThat(r.skipped())
                .anySatisfy(x -> assertThat(x.toString())
                        .contains("row 11")
                        .contains("KSOI 2022-02-26")
                        .contains("is kept, the first printed: two surveys"));
    }
}
