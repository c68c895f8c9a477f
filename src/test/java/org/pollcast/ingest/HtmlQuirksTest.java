package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pollcast.ingest.IngestFixtures.CATALOG;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pollcast.election.Scope;
import org.pollcast.poll.DatePrecision;
import org.pollcast.poll.Poll;

/**
 * Small hand-built pages for quirks the saved 2008 page does not have. The figures are the real 2011–12
 * YouGov polls of data/polls/london-2012.csv (UKPR2012, UKPR5176, UKPR5303).
 */
class HtmlQuirksTest {

    private static List<Poll> read(String html) {
        return read(html, "london-2012");
    }

    private static List<Poll> read(String html, String election) {
        SourceDocument doc = SourceDocument.of("page.html", html.getBytes(StandardCharsets.UTF_8));
        HtmlPollTableReader.Page page = HtmlPollTableReader.read(doc, null, IngestFixtures.ALIASES::namesOption);
        assertThat(page.problems()).isEmpty();
        List<RawPoll> raws = page.polls();
        List<Problem> problems = new java.util.ArrayList<>();
        PollNormaliser n = new PollNormaliser(
                "page.html",
                CATALOG,
                CATALOG.resolve(election),
                null,
                IngestFixtures.ALIASES,
                LocalDate.of(2026, 11, 25),
                false,
                List.of());
        List<Poll> polls = new java.util.ArrayList<>();
        for (RawPoll raw : raws) {
            n.normalise(raw, problems).ifPresent(x -> polls.add(x.poll()));
        }
        assertThat(problems).isEmpty();
        return polls;
    }

    @Test
    void partyColumnsUnderAListHeadingAreAssemblyListPolls() {
        List<Poll> polls = read("""
                <html><body>
                <h2>London Assembly</h2><h3>London-wide list vote</h3>
                <table class="wikitable"><tr><th>Pollster</th><th>Client</th><th>Dates conducted</th><th>Con</th>
                <th>Lab</th><th>LD</th><th>UKIP</th><th>Green</th><th>BNP</th><th>Lead</th></tr>
                <tr><td>YouGov</td><td>Evening Standard</td><td>29 Apr 2012</td><td>30%</td><td>44%</td><td>8%</td><td>8%</td>
                <td>5%</td><td>2%</td><td>14</td></tr>
                <tr><td>YouGov</td><td>Evening Standard</td><td>15 Apr 2012</td><td>35%</td><td>46%</td><td>9%</td><td>5%</td>
                <td>3%</td><td>1%</td><td>11</td></tr></table>
                <h3>Constituency vote</h3>
                <table class="wikitable"><tr><th>Pollster/client</th><th>Fieldwork date</th><th>Con</th><th>Lab</th>
                <th>Lib Dem</th><th>Others</th></tr>
                <tr><td>YouGov/Evening Standard</td><td>15 Apr 2012</td><td>35</td><td>44</td><td>11</td><td>10</td></tr></table>
                </body></html>""");
        assertThat(polls).extracting(Poll::contest).containsOnly("assembly");
        assertThat(polls).extracting(Poll::scope).containsExactly(Scope.LIST, Scope.LIST, Scope.CONSTITUENCY);
        assertThat(polls.get(0).shares())
                .containsExactly(
                        Map.entry("con", 30.0),
                        Map.entry("lab", 44.0),
                        Map.entry("ld", 8.0),
                        Map.entry("ukip", 8.0),
                        Map.entry("grn", 5.0),
                        Map.entry("bnp", 2.0));
        assertThat(polls.get(2).shares()).containsEntry("other", 10.0);
    }

