package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pollcast.ingest.IngestFixtures.CATALOG;
import static org.pollcast.ingest.IngestFixtures.ingester;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.election.Scope;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * Poll tables as polling sites publish them (UK Polling Report's "London Mayor 2012" page, see
 * ukpollingreport-london-2012.html), in the markup variants the saved page does not have: headers in {@code th}
 * cells under section headings or in a caption, a title row inside the table, the same layout as a CSV, and
 * what must be refused. Figures are the page's real 2012 polls (UKPR2012 in data/results/SOURCES.md), except
 * where a test says a date is altered to be wrong.
 */
class PollingSiteTablesTest {
    @TempDir
    Path dir;

    private static final String FIRST_ROWS = """
            <tr><td>YouGov/Evening Standard</td><td>02/05/12</td><td>43</td><td>38</td><td>7</td><td>12</td></tr>
            <tr><td>Populus/Times</td><td>29/04/12</td><td>46</td><td>34</td><td>5</td><td>15</td></tr>
            <tr><td>YouGov</td><td>11/06/11</td><td>48</td><td>41</td><td>2</td><td>9</td></tr>
            """;
    private static final String SECOND_ROWS = """
            <tr><td>YouGov/Evening Standard</td><td>02/05/12</td><td>53</td><td>47</td><td>+6</td></tr>
            <tr><td>Populus/Times</td><td>29/04/12</td><td>56</td><td>44</td><td>+12</td></tr>
            <tr><td>TNS-BMRB</td><td>16/04/12</td><td>53</td><td>47</td><td>+6</td></tr>
            """;

