package org.pollcast.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The layouts the ingester reads, detected by content or forced with {@code --format}. */
public enum PollFormat {
    /** One row per poll and option: {@code pollster,...,candidate_or_party,share}. */
    LONG_CSV("long-csv"),
    /** One row per poll, one column per candidate or party. */
    WIDE_CSV("wide-csv"),
    /** Encyclopedia-style poll tables ({@code table.wikitable}) in an HTML page. */
    HTML("html"),
    /**
     * A pollster's own results tables (YouGov's "Survey Results" layout), as text or as the PDF itself: see {@link
     * PollsterTablesReader}.
     */
    POLLSTER_TABLES("pollster-tables"),
    /**
     * An encyclopedia page's source text (wikitext: {@code {| class="wikitable"} tables, {@code == headings ==},
     * templates), rebuilt as the page the wiki renders and read as {@link #HTML}: see {@link WikitextPage}.
     */
    WIKITEXT("wikitext"),
    /** Markdown pipe tables under {@code ##} headings, read as {@link #HTML}: see {@link MarkdownPage}. */
    MARKDOWN("markdown"),
    /**
     * A pollster's release page about one survey, its figures a list of lines ("Sadiq Khan (Labour) 48%"), as HTML or
     * text: see {@link ReleasePageReader}.
     */
    RELEASE_PAGE("release-page"),
    /**
     * A poll aggregator's page about one poll (politpro.eu's): each party's short name, share and change on lines of
     * their own over a "Firm – N respondents – dd.mm.yyyy-dd.mm.yyyy" line: see {@link PollCardReader}.
     */
    POLL_CARD("poll-card"),

    /**
     * An aggregator's page about one poll: a title "Opinion Poll by FIRM for CLIENT, DATES" over a table of the parties
     * in rows with a "Poll Result" column: see {@link OpinionPollPageReader}.
     */
    POLL_PAGE("poll-page"),

    /**
     * A poll aggregator's posts, one per question of a poll ("#Romania, Sociopol poll:" over "Simion (AUR-ECR): 37%"
     * lines and a "Fieldwork:" line), as Europe Elects prints them, many to a page: see {@link PollPostReader}.
     */
    POLL_POSTS("poll-posts"),

    /**
     * An aggregator's page about one poll with its figures on one summary line ("PP 47,6% (66/70) | VOX 9,0% (12/13)"),
     * the firm's name ("realizada por FIRM para CLIENT") and a "Periodo de campo:" line, as Electográfica prints each
     * Spanish poll: see {@link PollSummaryReader}.
     */
    POLL_SUMMARY("poll-summary"),

    /**
     * A polling site's table of polls saved as text, its cells parted by single spaces ("NPR/PBS/Marist 11/04/2024
     * 1,297 LV ±3.5% 51% 47% 2%" under "Source Date Sample Harris Trump Other"), read as {@link #HTML}: see {@link
     * SpacedTable}.
     */
    TEXT_TABLE("text-table");

    private final String code;

    PollFormat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<PollFormat> fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }

    /**
     * A page about one survey or a few (a release, a card, a post, a summary), not a table or a file of many: its polls
     * are looked for among those stored before as reports of them ({@link ReportedSurveys}).
     */
    boolean reportsFewPolls() {
        return this == RELEASE_PAGE
                || this == POLL_CARD
                || this == POLL_PAGE
                || this == POLL_POSTS
                || this == POLL_SUMMARY;
    }

    /** Whether the format is a page of poll tables, read by {@link HtmlPollTableReader}, whatever its markup. */
    boolean isPage() {
        return this == HTML || this == WIKITEXT || this == MARKDOWN || this == TEXT_TABLE;
    }

    /**
     * A wiki table's opening line, "{|" (with its attributes, perhaps indented ":{|"), or a wiki page's opening: an infobox or another
     * template, a "== Heading ==" line. No CSV's first line starts so.
     */
    private static final java.util.regex.Pattern WIKITEXT_TABLE =
            java.util.regex.Pattern.compile("(?m)^[ \\t:]*\\{\\|");

    private static final java.util.regex.Pattern WIKITEXT_HEADING =
            java.util.regex.Pattern.compile("(?m)^==+[^=\\n]+==+[ \\t]*$");

    /** Whether {@code text} holds a wiki table's opening line, not only a wiki heading. */
    static boolean hasWikiTable(String text) {
        return WIKITEXT_TABLE.matcher(text).find() || text.stripLeading().startsWith("{{");
    }

    /**
     * HTML when the text looks like markup; wikitext when it has a wiki table or heading or opens with a template;
     * Markdown when it has a pipe table; a pollster's tables when it has their title, sample and fieldwork lines;
     * long CSV when the header has an option or a share column.
     */
    static PollFormat detect(String text) {
        String head = text.stripLeading();
        String lower = head.substring(0, Math.min(head.length(), 4096)).toLowerCase(Locale.ROOT);
        if (lower.contains("<table") || lower.contains("<html") || lower.startsWith("<!doctype")) {
            return HTML;
        }
        if (PollsterTablesReader.looksLike(lower) || head.startsWith("%PDF-")) {
            return POLLSTER_TABLES;
        }
        // Wikitext before the markup test: a page's source may open with a comment or a <noinclude>.
        // A wiki heading alone does not make a page wikitext: stored text copies of encyclopedia pages keep
        // "==Vote share==" above the table printed as pipe rows, which only the Markdown reader reads.
        if (WIKITEXT_TABLE.matcher(head).find() || head.startsWith("{{")) {
            return WIKITEXT;
        }
        // Asked once: on a long page it is a scan of every line.
        boolean pipeTable = MarkdownPage.hasTable(head);
        if (WIKITEXT_HEADING.matcher(head).find() && !pipeTable) {
            return WIKITEXT;
        }
        if (lower.startsWith("<")) {
            return HTML;
        }
        if (pipeTable) {
            return MARKDOWN;
        }
        String firstLine = head.lines().findFirst().orElse("");
        boolean hasOption = false;
        boolean hasShare = false;
        for (String column : firstLine.split("[,;\t]")) {
            String field = Columns.field(column.replace("\"", "")).orElse("");
            hasOption |= field.equals("option");
            hasShare |= field.equals("share");
        }
        // An option-name column means one row per option, even when the share column is missing (which the
        // long reader then reports) rather than misreading the file as wide.
        return hasOption || hasShare ? LONG_CSV : WIDE_CSV;
    }
}