    @Test
    void yearDividerRowsSetTheYearOfLaterDates() {
        List<Poll> polls = read("""
                <html><body><h2>Opinion polls</h2>
                <table class="wikitable sortable">
                <tr><th rowspan="2">Pollster</th><th rowspan="2">Date(s) conducted</th><th colspan="4">First round</th>
                    <th colspan="2">Second round</th></tr>
                <tr><th><a href="/wiki/Boris_Johnson">Johnson</a></th><th><a href="/wiki/Ken_Livingstone">Livingstone</a></th>
                    <th>Paddick</th><th>Others</th><th>Johnson</th><th>Livingstone</th></tr>
                <tr><td colspan="8"><b>2012</b></td></tr>
                <tr><td>YouGov</td><td>16&nbsp;Jan</td><td>44</td><td>46</td><td>7</td><td>3</td><td>49</td><td>51</td></tr>
                <tr><td colspan="8"><b>2011</b></td></tr>
                <tr><td>YouGov<sup class="reference"><a href="#c1">[1]</a></sup></td><td>11 Jun</td><td>48</td><td>41</td>
                    <td>2</td><td>9</td><td>54</td><td>46</td></tr>
                </table></body></html>""");
        assertThat(polls)
                .extracting(Poll::fieldworkEnd)
                .containsExactly(
                        LocalDate.of(2012, 1, 16),
                        LocalDate.of(2012, 1, 16),
                        LocalDate.of(2011, 6, 11),
                        LocalDate.of(2011, 6, 11));
        assertThat(polls)
                .extracting(Poll::scope)
                .containsExactly(Scope.FIRST_PREF, Scope.RUNOFF, Scope.FIRST_PREF, Scope.RUNOFF);
        assertThat(polls.get(3).shares()).containsExactly(Map.entry("johnson", 54.0), Map.entry("livingstone", 46.0));
        assertThat(polls.get(2).pollster()).isEqualTo("YouGov");
    }

    @Test
    void lessThanAndStarSharesAreReadAsPollstersMeanThem() {
        // Synthetic figures: "<1" is read as 0.5 and "*" (under half a percent) as 0.
        List<Poll> polls = read("""
                <html><body><table class="wikitable"><tr><th>Pollster</th><th>Date</th><th>Sample size</th>
                <th>Johnson</th><th>Livingstone</th><th>Cortiglia</th><th>Webb</th><th>Others</th></tr>
                <tr><td>YouGov</td><td>2 May 2012</td><td>1,231</td><td>45</td><td>40</td><td>&lt;1</td><td>*</td><td>14.5</td></tr>
                </table></body></html>""");
        assertThat(polls.get(0).shares())
                .containsExactly(
                        Map.entry("johnson", 45.0),
                        Map.entry("livingstone", 40.0),
                        Map.entry("cortiglia", 0.5),
                        Map.entry("webb", 0.0),
                        Map.entry("other", 14.5));
        assertThat(polls.get(0).sampleSize()).isEqualTo(1231);
    }

    @Test
    void aSecondLineWhosePollsterAndDateCellsSpanBothIsTheRunOff() {
        // ComRes for the Evening Standard, LBC and ITV London Tonight, 25 Apr 2012 (M2012-14): no "Round" column,
        // the run-off is the poll's second line, under rowspan'd pollster, date and sample cells.
        List<Poll> polls = read("""
                <html><body><table class="wikitable sortable">
                <tr><th rowspan="2">Pollster/client</th><th rowspan="2">Fieldwork date</th><th rowspan="2">Sample size</th>
                    <th><a href="/wiki/Boris_Johnson">Johnson</a></th><th><a href="/wiki/Ken_Livingstone">Livingstone</a></th>
                    <th>Jones</th><th>Paddick</th><th>Benita</th><th>Webb</th><th>Cortiglia</th>
                    <th rowspan="2">Others</th><th rowspan="2">Lead</th></tr>
                <tr><th style="background:#0087DC"></th><th style="background:#E4003B"></th><th style="background:#6AB023"></th>
                    <th style="background:#FAA61A"></th><th style="background:#DCDCDC"></th><th style="background:#70147A"></th>
                    <th style="background:#2E3B74"></th></tr>
                <tr><td rowspan="2">ComRes/Evening Standard/LBC/ITV London Tonight</td><td rowspan="2">25 Apr 2012</td>
                    <td rowspan="2">1,024</td><td><b>45%</b></td><td>36%</td><td>6%</td><td>5%</td><td>3%</td><td>2%</td>
                    <td>2%</td><td>&#8211;</td><td>9</td></tr>
                <tr><td><b>54%</b></td><td>46%</td><td colspan="6" style="background:#EAECF0"></td><td>8</td></tr>
                </table></body></html>""");
        assertThat(polls).extracting(Poll::scope).containsExactly(Scope.FIRST_PREF, Scope.RUNOFF);
        assertThat(polls.get(1).shares()).containsExactly(Map.entry("johnson", 54.0), Map.entry("livingstone", 46.0));
        assertThat(polls.get(1).sampleSize()).isEqualTo(1024);
        assertThat(polls.get(1).client()).isEqualTo("Evening Standard/LBC/ITV London Tonight");
        assertThat(polls.get(0).shares()).containsEntry("cortiglia", 2.0).hasSize(7);
    }

