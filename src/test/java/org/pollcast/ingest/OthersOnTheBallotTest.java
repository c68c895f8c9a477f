package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pollcast.ingest.IngestFixtures.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.election.ContestResult;
import org.pollcast.election.Option;

/**
 * Votes on the ballot for no candidate of the forecast. A source that gives the leading candidates and then "Others"
 * (New York's 2025 count as the press printed it), or a candidate who withdrew after the ballots were printed (Eric
 * Adams, still on New York's 2025 ballot), was refused ("is not a candidate"), so the user dropped the row and every
 * share was of the named candidates' votes alone: Adams's 2021 share read 70.7% instead of 67.0%. Such rows are part
 * of the valid vote and count as "others". The East Midlands 2024 count (src/test/resources/ingest/README.md), with
 * its two smallest candidates written as a withdrawn candidate and an "Others" line.
 */
class OthersOnTheBallotTest {
    @TempDir
    Path root;

    private DataHome home;

    @BeforeEach
    void addThePlace() throws IOException {
        IngestFixtures.copyData(root);
        String definition = Files.readString(Path.of(fixture("elections/eastmids-2024.yaml")))
                .replace("      - {id: relf, name: Matt Relf, party: ind}\n", "")
                .replace("      - {id: tamblyn-saville, name: Helen Tamblyn-Saville, party: ld}\n", "")
                .concat("    withdrawn:\n      - {id: relf, name: Matt Relf, party: ind}\n");
        Files.writeString(root.resolve("elections/eastmids-2024.yaml"), definition);
        String results = Files.readString(Path.of(fixture("results/eastmids_mayor_results.csv")))
                .replace("Helen Tamblyn-Saville,Liberal Democrats", "Others,");
        Files.writeString(root.resolve("results/eastmids_mayor_results.csv"), results);
        home = new DataHome(root);
    }

    @Test
    void aWithdrawnCandidatesVotesAndAnOthersLineAreTheOthersShare() {
        ElectionCatalog elections = new ElectionCatalog(home);
        ContestResult r = new ResultsCatalog(home, elections)
                .firstPreferences(elections.resolve("eastmids-2024"), "mayor")
                .orElseThrow();
        assertThat(r.complete()).isTrue();
        assertThat(r.votes())
                .isEqualTo(Map.of(
                        "ward",
                        181_040L,
                        "bradley",
                        129_332L,
                        "adlington-stringer",
                        50_666L,
                        "graves",
                        49_201L,
                        Option.OTHER,
                        23_359L + 15_970L));
        // Of every vote cast: 181,040 of 449,568.
        assertThat(r.shares().get("ward")).isCloseTo(40.27, org.assertj.core.api.Assertions.within(0.01));
    }

    /**
     * American counts print the votes written in for no listed candidate on a line of their own ("Write-ins" in New
     * York's 2021 Board of Elections tabulation, "Undeclared Write-ins" in its RCV summaries, "Scattering" in some
     * states'). Such a line was refused as "not a candidate", with no word of the "Others" line that is read, so a
     * user dropped it and every share was of the listed candidates' votes alone.
     */
    @Test
    void aWriteInLineIsTheOthersShare() throws IOException {
        for (String label : java.util.List.of("Write-ins", "WRITE-IN", "Undeclared Write-ins", "Scattering")) {
            String results = Files.readString(Path.of(fixture("results/eastmids_mayor_results.csv")))
                    .replace("Helen Tamblyn-Saville,Liberal Democrats", label + ",");
            Files.writeString(root.resolve("results/eastmids_mayor_results.csv"), results);
            ElectionCatalog elections = new ElectionCatalog(home);
            ContestResult r = new ResultsCatalog(home, elections)
                    .firstPreferences(elections.resolve("eastmids-2024"), "mayor")
                    .orElseThrow();
            assertThat(r.votes().get(Option.OTHER)).as(label).isEqualTo(23_359L + 15_970L);
        }
    }

    /**
     * An official count spells names its own way: in capitals, without the accents or punctuation of the definition's
     * spelling, or by a name the definition lists as the candidate's alias. Such a row was refused as "not a candidate
     * as its definition spells them", and the New York 2021 trial had to edit its Board of Elections file to match.
     */
    @Test
    void aCountsOwnSpellingOfACandidateIsRead() throws IOException {
        Files.writeString(
                root.resolve("elections/eastmids-2024.yaml"),
                Files.readString(root.resolve("elections/eastmids-2024.yaml"))
                        .replace(
                                "{id: graves, name: Alan Graves, party: reform}",
                                "{id: graves, name: Alan Graves, party: reform, aliases: [\"Alan G. Graves\"]}"));
        String results = Files.readString(root.resolve("results/eastmids_mayor_results.csv"))
                .replace("Claire Ward,", "CLAIRE WARD,")
                .replace("Frank Adlington-Stringer,", "Frank Adlington Stringer,")
                .replace("Alan Graves,", "Alan G. Graves,");
        Files.writeString(root.resolve("results/eastmids_mayor_results.csv"), results);
        ElectionCatalog elections = new ElectionCatalog(home);
        ContestResult r = new ResultsCatalog(home, elections)
                .firstPreferences(elections.resolve("eastmids-2024"), "mayor")
                .orElseThrow();
        assertThat(r.votes().get("ward")).isEqualTo(181_040L);
        assertThat(r.votes().get("adlington-stringer")).isEqualTo(50_666L);
        assertThat(r.votes().get("graves")).isEqualTo(49_201L);
    }
}
