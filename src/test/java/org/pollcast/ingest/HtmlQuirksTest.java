package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pollcast.ingest.IngestFixtures.CATALOG;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pollcast.election.Scope;
import org.pollcast.poll.Poll;

/**
 * Small hand-built pages for quirks the saved 2008 page does not have. The figures are the real 2011–12
 * YouGov polls of data/polls/london-2012.csv (UKPR2012, UKPR5176, UKPR5303).
 */
class HtmlQuirksTest {

    private static List<Poll> read(String html) {
        SourceDocument doc = SourceDocument.of("page.html", html.getBytes(StandardCharsets.UTF_8));
        List<Problem> problems = new java.util.ArrayList<>();
        List<RawPoll> raws = HtmlPollTableReader.read(doc, null, problems);
        assertThat(problems).isEmpty();
        PollNormaliser n = new PollNormaliser(
                "page.html",
                CATALOG,
                CATALOG.resolve("london-2012"),
                null,
                IngestFixtures.ALIASES,
                LocalDate.of(2026, 11, 25),
                false);
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
}