    @Test
    void aSecondLineRepeatingThePollstersAndDatesCellsIsTheRunOffToo() {
        // The same ComRes poll (M2012-14) with its pollster, date and sample written again on the run-off line
        // rather than spanning both (Benita 3, Webb 2 and Cortiglia 2 under Others): the page was refused as one poll
        // with two sets of first-round figures.
        List<Poll> polls = read("""
                <html><body><table class="wikitable sortable">
                <tr><th>Pollster/client</th><th>Fieldwork date</th><th>Sample size</th><th>Johnson</th>
                    <th>Livingstone</th><th>Jones</th><th>Paddick</th><th>Others</th><th>Lead</th></tr>
                <tr><td>ComRes/Evening Standard/LBC/ITV London Tonight</td><td>25 Apr 2012</td><td>1,024</td>
                    <td><b>45%</b></td><td>36%</td><td>6%</td><td>5%</td><td>7%</td><td>9</td></tr>
                <tr><td>ComRes/Evening Standard/LBC/ITV London Tonight</td><td>25 Apr 2012</td><td>1,024</td>
                    <td><b>54%</b></td><td>46%</td><td colspan="3"></td><td>8</td></tr>
                </table></body></html>""");
        assertThat(polls).extracting(Poll::scope).containsExactly(Scope.FIRST_PREF, Scope.RUNOFF);
        assertThat(polls.get(1).shares()).containsExactly(Map.entry("johnson", 54.0), Map.entry("livingstone", 46.0));
        assertThat(polls.get(1).sampleSize()).isEqualTo(1024);
    }

    @Test
    void aSecondLineWithMoreThanTwoFiguresIsNotTakenForTheRunOff() {
        // Two first-round questions on two lines (figures of YouGov's 22 and 29 Apr 2012 polls, M2012-10 and -16):
        // neither line is a run-off, so both keep the table's scope and meet later as one poll with two sets of
        // figures, an error, rather than one being stored as a run-off.
        SourceDocument doc = SourceDocument.of("page.html", """
                <html><body><table class="wikitable">
                <tr><th>Pollster</th><th>Date</th><th>Johnson</th><th>Livingstone</th><th>Paddick</th></tr>
                <tr><td rowspan="2">YouGov</td><td rowspan="2">22 Apr 2012</td><td>43</td><td>41</td><td>8</td></tr>
                <tr><td>44</td><td>41</td><td>6</td></tr>
                </table></body></html>""".getBytes(StandardCharsets.UTF_8));
        HtmlPollTableReader.Page page = HtmlPollTableReader.read(doc, null, IngestFixtures.ALIASES::namesOption);
        assertThat(page.problems()).isEmpty();
        assertThat(page.polls())
                .hasSize(2)
                .allSatisfy(raw -> assertThat(raw.value("scope")).isEmpty());
    }

