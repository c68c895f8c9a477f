package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pollcast.ingest.IngestFixtures.fixture;
import static org.pollcast.ingest.IngestFixtures.ingester;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.pollcast.election.Election;
import org.pollcast.poll.DatePrecision;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/** Saved encyclopedia pages and what a correct reader extracts from each ({@code <page>.expected.csv}). */
final class ExpectedPages {
    private ExpectedPages() {}

    /**
     * Ingests {@code page}.html and checks the store holds exactly the polls of {@code page}.expected.csv: one
     * line per poll (table, row and scope), its names, dates, sample and shares (the columns after "scope").
     * The columns published_as, published, citation and date_precision are checked where the file has them;
     * without date_precision every date is exact. The election is {@code election}, else the one of the year
     * the page name ends with. What the page had wrong ({@link IngestReport#rejected()}) is for the caller to check.
     */
    static IngestReport assertGivesExactly(Path dir, String page, Election election, IngestSettings settings)
            throws IOException {
        String electionId = election != null ? election.id() : "london-" + page.substring(page.length() - 4);
        return assertGivesExactly(
                ingester(), dir, page, electionId, election == null ? settings : settings.withElection(election));
    }

    /**
     * As above, read by {@code ingester} (whose catalogue may hold other places' elections) with {@code settings} as
     * they are; the polls are looked for in {@code electionId}.
     */
    static IngestReport assertGivesExactly(
            Ingester ingester, Path dir, String page, String electionId, IngestSettings settings) throws IOException {
        return assertGivesExactly(ingester, dir, page + ".html", PollFormat.HTML, electionId, settings);
    }

    /**
     * As above for the page saved as {@code file} (its expected polls in the file of the same name with
     * {@code .expected.csv} for its extension), read as {@code format}. Rows of a page with no tables of its own (a
     * Markdown or text copy) are keyed by their source line: the expected file's {@code line} column, in place of
     * {@code table} and {@code row}.
     */
    static IngestReport assertGivesExactly(
            Ingester ingester, Path dir, String file, PollFormat format, String electionId, IngestSettings settings)
            throws IOException {
        String page = file.substring(0, file.lastIndexOf('.'));
        try (PollStore store = PollStore.open(dir.resolve(page + ".db"))) {
            IngestReport r = ingester.ingest(fixture(file), store, settings);
            assertThat(r.format()).isEqualTo(format);
            List<CSVRecord> expected;
            List<String> header;
            try (Reader in = Files.newBufferedReader(Path.of(fixture(page + ".expected.csv")))) {
                var parser = CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(in);
                header = parser.getHeaderNames();
                expected = parser.getRecords();
            }
            List<String> options = header.subList(header.indexOf("scope") + 1, header.size());
            Map<String, Poll> byLocation = new LinkedHashMap<>();
            for (StoredPoll sp : store.polls(PollQuery.of(electionId))) {
                byLocation.put(
                        sp.provenance().location() + "/" + sp.poll().scope().code(), sp.poll());
            }
            assertThat(r.valid()).isEqualTo(expected.size());
            assertThat(byLocation).hasSize(expected.size());
            for (CSVRecord e : expected) {
                String where = (e.isMapped("line") ? e.get("line") : "table " + e.get("table") + " row " + e.get("row"))
                        + "/" + e.get("scope");
                Poll p = byLocation.get(where);
                assertThat(p).as(where).isNotNull();
                assertThat(p.pollster()).as(where).isEqualTo(e.get("pollster"));
                if (e.isMapped("published_as")) {
                    assertThat(p.publishedAs()).as(where).isEqualTo(e.get("published_as"));
                }
                assertThat(p.client()).as(where).isEqualTo(e.get("client"));
                assertThat(p.fieldworkStart()).as(where).isEqualTo(date(e.get("fieldwork_start")));
                assertThat(p.fieldworkEnd()).as(where).isEqualTo(date(e.get("fieldwork_end")));
                if (e.isMapped("published")) {
                    assertThat(p.published()).as(where).isEqualTo(date(e.get("published")));
                }
                if (e.isMapped("citation")) {
                    assertThat(p.citation())
                            .as(where)
                            .isEqualTo(e.get("citation").isEmpty() ? null : e.get("citation"));
                }
                assertThat(p.sampleSize())
                        .as(where)
                        .isEqualTo(e.get("sample_size").isEmpty() ? null : Integer.valueOf(e.get("sample_size")));
                Map<String, Double> shares = new LinkedHashMap<>();
                for (String option : options) {
                    if (!e.get(option).isEmpty()) {
                        shares.put(option, Double.valueOf(e.get(option)));
                    }
                }
                assertThat(p.shares()).as(where).isEqualTo(shares);
                DatePrecision precision = e.isMapped("date_precision")
                        ? DatePrecision.fromCode(e.get("date_precision")).orElseThrow()
                        : DatePrecision.EXACT;
                assertThat(p.datePrecision()).as(where).isEqualTo(precision);
            }
            return r;
        }
    }

    private static LocalDate date(String iso) {
        return iso.isEmpty() ? null : LocalDate.parse(iso);
    }
}
