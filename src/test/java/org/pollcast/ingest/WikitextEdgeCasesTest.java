package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.pollcast.ingest.IngestFixtures.CATALOG;
import static org.pollcast.ingest.IngestFixtures.ingester;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * Wikitext and Markdown as real pages (and broken copies of them) write it, beyond the well-formed fixtures: unclosed
 * footnotes, links nested past reason, icons in cells, the template forms editors leave, indented tables, one-hyphen
 * delimiter rows. The poll is YouGov/Mile End Institute 2–7 Feb 2024 (wikipedia-london-2024).
 */
class WikitextEdgeCasesTest {
    @TempDir
    Path dir;

    private static final String TABLE = """
            {| class="wikitable"
            ! Pollster !! Client !! Dates conducted !! Khan !! Hall
            |-
            | %s || Mile End Institute || %s || 49%% || 24%%
            |}
            """;

    /** The polls {@code text}, saved as {@code file}, gives london-2024: pollster as published, start, end, shares. */
    private List<String> polls(String file, String text) throws IOException {
        Path path = dir.resolve(file);
        Files.writeString(path, text);
        try (PollStore store = PollStore.open(dir.resolve(file + ".db"))) {
            ingester()
                    .ingest(
                            path.toString(),
                            store,
                            IngestSettings.withDefaults().withElection(CATALOG.resolve("london-2024")));
            return store.polls(PollQuery.of("london-2024")).stream()
                    .map(StoredPoll::poll)
                    .map(p -> p.pollster() + " " + p.publishedAs() + " " + p.fieldworkStart() + " " + p.fieldworkEnd()
                            + " " + p.shares())
                    .toList();
        }
    }

    private static String table(String pollster, String dates) {
        return TABLE.formatted(pollster, dates);
    }

    private static final String YOUGOV = "YouGov YouGov 2024-02-02 2024-02-07 {khan=49.0, hall=24.0}";

    @Test
    void anUnclosedFootnoteIsTextAndTheTableAfterItIsRead() throws IOException {
        // The wiki prints a <ref> with no </ref> as text and reads on; it had swallowed the rest of the page.
        assertThat(polls("ref.wiki", "Polls below.<ref>A note never closed\n" + table("YouGov", "2–7 Feb 2024")))
                .containsExactly(YOUGOV);
    }

    @Test
    void anUnclosedLinkIsTextAndTheRowsCellsStaySplit() throws IOException {
        // "[[YouGov" with no "]]" is text on the wiki; counted as an open link, it joined the row's later cells into
        // one
        // and the poll was passed over without a word (review).
        assertThat(polls("link.wiki", table("[[YouGov", "2–7 Feb 2024")))
                .containsExactly(YOUGOV.replaceFirst("YouGov YouGov", "YouGov [[YouGov"));
    }

    @Test
    void anUnclosedFootnoteTagOverTwoLinesKeepsTheLinesAfterIt() {
        // "<ref\nname=x>" with no "</ref>": its line break had not been counted, so a bad cell on line 7 was "line 6".
        String page = "Intro<ref\nname=x>\n" + table("YouGov", "2–7 Feb 2024").replace("49%", "x24%");
        assertThatThrownBy(() -> polls("lines.wiki", page))
                .isInstanceOf(org.pollcast.BadInputException.class)
                .hasMessageContaining("lines.wiki:6:");
    }

