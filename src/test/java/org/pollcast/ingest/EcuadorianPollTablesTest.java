package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.store.PollStore;

/**
 * Ecuador's 2025 run-off polls (a page rebuilt in the layout of the encyclopedia's "Opinion polling for the 2025
 * Ecuadorian general election"; source in README.md). Its firm is headed "Polling source", its candidates "Luisa
 * González (RC)" where Andrea González also stood, and it prints separate "Null", "Blank" and "Undecided" columns, a
 * debate on a row of its own, and one firm as "Negocios y Estrategias" that the press writes "Negocios &
 * Estrategias". Before, the page was refused twice over: no pollster column, then "'gonzalez' is not a name of Luisa
 * González" (the surname the two share named neither alone, and was read as a stranger's beside her party).
 */
class EcuadorianPollTablesTest {
    @TempDir
    Path root;

    private Ingester ingester;

    @BeforeEach
    void addEcuador() throws IOException {
        ingester = IngestFixtures.ingesterWith(root, "ec-2025.yaml");
    }

    private static IngestSettings settings() {
        return IngestSettings.withDefaults().withAcceptNewPollsters(true);
    }

    @Test
    void pollingSourceIsTheFirmAndASharedSurnameBesideTheFullNameIsHers() throws IOException {
        IngestReport r = ExpectedPages.assertGivesExactly(ingester, root, "wikipedia-ec-2025", "ec-2025", settings());
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("15 polls, 15 added").contains("run-off");
        assertThat(r.joinedSpellings()).containsExactly("MR Analítica as MR Analitica");
    }

    /** "y" (Spanish), "e", "et", "und" between two words of a firm's name are its "&" and "and": one house. */
    @Test
    void aFirmWrittenWithYOrAmpersandIsOneHouse() throws IOException {
        Path csv = root.resolve("ne.csv");
        Files.writeString(
                csv,
                "election,scope,pollster,fieldwork_start,fieldwork_end,sample_size,Daniel Noboa,Luisa González\n"
                        + "ec-2025,runoff,Negocios & Estrategias,2025-03-10,2025-03-12,2000,48,52\n");
        try (PollStore store = PollStore.open(root.resolve("ne.db"))) {
            ingester.ingest(csv.toString(), store, settings());
            IngestReport r = ingester.ingest(IngestFixtures.fixture("wikipedia-ec-2025.html"), store, settings());
            assertThat(r.joinedSpellings()).contains("Negocios y Estrategias as Negocios & Estrategias");
        }
    }
}