    @Test
    void partyUnderTheCandidateStillNamesTheCandidateEvenAnIndependent() {
        // YouGov for the Evening Standard, 15 Apr 2012 (M2012-08). The party line alone would say "Ind" for
        // Benita, and "Con", "Lab" would read as an Assembly poll.
        List<Poll> polls = read("""
                <html><body><table class="wikitable">
                <tr><th rowspan="2">Pollster</th><th rowspan="2">Client</th><th rowspan="2">Dates conducted</th>
                    <th><a href="/wiki/Boris_Johnson">Johnson</a></th><th><a href="/wiki/Ken_Livingstone">Livingstone</a></th>
                    <th>Jones</th><th>Paddick</th><th>Benita</th><th>Webb</th><th>Cortiglia</th></tr>
                <tr><th style="background:#0087DC"><a href="/wiki/Conservative_Party_(UK)">Con</a></th>
                    <th style="background:#E4003B"><a href="/wiki/Labour_Party_(UK)">Lab</a></th><th>Green</th><th>LD</th>
                    <th>Ind</th><th>UKIP</th><th>BNP</th></tr>
                <tr><td>YouGov</td><td>Evening Standard</td><td>15 Apr 2012</td><td>45%</td><td>40%</td><td>2%</td>
                    <td>7%</td><td>2%</td><td>3%</td><td>1%</td></tr>
                </table></body></html>""");
        assertThat(polls).extracting(Poll::contest).containsExactly("mayor");
        assertThat(polls.get(0).shares())
                .containsExactly(
                        Map.entry("johnson", 45.0),
                        Map.entry("livingstone", 40.0),
                        Map.entry("jones", 2.0),
                        Map.entry("paddick", 7.0),
                        Map.entry("benita", 2.0),
                        Map.entry("webb", 3.0),
                        Map.entry("cortiglia", 1.0));
        assertThat(polls.get(0).fieldworkEnd()).isEqualTo(LocalDate.of(2012, 4, 15));
    }

    @Test
    void aMonthAloneIsTheMonthOfPublication() {
        // ComRes for the Evening Standard, April 2012, and YouGov, March 2012 (M2012-07 and -06, each dated by its
        // month only): the year of "Apr" comes from the divider above it.
        List<Poll> polls = read("""
                <html><body><table class="wikitable">
                <tr><th>Pollster/client</th><th>Fieldwork date</th><th>Johnson</th><th>Livingstone</th><th>Paddick</th>
                    <th>Others</th></tr>
                <tr><td colspan="6"><b>2012</b></td></tr>
                <tr><td>ComRes/Evening Standard</td><td>Apr</td><td>46</td><td>41</td><td>6</td><td>6</td></tr>
                <tr><td>YouGov</td><td>March 2012</td><td>49</td><td>41</td><td>5</td><td>4</td></tr>
                </table></body></html>""");
        assertThat(polls).extracting(Poll::fieldworkEnd).containsOnlyNulls();
        assertThat(polls)
                .extracting(Poll::published)
                .containsExactly(LocalDate.of(2012, 4, 15), LocalDate.of(2012, 3, 15));
        assertThat(polls).extracting(Poll::datePrecision).containsOnly(DatePrecision.MONTH);
    }

    @Test
    void aYearDividerInAHeaderCellUnderTheHeaderIsNotAHeader() {
        // Written "! colspan=8 | 2012" straight under the header rows, it once labelled every column "2012",
        // and the page had no poll table. YouGov, 16 Jan 2012 (M2012-03).
        List<Poll> polls = read("""
                <html><body><table class="wikitable sortable">
                <tr><th>Pollster</th><th>Date(s) conducted</th><th>Johnson</th><th>Livingstone</th><th>Paddick</th>
                    <th>Others</th></tr>
                <tr><th colspan="6">2012</th></tr>
                <tr><td>YouGov</td><td>16 Jan</td><td>44</td><td>46</td><td>7</td><td>3</td></tr>
                </table></body></html>""");
        assertThat(polls).extracting(Poll::fieldworkEnd).containsExactly(LocalDate.of(2012, 1, 16));
        assertThat(polls.get(0).shares()).containsEntry("livingstone", 46.0);
    }

