package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pollcast.ingest.IngestFixtures.CATALOG;
import static org.pollcast.ingest.IngestFixtures.fixture;
import static org.pollcast.ingest.IngestFixtures.ingester;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pollcast.BadInputException;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * The same poll tables in the two other forms they are published in: an encyclopedia page's source (wikitext) and a
 * Markdown pipe table. Each must give exactly the polls its rendered page gives (the HTML fixtures and their
 * expected CSVs; sources in src/test/resources/ingest/README.md), with problems naming the source line.
 */
class WikitextAndMarkdownTest {
    @TempDir
    Path dir;

    private IngestReport ingest(String file, String db, IngestSettings settings) {
        try (PollStore store = PollStore.open(dir.resolve(db))) {
            return ingester().ingest(file, store, settings);
        }
    }

    /** Every poll of {@code election} in {@code db}: what it says and the citation it gives. */
    private List<String> polls(String db, String election) {
        try (PollStore store = PollStore.open(dir.resolve(db))) {
            return store.polls(PollQuery.of(election)).stream()
                    .map(StoredPoll::poll)
                    .map(p -> p.key() + " " + p.publishedAs() + " " + p.fieldworkStart() + " " + p.sampleSize() + " "
                            + p.datePrecision() + " " + p.citation() + " " + p.shares())
                    .sorted()
                    .toList();
        }
    }

