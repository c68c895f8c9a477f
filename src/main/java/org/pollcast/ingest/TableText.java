package org.pollcast.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a published poll table's cells, however it reached pollcast: a saved page, or the same table copied
 * into a spreadsheet and saved as CSV, which keeps what the page printed. Footnote markers ({@code Savanta[2]},
 * {@code 1,034[a]}) are not part of the value, and the election's own result, printed among the polls for
 * comparison, is no poll.
 */
final class TableText {
    /**
     * The encyclopedia's inline tags on a cell's claim, as its rendered copies print them: "[citation needed]",
     * "[better source needed]" (wikimili spaces them, "[ better source needed ]"). The 2022 Swedish table tags a dozen
     * of its final polls' firms so: kept, "Sifo[better source needed]" was a firm of its own beside Sifo, splitting its
     * house effect and its record.
     */
    private static final String EDITORS_TAGS = "citation needed|better source needed|failed verification|verification"
            + " needed|unreliable source\\??|dubious(?: [–-] discuss)?|clarification needed|self-published source"
            + "|non-primary source needed|according to whom\\?|who\\?|when\\?";
    /**
     * A footnote marker: {@code [a]}, {@code [12]}, {@code [note 3]}, {@code [citation needed]}, or a marker of a named
     * group of notes ({@code [s 1]}, as the Senedd's 2026 table cites Survation's poll for Reform UK: kept, the pollster
     * was "Survation[s 1]", a firm of its own). A mirror's copy of a page (wikimili, the IPFS copy) prints the
     * encyclopedia's lettered notes by their list style, {@code [lower-alpha 1]}: kept, the 2020 Polish table's
     * "Others" cells ({@code 1.6% [lower-alpha 1]}) were refused as no number.
     */
    private static final Pattern FOOTNOTE = Pattern.compile(
            "\\[ ?(?:[a-z]{1,3}|\\d{1,3}|[a-z]{1,3} \\d{1,3}|note \\d+|nb \\d+|(?:lower|upper)-(?:alpha|roman|greek) \\d{1,3}"
                    + "|" + EDITORS_TAGS + ") ?\\]",
            Pattern.CASE_INSENSITIVE);
    /**
     * An inline tag whose opening bracket the copy lost with the footnote before it ("Sifo better source needed ]", as
     * findatwiki breaks a tagged firm's cell over lines).
     */
    private static final Pattern OPEN_TAG =
            Pattern.compile("\\s+(?:" + EDITORS_TAGS + ") ?\\]", Pattern.CASE_INSENSITIVE);
    /**
     * What an encyclopedia prints after a source link it has archived or found dead: "TNS Archived 1 October 2017 at
     * the Wayback Machine" (the 2016 Scottish Parliament polls' pollster cells), "[permanent dead link]", "[dead
     * link]". No part of the cell's value: kept, the pollster was refused as unknown ("TNS Archived ...").
     */
    /**
     * The words of a section's edit link: the encyclopedia's "edit", and "tweak" as a mirror that swaps words for others
     * ("inner" for "In", "nah" for "NO") prints it (the Serbian trial's 2023 table was refused as having no pollster
     * column). MarkdownPage and HtmlColumns read the link by them too.
     */
    static final String EDIT_WORDS = "edit|tweak";

    /** A section's edit link in its brackets: "[edit]", "[ edit ]", "[ tweak]". */
    static final String EDIT_LINK = "\\[\\s*(?:" + EDIT_WORDS + ")\\s*\\]";