    @Test
    void otherSpellingsOfTheFirmLeadAndErrorColumns() {
        // "Polling firm/Commissioner" is the pollster and client; "Lead (pts)" and "Margin of error" are no
        // candidates. Survation for the Daily Telegraph, 24 Apr 2012 (M2012-12); ±3.1% is the usual margin for
        // about 1,000 people.
        List<Poll> polls = read("""
                <html><body><table class="wikitable">
                <tr><th>Polling firm/Commissioner</th><th>Fieldwork date</th><th>Margin of error</th><th>Johnson</th>
                    <th>Livingstone</th><th>Paddick</th><th>Others</th><th>Lead (pts)</th></tr>
                <tr><td>Survation/Daily Telegraph</td><td>24 Apr 2012</td><td>±3.1%</td><td>42</td><td>31</td><td>10</td>
                    <td>17</td><td>11</td></tr>
                </table></body></html>""");
        assertThat(polls.get(0).pollster()).isEqualTo("Survation");
        assertThat(polls.get(0).client()).isEqualTo("Daily Telegraph");
        assertThat(polls.get(0).shares()).containsOnlyKeys("johnson", "livingstone", "paddick", "other");
    }

    @Test
    void theClientOnALineOfItsOwnAndTheSourceInAFootnote() {
        // ComRes for the Evening Standard, 5 Apr 2012 (M2012-07). The cell's text runs the two names together
        // ("ComRes Evening Standard"); the footnote's address, in the reference list at the foot of the page, is
        // the poll's source.
        List<Poll> polls = read("""
                <html><body><table class="wikitable">
                <tr><th>Pollster/client</th><th>Fieldwork date</th><th>Johnson</th><th>Livingstone</th><th>Paddick</th></tr>
                <tr><td><a href="/wiki/ComRes">ComRes</a><sup class="reference"><a href="#cite_note-7">[7]</a></sup><br>
                    <i>Evening Standard</i></td><td>5 Apr 2012</td><td>46</td><td>41</td><td>6</td></tr>
                </table>
                <ol class="references"><li id="cite_note-7"><cite><a class="external text"
                    href="https://example.org/comres-london-april-2012">ComRes London poll</a></cite></li></ol>
                </body></html>""");
        assertThat(polls.get(0).pollster()).isEqualTo("ComRes");
        assertThat(polls.get(0).client()).isEqualTo("Evening Standard");
        assertThat(polls.get(0).citation()).isEqualTo("https://example.org/comres-london-april-2012");
    }

    @Test
    void aRefColumnOfSharesIsReformAndARefDotColumnOfFootnotesIsTheSource() {
        // Savanta for Centre for London, 8-12 Mar 2024, as Savanta published it by party. "Ref" is a common short
        // form of Reform UK; read as a citation column, Reform's 2% was dropped without a word.
        List<Poll> polls = read("""
                <html><body><h3>Mayoral election</h3><table class="wikitable">
                <tr><th>Pollster</th><th>Client</th><th>Dates conducted</th><th>Lab</th><th>Con</th><th>LD</th>
                    <th>Grn</th><th>Ref</th><th>Others</th><th>Ref.</th></tr>
                <tr><td>Savanta</td><td>Centre for London</td><td>8–12 Mar 2024</td><td>51%</td><td>27%</td><td>10%</td>
                    <td>8%</td><td>2%</td><td>3%</td>
                    <td><sup class="reference"><a href="#cite_note-6">[6]</a></sup></td></tr>
                </table>
                <ol class="references"><li id="cite_note-6"><cite><a class="external text"
                    href="https://example.org/savanta-london-march-2024">Savanta</a></cite></li></ol>
                </body></html>""", "london-2024");
        assertThat(polls.get(0).shares()).containsEntry("cox", 2.0).containsEntry("khan", 51.0);
        assertThat(polls.get(0).shareSum()).isEqualTo(101.0);
        assertThat(polls.get(0).citation()).isEqualTo("https://example.org/savanta-london-march-2024");
    }