    @Test
    void manyUnclosedFootnotesAreReadInBoundedTimeAndStack() {
        String page = "== Polls ==\n" + "<ref name=a>x".repeat(1_500) + "\n" + "<ref>".repeat(100_000) + "\n"
                + table("YouGov", "2–7 Feb 2024");
        // Each had recursed into the rest of the page: StackOverflowError at 1,500.
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> polls("refs.wiki", page)))
                .containsExactly(YOUGOV);
    }

    @Test
    void deeplyNestedLinksAreReadInBoundedTimeAndStack() {
        // 20,000 nested "[[a|" had given StackOverflowError after 17 s and 1.1 GB.
        String nested = "[[a|".repeat(20_000) + "b" + "]]".repeat(20_000);
        String html = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> WikiInline.html(nested));
        assertThat(html).contains("<a href=\"/wiki/a\">b</a>").hasSizeLessThan(10 * nested.length());
        String unclosed = "[[a|".repeat(20_000) + "b";
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> WikiInline.html(unclosed)))
                .isEqualTo(unclosed);
        String doubling = "[[".repeat(5_000) + "a" + "]]".repeat(5_000);
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> WikiInline.html(doubling)))
                .hasSizeLessThan(10 * doubling.length());
    }

    @Test
    void linksAreRenderedAsTheWikiRendersThem() {
        assertThat(WikiInline.html("[[Sadiq Khan|Khan]] and [[YouGov]]"))
                .isEqualTo("<a href=\"/wiki/Sadiq_Khan\">Khan</a> and <a href=\"/wiki/YouGov\">YouGov</a>");
        // A link inside a link's text: the inner is a link, the outer text (the wiki allows no link in a link).
        assertThat(WikiInline.html("[[a|b [[c]] d]]")).isEqualTo("[[a|b <a href=\"/wiki/c\">c</a> d]]");
        // A file's caption may hold links: the file and its caption are left out whole.
        assertThat(WikiInline.html("x[[File:Chart.svg|thumb|Polls of [[YouGov]]]]y"))
                .isEqualTo("xy");
        assertThat(WikiInline.html("]] [[a")).isEqualTo("]] [[a");
    }

    @Test
    void aOneHyphenDelimiterRowIsAMarkdownTable() throws IOException {
        // GFM allows "|-|-|"; detection had wanted "---" and read the page as a CSV ("missing required column").
        String page = "| Pollster | Client | Dates conducted | Khan | Hall |\n|-|-|-|-:|-:|\n"
                + "| YouGov | Mile End Institute | 2–7 Feb 2024 | 49% | 24% |\n";
        assertThat(PollFormat.detect(page)).isEqualTo(PollFormat.MARKDOWN);
        assertThat(polls("one.md", page)).containsExactly(YOUGOV);
        // A line of bars over a rule with no bar is no table, for either: a paragraph and a rule.
        assertThat(PollFormat.detect("pollster,khan | hall\n---\n")).isEqualTo(PollFormat.WIDE_CSV);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "{{flagicon|UK}} [[YouGov]]",
                "{{Flag icon|UK}} YouGov",
                "{{flagdeco|United Kingdom}} YouGov",
                "{{color box|#ff0000}} YouGov",
                "{{Party color box|Labour Party (UK)}} YouGov",
                "YouGov {{increase}}",
                "YouGov {{decrease|2}}",
                "{{nowrap|YouGov}}",
                "{{legend|#ff0000|YouGov}}"
            })
    void iconsInACellGiveNothingAndWrappersTheirText(String cell) throws IOException {
        // An icon had given its parameter: "{{flagicon|UK}} [[YouGov]]" stored a new house, "UK YouGov".
        assertThat(polls("icon.wiki", table(cell, "2–7 Feb 2024"))).containsExactly(YOUGOV);
    }

    @Test
    void aTrailingEmptyParameterOfOpdrtsIsNone() throws IOException {
        // "{{opdrts|2|7|Feb|2024|}}" was refused as no date.
        assertThat(polls("trail.wiki", table("YouGov", "{{opdrts|2|7|Feb|2024|}}")))
                .containsExactly(YOUGOV);
        assertThat(polls("trail2.wiki", table("YouGov", "{{opdrts|2|7|Feb|2024|year| }}")))
                .containsExactly(YOUGOV);
    }

    /**
     * {@code {{opdrts}}}: the template's own forms (days of one month, one day with an empty start, a start day past
     * the end day in the month before), and the two-month and two-year forms pollcast also accepts, leniently.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "2|4|May|2016|year;data-sort-value=\"2016-05-04\"|2–4 May 2016",
                "|2|May|2016|year;data-sort-value=\"2016-05-02\"|2 May 2016",
                "30|2|May|2016;data-sort-value=\"2016-05-02\"|30 Apr – 2 May 2016",
                "14|15|Oct|2020|;data-sort-value=\"2020-10-15\"|14–15 Oct 2020",
                "14|15|Oct|2020|y|;data-sort-value=\"2020-10-15\"|14–15 Oct 2020",
                "28|Apr|3|May|2016|year;data-sort-value=\"2016-05-03\"|28 Apr – 3 May 2016",
                "28|Dec|2015|3|Jan|2016;data-sort-value=\"2016-01-03\"|28 Dec 2015 – 3 Jan 2016",
                "3|May|28|Apr|2016;3 May 28 Apr 2016",
            })
    void opdrtsInItsFormsAndTheLenientOnes(String args, String expected) {
        assertThat(WikitextDateRange.cell(Arrays.asList(args.split("\\|", -1)), false))
                .isEqualTo(expected);
    }

    @Test
    void anUnclosedTemplateInACellIsTextAndTheCellsAfterItAreRead() throws IOException {
        // The bars after a stray "{{" still part the cells: the template it opens is never closed.
        String page = TABLE.replace("|| Mile End Institute ||", "|| Mile End Institute {{ ||")
                .formatted("YouGov", "2–7 Feb 2024");
        assertThat(polls("stray.wiki", page)).containsExactly(YOUGOV);
    }

    @Test
    void anIndentedTableIsATable() throws IOException {
        // ":{|" indents a table under a line of text; it had been passed over as text.
        String page = "== Polls ==\n:" + table("YouGov", "2–7 Feb 2024");
        assertThat(PollFormat.detect("Polls\n:{| class=\"wikitable\"\n|}\n")).isEqualTo(PollFormat.WIKITEXT);
        assertThat(polls("indented.wiki", page)).containsExactly(YOUGOV);
    }
}