    private static final Pattern LINK_NOTE = Pattern.compile(
            "\\s*\\barchived\\b[\\w ,.-]{0,30}?\\bat (?:the )?(?:wayback machine|archive\\.(?:today|is|ph)|archive-it)\\b"
                    + "|\\s*\\[(?:permanent )?dead link\\]"
                    // A section's edit link, which a mirror's text copy glues to the heading or cell after it.
                    + "|" + EDIT_LINK,
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A year in a divider row: from 1950, when polls began to be published, to 2099. */
    private static final Pattern DIVIDER_YEAR = Pattern.compile("\\b(19[5-9]\\d|20\\d{2})\\b");

    private static final Pattern NOT_LETTER = Pattern.compile("[^A-Za-z]");
    /**
     * A label of the result row: "Election results", "2024 election", "2021 mayoral election", "2025 by-election",
     * "Result". Read from the pollster or the date cell, where the row puts it. A survey named for elections is a
     * pollster, not a result: the Welsh Election Study, the British Election Study, an election panel. A hyphen only as
     * a by-election's: without it a by-election article's "2025 by-election" row was read as a poll and refused, and any
     * hyphen took "Ipsos pre-election poll" for a result (review). The plural too, as the Peruvian tables label the
     * row ("2016 general elections"): before, it was stored as a poll by a firm of that name. A round alone, as the
     * Portuguese presidential tables label each round's count ("First round", "Second round" over the run-off polls):
     * read as a pollster, the count was stored as a poll by a firm "First round" and averaged with the real ones.
     */
    private static final Pattern RESULT_LABEL = Pattern.compile(
            "(?i).*\\bresults?\\b.*|^(\\d{4}\\s+)?[\\w\\s]*\\b(by-)?elections?\\b(?!\\s+(stud(y|ies)|survey|panel)\\b).*"
                    + "|^(\\d{4}\\s+)?(first|second|1st|2nd)\\s+round$|^run-?off$");

    /** A date cell that names an exit poll instead of its dates ("Exit Poll", "Exit polls"). */
    private static final Pattern EXIT_POLL_LABEL = Pattern.compile("(?i)\\s*exit[\\s-]*polls?\\s*");

    /**
     * A table's date cell that names an exit poll beside its date: "23 March 2024 (Exit Poll)" (the Slovak table's,
     * which refused the page as no date). Only of a cell known to be the date's: a one-cell-a-line copy's firm cell
     * "LTV/SKDS[1] (exit poll)" is no date (review).
     */
    private static final Pattern EXIT_POLL_DATE =
            Pattern.compile("(?i)\\s*\\d.*[\\s(\\[]exit[\\s-]*polls?\\s*[)\\]]?\\s*");

    private TableText() {}

    /**
     * A pollster cell that labels its row election night's exit poll: "EXIT POLL: IPSOS 21:00 UTC+2", "Exit poll
     * (Ipsos)", and the "LATE POLL: IPSOS LATE POLL" that updates it later that night (the 2020 Polish table); or
     * after the firm in a bracket, "LTV/SKDS (exit poll)", as the Latvian table of 2022 prints it at the top, dated
     * polling day: stored, it was a poll by a firm "LTV" for "SKDS (exit poll)".
     */
    private static final Pattern EXIT_POLL_POLLSTER = Pattern.compile(
            "(?i)\\s*(?:exit|late)[\\s-]*polls?\\b(?:\\s*[:(\\-–].*)?|.*\\(\\s*(?:exit|late)[\\s-]*polls?\\s*\\)\\s*");

    /** True when a pollster cell labels its row an exit poll, by its first words ("EXIT POLL: IPSOS"). */
    static boolean isExitPollPollster(String cell) {
        return cell != null && EXIT_POLL_POLLSTER.matcher(cell).matches();
    }

    /** True when a date cell reads as an exit poll's label, not fieldwork dates: a row to skip, as a result row is. */
    static boolean isExitPollLabel(String cell) {
        return EXIT_POLL_LABEL.matcher(cell).matches();
    }

    /** True when a date column's cell is an exit poll's, its label in place of its dates or beside them. */
    static boolean isExitPollDate(String cell) {
        return isExitPollLabel(cell) || EXIT_POLL_DATE.matcher(cell).matches();
    }

    /** {@code text} without footnote markers, archive and dead-link notes, non-breaking spaces and runs of spaces. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        if (plain(text) && !text.contains("rchived ")) {
            return text.trim(); // most cells of a CSV: no marker, no odd space; a streamed file cleans every one
        }
        String t = text.replace('\u00a0', ' ');
        t = LINK_NOTE.matcher(t).replaceAll("");
        t = FOOTNOTE.matcher(t).replaceAll("");
        t = OPEN_TAG.matcher(t).replaceAll("");
        return SPACES.matcher(t).replaceAll(" ").trim();
    }

    /** True when {@code text} has no footnote bracket, no space but single plain spaces: nothing to clean inside. */
    private static boolean plain(String text) {
        char previous = 'x';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '['
                    || c == ']'
                    || (Character.isWhitespace(c) && (c != ' ' || previous == ' '))
                    || Character.isSpaceChar(c) && c != ' ') {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /**
     * The year a row of one cell across the table gives the polls below it ("2016", "2016 polls"), or null for a note.
     * A year with a few words is still a divider; a sentence that mentions a year ("Polls after Goldsmith's selection
     * in 2015") is a note: fewer than 12 letters besides the year.
     */
    static Integer dividerYear(String cell) {
        Matcher y = DIVIDER_YEAR.matcher(cell);
        return y.find() && NOT_LETTER.matcher(cell).replaceAll("").length() < 12 ? Integer.valueOf(y.group(1)) : null;
    }

    /** A share printed as a range, low to high: "30–35", "9.2–12.4", "0.0-1.7". */
    private static final Pattern RANGE = Pattern.compile("\\d+(?:\\.\\d+)?\\s*[\u2013\u2014-]\\s*\\d+(?:\\.\\d+)?%?");

    /** True when a share cell is a range (an exit poll's or projection's), not one figure. */
    static boolean isRange(String cell) {
        return RANGE.matcher(clean(cell)).matches();
    }

    /** True when a pollster or date cell says its row is the election's result, not a poll. */
    static boolean isResultLabel(String cell) {
        return RESULT_LABEL.matcher(cell).matches();
    }
}