    private List<Poll> ingest(String html, String election) {
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            IngestSettings settings = IngestSettings.withDefaults();
            ingester()
                    .ingest(
                            SourceDocument.of("page.html", html.getBytes(StandardCharsets.UTF_8)),
                            store,
                            election == null ? settings : settings.withElection(CATALOG.resolve(election)));
            return store.polls(PollQuery.of("london-2012")).stream()
                    .map(StoredPoll::poll)
                    .toList();
        }
    }

    private boolean ingestedNothing() {
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            return store.polls(PollQuery.of("london-2012")).isEmpty();
        }
    }

    private static Poll find(List<Poll> polls, String pollster, LocalDate date, Scope scope) {
        return polls.stream()
                .filter(p -> p.pollster().equals(pollster) && p.date().equals(date) && p.scope() == scope)
                .findFirst()
                .orElseThrow(() -> new AssertionError(pollster + " " + date + " " + scope + " not in " + polls));
    }

    @Test
    void headerCellsUnderHeadingsAndACaptionReadTheSame() {
        List<Poll> polls = ingest("""
                <html><head><title>London Mayor 2012</title></head><body>
                <h2>London Voting Intention 2012</h2>
                <h3>Mayoral Voting Intention &#8211; First preference</h3>
                <table><tr><th>Survey</th><th>End Date</th><th>Johnson (%)</th><th>Livingstone (%)</th>
                <th>Paddick (%)</th><th>Other (%)</th></tr>""" + FIRST_ROWS + """
                </table>
                <table><caption>Mayoral Voting Intention &#8211; Projected Second Round Result</caption>
                <tr><th>Survey</th><th>End Date</th><th>Johnson (%)</th><th>Livingstone (%)</th><th>Johnson Lead</th></tr>""" + SECOND_ROWS + "</table></body></html>", null);
        assertThat(polls).hasSize(6);
        Poll first = find(polls, "YouGov", LocalDate.of(2012, 5, 2), Scope.FIRST_PREF);
        assertThat(first.client()).isEqualTo("Evening Standard");
        assertThat(first.fieldworkStart())
                .as("an end date only: the start is not known")
                .isNull();
        assertThat(first.fieldworkEnd()).isEqualTo(LocalDate.of(2012, 5, 2));
        assertThat(first.shares())
                .containsExactly(
                        Map.entry("johnson", 43.0),
                        Map.entry("livingstone", 38.0),
                        Map.entry("paddick", 7.0),
                        Map.entry("other", 12.0));
        Poll runoff = find(polls, "YouGov", LocalDate.of(2012, 5, 2), Scope.RUNOFF);
        assertThat(runoff.client()).isEqualTo("Evening Standard");
        assertThat(runoff.shares()).containsExactly(Map.entry("johnson", 53.0), Map.entry("livingstone", 47.0));
        assertThat(find(polls, "YouGov", LocalDate.of(2011, 6, 11), Scope.FIRST_PREF)
                        .date())
                .isEqualTo(LocalDate.of(2011, 6, 11));
        assertThat(find(polls, "TNS-BMRB", LocalDate.of(2012, 4, 16), Scope.RUNOFF)
                        .partial())
                .isFalse();
    }

    @Test
    void aTitleRowInsideTheTableNamesItsRound() {
        // The title as the table's own first row, one cell across, above labels in bold td cells.
        List<Poll> polls = ingest("""
                <html><body><table>
                <tr><td colspan="5"><strong>Mayoral Voting Intention &#8211; Projected Second Round Result</strong></td></tr>
                <tr><td><b>Survey</b></td><td><b>End Date</b></td><td><b>Johnson (%)</b></td><td><b>Livingstone (%)</b></td>
                <td><b>Johnson Lead</b></td></tr>""" + SECOND_ROWS + "</table></body></html>", "london-2012");
        assertThat(polls).hasSize(3).allSatisfy(p -> assertThat(p.scope()).isEqualTo(Scope.RUNOFF));
        assertThat(find(polls, "Populus", LocalDate.of(2012, 4, 29), Scope.RUNOFF)
                        .shares())
                .containsExactly(Map.entry("johnson", 56.0), Map.entry("livingstone", 44.0));
    }

    @Test
    void aParagraphThatIsNotATitleDoesNotNameTheRound() {
        // Only a bold line is a title: prose that mentions second preferences says nothing of this table.
        List<Poll> polls = ingest("""
                <html><body><h2>London Mayor 2012</h2>
                <p>Figures <b>after second preferences</b> are in the table further down.</p>
                <table><tr><td><strong>Survey</strong></td><td><strong>End Date</strong></td>
                <td><strong>Johnson (%)</strong></td><td><strong>Livingstone (%)</strong></td>
                <td><strong>Paddick (%)</strong></td><td><strong>Other (%)</strong></td></tr>""" + FIRST_ROWS + "</table></body></html>", "london-2012");
        assertThat(polls).hasSize(3).allSatisfy(p -> assertThat(p.scope()).isEqualTo(Scope.FIRST_PREF));
    }

    @Test
    void aSecondTableThatDoesNotSayItIsTheRunOffIsRefusedNotStored() {
        // Without its "Projected Second Round Result" title, the second table's rows are the same polls as the
        // first's with other figures: nothing is guessed, the file is refused at the row.
        String html = """
                <html><body><h2>London Mayor 2012</h2>
                <p><strong>Mayoral Voting Intention &#8211; First preference</strong></p>
                <table><tr><td><strong>Survey</strong></td><td><strong>End Date</strong></td>
                <td><strong>Johnson (%)</strong></td><td><strong>Livingstone (%)</strong></td>
                <td><strong>Paddick (%)</strong></td><td><strong>Other (%)</strong></td></tr>""" + FIRST_ROWS + """
                </table>
                <p><strong>Mayoral Voting Intention</strong></p>
                <table><tr><td><strong>Survey</strong></td><td><strong>End Date</strong></td>
                <td><strong>Johnson (%)</strong></td><td><strong>Livingstone (%)</strong></td>
                <td><strong>Johnson Lead</strong></td></tr>""" + SECOND_ROWS + "</table></body></html>";
        assertThatThrownBy(() -> ingest(html, "london-2012"))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).details())
                        .anySatisfy(line -> assertThat(line).startsWith("page.html:table 2 row 2: ")));
        assertThat(ingestedNothing()).isTrue();
    }

    @Test
    void aTwoDigitYearNoCenturyPutsBeforePollingDayIsRefusedNamingTheCell() {
        // YouGov's 2 May 2012 poll with its year mistyped as 13: after polling day (3 May 2012), and 1913 is
        // a century too early. The message names the file, table, row and column.
        String html = """
                <html><body><p><strong>Mayoral Voting Intention &#8211; First preference</strong></p>
                <table><tr><td><strong>Survey</strong></td><td><strong>End Date</strong></td>
                <td><strong>Johnson (%)</strong></td><td><strong>Livingstone (%)</strong></td>
                <td><strong>Paddick (%)</strong></td><td><strong>Other (%)</strong></td></tr>
                <tr><td>YouGov/Evening Standard</td><td>02/05/13</td><td>43</td><td>38</td><td>7</td><td>12</td></tr>
                </table></body></html>""";
        assertThatThrownBy(() -> ingest(html, "london-2012"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("page.html:table 1 row 2: field 'End Date': '02/05/13' gives its year in two "
                        + "digits, and no century puts it in the 5 years up to polling day of london-2012 (2012-05-03): "
                        + "1913-05-02 would be more than 5 years before it, 2013-05-02 would be after it");
    }

    @Test
    void aPublishedColumnDatesThePublicationNotTheFieldwork() {
        // YouGov/Evening Standard, fieldwork 28 Apr to 2 May 2012 (two-digit years in a range), published 3 May.
        List<Poll> polls = ingest("""
                <html><body><h2>Mayoral voting intention 2012</h2>
                <table><tr><th>Poll</th><th>Fieldwork</th><th>Published</th><th>Johnson</th><th>Livingstone</th>
                <th>Paddick</th><th>Others</th><th>Lead</th></tr>
                <tr><td>YouGov/Evening Standard</td><td>30/04/12 &#8211; 02/05/12</td><td>3 May</td><td>43%</td><td>38%</td>
                <td>7%</td><td>12%</td><td>5</td></tr></table></body></html>""", "london-2012");
        Poll p = polls.get(0);
        assertThat(p.pollster()).isEqualTo("YouGov");
        assertThat(p.client()).isEqualTo("Evening Standard");
        assertThat(p.fieldworkStart()).isEqualTo(LocalDate.of(2012, 4, 30));
        assertThat(p.fieldworkEnd()).isEqualTo(LocalDate.of(2012, 5, 2));
        assertThat(p.published()).isEqualTo(LocalDate.of(2012, 5, 3));
    }

    @Test
    void theSameLayoutSavedAsACsvReadsTheSame() throws IOException {
        // The page's second table copied into a spreadsheet and saved as CSV: Survey, End Date, dd/mm/yy, a lead.
        Path csv = dir.resolve("ukpr.csv");
        Files.writeString(csv, """
                Survey,End Date,Johnson (%),Livingstone (%),Johnson Lead,Scope
                YouGov/Evening Standard,02/05/12,53,47,+6,run-off
                TNS-BMRB,16/04/12,53,47,+6,run-off
                ComRes/Evening Standard,21/01/12,49,51,-2,run-off
                """);
        try (PollStore store = PollStore.open(dir.resolve("c.db"))) {
            ingester()
                    .ingest(
                            csv.toString(),
                            store,
                            IngestSettings.withDefaults().withElection(CATALOG.resolve("london-2012")));
            List<Poll> polls = store.polls(PollQuery.of("london-2012")).stream()
                    .map(StoredPoll::poll)
                    .toList();
            assertThat(polls)
                    .extracting(Poll::fieldworkEnd)
                    .containsExactly(LocalDate.of(2012, 1, 21), LocalDate.of(2012, 4, 16), LocalDate.of(2012, 5, 2));
            assertThat(find(polls, "ComRes", LocalDate.of(2012, 1, 21), Scope.RUNOFF)
                            .shares())
                    .containsExactly(Map.entry("johnson", 49.0), Map.entry("livingstone", 51.0));
            assertThat(polls.get(0).client()).isEqualTo("Evening Standard");
        }
    }
}