    @Test
    void refAndSourceColumnsOfFootnotesAndLinksStayCitations() {
        // YouGov, 25-29 Apr 2024: Khan 47, Hall 25, the rest not published.
        List<Poll> polls = read("""
                <html><body><table class="wikitable">
                <tr><th>Pollster</th><th>Dates conducted</th><th>Khan</th><th>Hall</th><th>Ref</th><th>Source</th></tr>
                <tr><td>YouGov</td><td>25–29 Apr 2024</td><td>47</td><td>25</td>
                    <td><sup class="reference"><a href="#cite_note-3">[3]</a></sup></td>
                    <td><a class="external text" href="https://example.org/yougov-april-2024">YouGov</a></td></tr>
                </table>
                <ol class="references"><li id="cite_note-3"><cite><a class="external text"
                    href="https://example.org/yougov-london-april-2024">YouGov</a></cite></li></ol>
                </body></html>""", "london-2024");
        assertThat(polls.get(0).shares()).containsOnlyKeys("khan", "hall");
        assertThat(polls.get(0).citation()).isNotBlank();
    }

    /**
     * Party-level polls name "the Labour candidate": the column label holds "date" inside "candidate", and such
     * columns were read as fieldwork dates ("'25%' is not a date"). (Figures made up for the layout; nothing here is
     * stored.)
     */
    @Test
    void partyCandidateColumnsAreOptionsNotDates() {
        List<Poll> polls = read("""
                <html><body><h3>Mayor</h3>
                <table class="wikitable"><tr><th>Pollster</th><th>Dates conducted</th><th>Sample size</th>
                <th>Labour candidate</th><th>Conservative candidate</th><th>Reform UK candidate</th><th>Others</th></tr>
                <tr><td>YouGov</td><td>10–12 Nov 2025</td><td>1,000</td><td>33%</td><td>20%</td><td>25%</td>
                <td>22%</td></tr></table></body></html>""", "london-2028");
        assertThat(polls).singleElement().satisfies(p -> {
            assertThat(p.fieldworkEnd()).isEqualTo(LocalDate.of(2025, 11, 12));
            assertThat(p.shares())
                    .containsEntry("lab", 33.0)
                    .containsEntry("con", 20.0)
                    .containsEntry("reform", 25.0);
        });
    }

    /**
     * A page whose tables are no poll tables (a pollster's page giving one poll's figures in rows, a table without
     * dates) was refused with the same words whatever was missing; the message now names each table and what it
     * lacks.
     */
    @Test
    void aPageWithNoPollTableSaysWhatEachTableLacks() {
        String html = """
                <html><body>
                <table><tr><th>Candidate</th><th>Share</th></tr><tr><td>Sadiq Khan</td><td>47%</td></tr></table>
                <table><tr><th>Pollster</th><th>Khan</th><th>Hall</th></tr>
                <tr><td>YouGov</td><td>47%</td><td>25%</td></tr></table>
                </body></html>""";
        SourceDocument doc = SourceDocument.of("page.html", html.getBytes(StandardCharsets.UTF_8));
        HtmlPollTableReader.Page page = HtmlPollTableReader.read(doc, null, IngestFixtures.ALIASES::namesOption);
        assertThat(page.problems())
                .singleElement()
                .asString()
                .startsWith("page.html: no poll table found: table 1 (Candidate, Share) has no pollster or"
                        + " date column; table 2 (Pollster, Khan, Hall) has no date column; a poll"
                        + " table has a row per poll");
    }

    /**
     * A page that is no poll table is named by the file alone ("table 0 row 0" named no table), and a header of
     * thousands of labels is quoted by its first few and a count, not label by label in a message of megabytes.
     */
    @Test
    void aHugeHeaderIsQuotedByItsFirstLabels() {
        String html = "<table class=\"wikitable\"><tr>" + "<th>Khan</th>".repeat(5_000) + "</tr><tr>"
                + "<td>1</td>".repeat(5_000) + "</tr></table>";
        SourceDocument doc = SourceDocument.of("page.html", html.getBytes(StandardCharsets.UTF_8));
        HtmlPollTableReader.Page page = HtmlPollTableReader.read(doc, null, IngestFixtures.ALIASES::namesOption);
        assertThat(page.problems())
                .singleElement()
                .asString()
                .startsWith("page.html: no poll table found: table 1 (Khan, Khan")
                .contains("Khan and 4980 more) has no pollster or date column")
                .hasSizeLessThan(1_000);
    }