    private static long expectedPolls(String page) throws IOException {
        return Files.readAllLines(Path.of(fixture(page + ".expected.csv"))).size() - 1L;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"wikipedia-london-2021, london-2021", "wikipedia-london-2016, london-2016"})
    void aPagesWikitextGivesThePollsOfItsRenderedPage(String page, String election) throws IOException {
        // No --election: the infobox's election_name titles the page, as the rendered page's title does.
        IngestReport wiki = ingest(fixture(page + ".wiki"), "wiki.db", IngestSettings.withDefaults());
        assertThat(wiki.format()).isEqualTo(PollFormat.WIKITEXT);
        assertThat(wiki.rejected()).isEmpty();
        ingest(fixture(page + ".html"), "html.db", IngestSettings.withDefaults());
        List<String> fromWiki = polls("wiki.db", election);
        assertThat(fromWiki).hasSize((int) expectedPolls(page));
        assertThat(fromWiki).isEqualTo(polls("html.db", election));
    }

    @Test
    void eachPollFromWikitextNamesTheSourceLineOfItsRow() throws IOException {
        String file = fixture("wikipedia-london-2021.wiki");
        ingest(file, "wiki.db", IngestSettings.withDefaults());
        List<String> lines = Files.readAllLines(Path.of(file));
        try (PollStore store = PollStore.open(dir.resolve("wiki.db"))) {
            List<StoredPoll> polls = store.polls(PollQuery.of("london-2021"));
            assertThat(polls).isNotEmpty();
            for (StoredPoll sp : polls) {
                int line = Integer.parseInt(sp.provenance().location());
                assertThat(lines.get(line - 1)).as("line %d", line).startsWith("|");
                assertThat(lines.get(line - 2)).as("line %d", line - 1).isEqualTo("|-");
            }
        }
    }

    @Test
    void aBadCellIsNamedByItsSourceLineAndColumn() throws IOException {
        String text = Files.readString(Path.of(fixture("wikipedia-london-2021.wiki")));
        // The row is named by the line it starts on (its first cell's), three lines above the bad cell here.
        String before = text.substring(0, text.indexOf("'''43%'''"));
        int line = before.substring(0, before.lastIndexOf("\n|-\n") + 4).split("\n", -1).length;
        Path file = dir.resolve("bad.wiki");
        Files.writeString(file, text.replace("'''43%'''", "'''4x3%'''"));
        assertThatThrownBy(() -> ingest(file.toString(), "bad.db", IngestSettings.withDefaults()))
                .isInstanceOf(BadInputException.class)
                .extracting(e -> e.getMessage() + "\n" + String.join("\n", ((BadInputException) e).details()))
                .asString()
                .contains(file + ":" + line + ": field 'Khan Lab': share for 'khan' is '4x3%'");
    }

    @Test
    void aTableWithoutItsClosingLineIsRefusedNamingWhereItStarts() throws IOException {
        String text = Files.readString(Path.of(fixture("wikipedia-london-2021.wiki")));
        String cut = text.substring(0, text.indexOf("| 1,141"));
        int start = cut.substring(0, cut.indexOf("{| class=\"wikitable")).split("\n", -1).length;
        Path file = dir.resolve("cut.wiki");
        Files.writeString(file, cut);
        assertThatThrownBy(() -> ingest(file.toString(), "cut.db", IngestSettings.withDefaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(file + ":" + start + ": the table that starts on this line has no closing '|}'");
    }

    /**
     * A section's row of one cell just under a table's header ("Second round") is no group's names that a copy moved
     * (MarkdownPage.movedGroupNames, for a joint list's parts): taken for them, it was dropped, and the run-off poll
     * under it stored as first preferences (review).
     */
    @Test
    void aSectionRowUnderTheHeaderIsNoGroupsNames() throws IOException {
        Path file = dir.resolve("sections.md");
        Files.writeString(file, """
                ## Opinion polling

                | Pollster | Fieldwork date | Sample size | Sadiq Khan | Shaun Bailey | Siân Berry | Luisa Porritt | Others |
                |---|---|---|---|---|---|---|---|
                | Second round |
                | YouGov | 1–3 Apr 2021 | 1,000 | 61% | 39% | – | – | – |
                | First round |
                | YouGov | 1–3 Apr 2021 | 1,000 | 48% | 29% | 8% | 6% | 9% |
                """);
        ingest(file.toString(), "s.db", IngestSettings.withDefaults().withElection(CATALOG.resolve("london-2021")));
        assertThat(polls("s.db", "london-2021"))
                .hasSize(2)
                .anyMatch(p -> p.contains(" mayor runoff ") && p.contains("{khan=61.0, bailey=39.0}"))
                .anyMatch(p -> p.contains(" mayor first_pref ") && p.contains("khan=48.0"));
    }

    private static final IngestSettings LONDON_2021 =
            IngestSettings.withDefaults().withElection(CATALOG.resolve("london-2021"));

    /** A Markdown table of London 2021's candidates with {@code rows} under its header, written as {@code name}.md. */
    private Path averageTable(String name, String rows) throws IOException {
        Path file = dir.resolve(name + ".md");
        Files.writeString(file, """
                ## Opinion polling

                Pollster | Fieldwork date | Sample size | Sadiq Khan | Shaun Bailey | Siân Berry | Luisa Porritt | Others |
                ---|---|---|---|---|---|---|---|
                """ + rows);
        return file;
    }

    /** The polls {@link #averageTable} of {@code rows} stores. */
    private List<String> pollsOfAverageTable(String name, String rows) throws IOException {
        ingest(averageTable(name, rows).toString(), name + ".db", LONDON_2021);
        return polls(name + ".db", "london-2021");
    }

    /**
     * Electoral Calculus's 2019 table as the store copies it (britain kit of the corpus): each poll row lost its empty
     * UKIP cell, so its figures end a column early, while the AVERAGE row fills every column. Read in order, each
     * Green figure was UKIP's and each Brexit figure the Greens'. The table's own average says the rows are shifted,
     * so they are refused, named by line and column; the same rows with their gap kept, rows that end early with no
     * average over them (a party not asked), and rows under an average that works out the rest of 100 for itself, are
     * read.
     */
    @Test
    void pollRowsEndingAColumnBeforeTheirAverageRowAreRefused() throws IOException {
        Path shifted = averageTable("shifted", """
                YouGov | 1–3 Apr 2021 | 1,000 | 48 | 29 | 8 | 9 | |
                Opinium | 2–6 Apr 2021 | 1,000 | 50 | 27 | 9 | 7 | |
                AVERAGE | 1–6 Apr 2021 | 2,000 | 49 | 28 | 8.5 | 0.0 | 7.0
                """);
        assertThatThrownBy(() -> ingest(shifted.toString(), "shifted.db", LONDON_2021))
                .isInstanceOf(BadInputException.class)
                .extracting(e -> String.join("\n", ((BadInputException) e).details()))
                .asString()
                .contains(shifted + ":5: field 'Others': the table's 'AVERAGE' row has a figure under 'Others' (7.0),"
                        + " where no poll row of the table has one")
                .contains(shifted + ":6: field 'Others'")
                .doesNotContain(shifted + ":7:");

        assertThat(pollsOfAverageTable("kept", """
                        YouGov | 1–3 Apr 2021 | 1,000 | 48 | 29 | 8 | | 9 |
                        Opinium | 2–6 Apr 2021 | 1,000 | 50 | 27 | 9 | | 7 |
                        AVERAGE | 1–6 Apr 2021 | 2,000 | 49 | 28 | 8.5 | 0.0 | 7.0
                        """)).hasSize(2).allMatch(p -> p.contains("berry="));

        assertThat(pollsOfAverageTable("no-average", """
                        YouGov | 1–3 Apr 2021 | 1,000 | 48 | 29 | 8 | 9 | |
                        Opinium | 2–6 Apr 2021 | 1,000 | 50 | 27 | 9 | 7 | |
                        """)).hasSize(2).anyMatch(p -> p.contains("porritt=9.0"));

        // An aggregator's line that works out the rest for itself (49 + 28 + 8.5 + 8.0 + 6.5 = 100) fills a column its
        // polls leave blank without any cell lost: read as before.
        assertThat(pollsOfAverageTable("remainder", """
                        YouGov | 1–3 Apr 2021 | 1,000 | 48 | 29 | 8 | 9 | |
                        Opinium | 2–6 Apr 2021 | 1,000 | 50 | 27 | 9 | 7 | |
                        AVERAGE | 1–6 Apr 2021 | 2,000 | 49 | 28 | 8.5 | 8.0 | 6.5
                        """)).hasSize(2).anyMatch(p -> p.contains("porritt=7.0"));
    }

    /**
     * Tables copied one cell a line (review of the Czech trial's reading): a month's name starts a row only as the whole
     * word or its abbreviation, so a firm named "Novus" after the date column does not cut each row after its date; and
     * rows narrower than the header are read at their own width only where the names they leave without a cell are a
     * coalition's member parties, never a Lead or an Others column (each row's lead was stored as its others).
     */
    @Test
    void oneCellALineTablesKeepTheirColumns() throws IOException {
        Path novus = dir.resolve("novus.txt");
        Files.writeString(novus, """
                London mayoral election 2024 opinion polls

                Dates
                Pollster
                Khan
                Hall
                Blackie
                Lead
                10–14 Apr 2024
                Novus
                45
                25
                9
                20
                8–12 Apr 2024
                YouGov
                46
                24
                10
                22
                1–5 Apr 2024
                Savanta
                44
                26
                9
                18
                """);
        ingest(
                novus.toString(),
                "novus.db",
                IngestSettings.withDefaults()
                        .withAcceptNewPollsters(true)
                        .withElection(CATALOG.resolve("london-2024")));
        assertThat(polls("novus.db", "london-2024")).hasSize(3).anyMatch(p -> p.contains("Novus"));

        Path blanks = dir.resolve("blanks.txt");
        Files.writeString(blanks, """
                London mayoral election 2024 opinion polls

                Polling firm
                Fieldwork date
                Sample size
                Khan
                Hall
                Blackie
                Others
                Lead
                YouGov
                10–14 Apr 2024
                1,000
                45
                25
                9
                20
                Savanta
                8–12 Apr 2024
                1,100
                46
                24
                10
                22
                Opinium
                1–5 Apr 2024
                1,050
                44
                26
                9
                18
                Redfield
                25–28 Mar 2024
                1,200
                43
                27
                10
                16
                Survation
                20–22 Mar 2024
                1,020
                47
                23
                11
                8
                24
                """);
        try {
            ingest(
                    blanks.toString(),
                    "blanks.db",
                    IngestSettings.withDefaults()
                            .withAcceptNewPollsters(true)
                            .withElection(CATALOG.resolve("london-2024")));
        } catch (org.pollcast.BadInputException refused) {
            assertThat(refused.getMessage()).contains("blanks.txt:");
        }
        assertThat(polls("blanks.db", "london-2024")).noneMatch(p -> p.contains("other=20.0"));
    }

    @Test
    void aTemplateThatWritesRowsIsRefusedClearly() throws IOException {
        Path file = dir.resolve("rows.wiki");
        Files.writeString(file, """
                == Opinion polling ==
                {| class="wikitable"
                ! Pollster !! Fieldwork date !! Khan !! Hall
                |-
                {{Opinion poll row|YouGov|25–29 Apr 2024|47|25}}
                |}
                """);
        assertThatThrownBy(() -> ingest(
                        file.toString(),
                        "rows.db",
                        IngestSettings.withDefaults().withElection(CATALOG.resolve("london-2024"))))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(file + ":5: {{Opinion poll row|YouGov")
                .hasMessageContaining("a template pollcast cannot expand");
    }

    @Test
    void wikitextMarkupAndTemplatesAreReadAsTheWikiRendersThem() throws IOException {
        // YouGov/Mile End Institute 2–7 Feb 2024 and Savanta/Centre for London 8–12 Mar 2024 (wikipedia-london-2024).
        Path file = dir.resolve("markup.wiki");
        Files.writeString(file, """
                <!-- a comment
                over lines -->
                === Polls ===
                {| class="wikitable sortable"
                |+ Mayoral voting intention
                ! Pollster !! Client !! Dates<br />conducted !! Sample<br />size !! [[Sadiq Khan|Khan]] !! [[Susan Hall (politician)|Hall]]
                |-
                | [https://example.org/yougov YouGov]<ref name=yg>{{cite web|url=https://example.org/yg.pdf|title=Poll}}</ref> || [[Mile End Institute]] || {{opdrts|2|7|Feb|2024|year}} || &ndash; || {{Party shading/Labour}} | '''49%''' || 24%
                |-
                | Savanta<ref>[https://example.org/savanta Savanta poll]</ref>{{efn|Online panel}} || Centre for London
                |{{nowrap|8–12 Mar 2024}}
                | style="text-align:right" | 1,510 || '''51%''' || 27%
                |}
                """);
        IngestReport r = ingest(
                file.toString(), "m.db", IngestSettings.withDefaults().withElection(CATALOG.resolve("london-2024")));
        assertThat(r.format()).isEqualTo(PollFormat.WIKITEXT);
        assertThat(polls("m.db", "london-2024"))
                .containsExactly(
                        "ComRes/Centre for London 2024-03-12 mayor first_pref Savanta 2024-03-08 1510 EXACT"
                                + " https://example.org/savanta {khan=51.0, hall=27.0}",
                        "YouGov/Mile End Institute 2024-02-07 mayor first_pref YouGov 2024-02-02 null EXACT"
                                + " https://example.org/yougov {khan=49.0, hall=24.0}");
    }

    @Test
    void aMarkdownTableGivesThePollsOfTheTableItWasCopiedFrom() {
        IngestReport md = ingest(fixture("wikipedia-london-2024.md"), "md.db", IngestSettings.withDefaults());
        assertThat(md.format()).isEqualTo(PollFormat.MARKDOWN);
        ingest(fixture("wikipedia-london-2024.html"), "html.db", IngestSettings.withDefaults());
        List<String> fromMarkdown = polls("md.db", "london-2024");
        assertThat(fromMarkdown).hasSize(6);
        // The copy keeps no link: the polls are the page's but for their citations.
        assertThat(fromMarkdown)
                .isEqualTo(polls("html.db", "london-2024").stream()
                        .map(p -> p.replaceAll(" https?://\\S+ \\{", " null {"))
                        .toList());
    }

    @Test
    void aMarkdownRowsProblemNamesItsLine() throws IOException {
        Path file = dir.resolve("bad.md");
        Files.writeString(file, """
                ## Opinion polling

                | Pollster | Dates conducted | Khan | Hall |
                |---|---|---:|---:|
                | [YouGov](https://example.org/yg) | 2–7 Feb 2024 | **49%** | 24% |
                | Savanta | 8–12 Mar 2024 | 5l% | 27% |
                """);
        assertThatThrownBy(() -> ingest(
                        file.toString(),
                        "bad.db",
                        IngestSettings.withDefaults().withElection(CATALOG.resolve("london-2024"))))
                .isInstanceOf(BadInputException.class)
                .extracting(e -> e.getMessage() + "\n" + String.join("\n", ((BadInputException) e).details()))
                .asString()
                .contains(file + ":6: field 'Khan'");
    }

    @Test
    void bothFormsAreToldFromTheOthersByContent() {
        assertThat(PollFormat.detect("{{Short description|x}}\n== Polls ==\n")).isEqualTo(PollFormat.WIKITEXT);
        assertThat(PollFormat.detect("<!-- c -->\n{| class=\"wikitable\"\n|-\n| a\n|}\n"))
                .isEqualTo(PollFormat.WIKITEXT);
        assertThat(PollFormat.detect("## Polls\n\n| Pollster | Khan |\n|---|---|\n| YouGov | 49 |\n"))
                .isEqualTo(PollFormat.MARKDOWN);
        assertThat(PollFormat.detect("pollster,fieldwork_end,khan\nYouGov,2024-02-07,49\n"))
                .isEqualTo(PollFormat.WIDE_CSV);
        assertThat(PollFormat.detect("<html><body><table class=\"wikitable\"></table>"))
                .isEqualTo(PollFormat.HTML);
    }
}
