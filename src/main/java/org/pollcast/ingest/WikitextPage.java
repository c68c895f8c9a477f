package org.pollcast.ingest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An encyclopedia page's source (wikitext: what "Edit source" shows, or the page's address with {@code
 * ?action=raw}) rebuilt as the HTML page the wiki renders from it, so that {@link HtmlPollTableReader} reads its poll
 * tables by every rule it has for a saved page: titles and headings, run-off lines, result rows, footnotes, dates.
 * Templates are expanded by {@link WikitextTemplates}, tables laid out by {@link WikitextTables}; each table row
 * keeps its source line, which problems name.
 *
 * <p>The page's title, which names the election ("2021 London mayoral election"), is not in its source: it is taken
 * from the election infobox's {@code election_name}, else from the page's address ({@code title=...} or {@code
 * /wiki/...}), else from the file's name when that names an election.
 */
final class WikitextPage {
    /** "...index.php?title=2021_London_mayoral_election&action=raw", "/wiki/2021_London_mayoral_election?action=raw". */
    private static final Pattern ADDRESS_TITLE = Pattern.compile("[?&]title=([^&#]+)|/wiki/([^?#]+)");

    private static final Pattern ELECTION = Pattern.compile("(?i)\\belection\\b");

    private WikitextPage() {}

    /** The HTML of the page whose source {@code doc} is. */
    static String html(SourceDocument doc) {
        String source = doc.text(HtmlPollTableReader.MAX_PAGE_CHARS);
        WikitextExpansion.Result expanded = WikitextExpansion.of(doc.name(), source);
        String title = expanded.title() != null ? expanded.title() : titleOfName(doc.name());
        return WikitextTables.html(doc.name(), expanded, title);
    }

    /** The page title an address or a file name gives, or null. */
    static String titleOfName(String name) {
        Matcher m = ADDRESS_TITLE.matcher(name);
        String title;
        if (SourceDocument.isUrl(name) && m.find()) {
            title = m.group(1) != null ? m.group(1) : m.group(2);
        } else {
            String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
            int dot = file.lastIndexOf('.');
            title = dot > 0 ? file.substring(0, dot) : file;
        }
        try {
            title = URLDecoder.decode(title.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // an address with a stray "%": its title as written
        }
        title = title.replace('_', ' ').strip();
        return ELECTION.matcher(title).find() ? title : null;
    }
}