    /**
     * A sort key hidden by an inline style (older sort templates write {@code <span style="display:none">}) is no text
     * the reader sees: it ran into the date ("2024-04-2925–29 Apr 2024", refused) and would have into a share.
     */
    @Test
    void aSortKeyHiddenByItsStyleIsNotRead() {
        List<Poll> polls = read("""
                <html><body><table class="wikitable sortable"><tr><th>Pollster</th><th>Client</th>
                <th>Dates conducted</th><th>Sample size</th><th>Khan</th><th>Hall</th><th>Others</th></tr>
                <tr><td>YouGov</td><td>N/A</td><td><span style="display:none">2024-04-29</span>25–29 Apr 2024</td>
                <td>1,192</td><td>47%</td><td>25%</td><td>28%</td></tr>
                <tr><td>Savanta</td><td>Centre for London</td>
                <td><span style="Display: None;">000000002024-04-30-0000</span>26–30 Apr 2024</td><td>1,034</td>
                <td><span style="display:none">42.0</span>42%</td><td>32%</td><td>26%</td></tr>
                </table></body></html>""", "london-2024");
        assertThat(polls)
                .extracting(Poll::fieldworkEnd)
                .containsExactly(LocalDate.of(2024, 4, 29), LocalDate.of(2024, 4, 30));
        assertThat(polls.get(1).shares()).containsEntry("khan", 42.0).containsEntry("hall", 32.0);
    }

    /**
     * Dates without a year on an election's page, no year printed over the table, take the title's year; one that then
     * falls after polling day ("5–8 Dec" on the 2024 London page) is of the year before, where the page was refused as
     * after the election.
     */
    @Test
    void aYearlessDateAfterPollingDayIsOfTheYearBefore() {
        SourceDocument doc = SourceDocument.of(
                "page.html",
                ("<html><head><title>2024 London mayoral election - Wikipedia</title></head><body>"
                                + "<h2>Opinion polls</h2><table class=\"wikitable\"><tr><th>Pollster</th>"
                                + "<th>Fieldwork dates</th><th>Sample size</th><th>Sadiq Khan</th><th>Susan Hall</th>"
                                + "<th>Others</th></tr><tr><td>YouGov</td><td>1–3 Apr</td><td>1,000</td><td>47</td>"
                                + "<td>25</td><td>28</td></tr><tr><td>Savanta</td><td>5–8 Dec</td><td>1,000</td>"
                                + "<td>46</td><td>26</td><td>28</td></tr></table></body></html>")
                        .getBytes(StandardCharsets.UTF_8));
        HtmlPollTableReader.Page page = HtmlPollTableReader.read(doc, null, IngestFixtures.ALIASES::namesOption);
        assertThat(page.problems()).isEmpty();
        List<Problem> problems = new java.util.ArrayList<>();
        PollNormaliser n = new PollNormaliser(
                "page.html",
                CATALOG,
                CATALOG.resolve("london-2024"),
                null,
                IngestFixtures.ALIASES,
                LocalDate.of(2026, 11, 25),
                false,
                List.of());
        List<Poll> polls = new java.util.ArrayList<>();
        for (RawPoll raw : page.polls()) {
            n.normalise(raw, problems).ifPresent(x -> polls.add(x.poll()));
        }
        assertThat(problems).isEmpty();
        assertThat(polls)
                .extracting(Poll::fieldworkEnd)
                .containsExactly(LocalDate.of(2024, 4, 3), LocalDate.of(2023, 12, 8));
        assertThat(polls.get(1).fieldworkStart()).isEqualTo(LocalDate.of(2023, 12, 5));
    }
}
