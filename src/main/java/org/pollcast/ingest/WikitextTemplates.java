package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the templates of poll tables and their pages stand for, written out as the wiki renders them, so far as the
 * poll reader needs: text wrappers ({@code {{nowrap|2–4 May 2016}}}) give their text; cell templates give the
 * cell's attributes and text ({@code {{opdrts|26|30|Apr|2024|year}}}: {@code data-sort-value=...|26–30 Apr 2024};
 * {@code {{N/A}}}); colour templates ({@code {{Party shading/Labour}}}) give a style; notes ({@code {{efn|...}}})
 * and icons ({@code {{flagicon|UK}}}) give nothing, citations ({@code {{cite web|url=...}}}) a link the row's citation is read from, and the election
 * infobox the page's title ({@code election_name}).
 *
 * <p>A template it does not know is read by its shape: with no parameter (navigation boxes, layout switches) it
 * gives nothing; with one unnamed parameter it gives that parameter's text, as wrappers do; with more, its source text
 * is kept as text, so a table cell made by it shows the template and the reader refuses that cell by name rather than
 * read a figure the template would have written elsewhere. A line of a table that such a template writes is refused
 * by {@link WikitextTables}.
 */
final class WikitextTemplates {
    /** Templates that give their first unnamed parameter's text. */
    private static final Set<String> WRAPPERS = Set.of(
            "nowrap",
            "nobr",
            "small",
            "big",
            "center",
            "centre",
            "nobold",
            "noitalic",
            "larger",
            "smaller",
            "strong",
            "em",
            "abbr",
            "tooltip",
            "abbrlink",
            "lang-en",
            "nobreak",
            "smallcaps",
            "nts",
            "ntsh0",
            "no wrap",
            "middot");
    /** Templates that give nothing a poll reader needs: notes, maintenance tags, archive notes. */
    private static final Set<String> NOTES = Set.of(
            "efn",
            "efn-ua",
            "efn-lr",
            "efn-la",
            "efn-lg",
            "notetag",
            "refn",
            "sfn",
            "sfnp",
            "harvnb",
            "cn",
            "citation needed",
            "fact",
            "better source needed",
            "dead link",
            "webarchive",
            "cbignore",
            "update after",
            "when",
            "clarify",
            "failed verification",
            "verify source",
            "ntsh",
            "sortkey",
            "anchor",
            "clear",
            "reflist",
            "notelist",
            "notelist-ua",
            "short description");

    /**
     * Icons: a flag, a colour swatch, an arrow. They print no text, and their parameter (a country's code, a colour)
     * is none of the cell's: read as a wrapper's, {@code {{flagicon|UK}} [[YouGov]]} was a new house, "UK YouGov".
     */
    private static final Set<String> ICONS = Set.of(
            "flagicon",
            "flag icon",
            "flagicon image",
            "flagdeco",
            "flag deco",
            "color box",
            "colour box",
            "colorbox",
            "colourbox",
            "party color box",
            "party colour box",
            "increase",
            "decrease",
            "steady",
            "nochange",
            "no change",
            "profit",
            "loss");

    private static final Set<String> CITATIONS = Set.of(
            "cite web",
            "cite news",
            "cite journal",
            "cite report",
            "cite press release",
            "cite book",
            "cite",
            "citation",
            "cite tweet",
            "cite magazine");
    private static final Set<String> NOT_ASKED = Set.of("n/a", "na", "n.a.");

    private final WikitextExpansion expansion;
    private String title;

    WikitextTemplates(WikitextExpansion expansion) {
        this.expansion = expansion;
    }

    /** The page's title as its election infobox or a DISPLAYTITLE gives it, or null. */
    String title() {
        return title;
    }

    /**
     * The expansion of the template whose text between the braces is {@code inner} ({@code source} with them), at
     * nesting depth {@code depth}.
     */
    String expand(String inner, int depth, String source) {
        List<String> parts = WikiBars.parameters(inner);
        String rawName = expansion.expand(parts.get(0), depth).strip();
        String name = normal(rawName);
        List<String> positional = new ArrayList<>();
        Map<String, String> named = new LinkedHashMap<>();
        for (String part : parts.subList(1, parts.size())) {
            int eq = topLevelEquals(part);
            if (eq >= 0) {
                named.put(part.substring(0, eq).strip().toLowerCase(Locale.ROOT), part.substring(eq + 1));
            } else {
                positional.add(part);
            }
        }
        if (name.startsWith("displaytitle:")) {
            title = plain(rawName.substring(rawName.indexOf(':') + 1));
            return "";
        }
        if (name.startsWith("#tag:ref")) {
            String content = positional.isEmpty() ? "" : expansion.expand(positional.get(0), depth);
            String key = named.containsKey("name") ? expansion.expand(named.get("name"), depth) : null;
            return expansion.note(key, content);
        }
        if (name.startsWith("infobox")) {
            if (named.containsKey("election_name") && title == null) {
                title = plain(expansion.expand(named.get("election_name"), depth));
            }
            return "";
        }
        switch (name) {
            case "!" -> {
                return "|";
            }
            case "!!" -> {
                return "||";
            }
            case "=" -> {
                return "=";
            }
            case "ndash", "snd", "spnd", "spaced ndash", "spaced en dash", "–", "en dash" -> {
                return name.startsWith("sp") || name.equals("snd") ? " – " : "–";
            }
            case "mdash", "spmdash", "em dash", "—" -> {
                return name.startsWith("sp") ? " — " : "—";
            }
            case "nbsp" -> {
                return "&nbsp;";
            }
            case "opdrts", "opmdrts" -> {
                return WikitextDateRange.cell(values(positional, depth), name.equals("opmdrts"));
            }
            case "sortname" -> {
                List<String> v = values(positional, depth);
                return String.join(" ", v.subList(0, Math.min(2, v.size())));
            }
            case "sort", "hs", "sort number" -> {
                List<String> v = values(positional, depth);
                return v.size() > 1 ? v.get(1) : v.isEmpty() ? "" : v.get(0);
            }
            case "lang", "resize", "hover title", "color", "colour", "font color" -> {
                List<String> v = values(positional, depth);
                return v.isEmpty() ? "" : v.get(v.size() - 1);
            }
            case "party name with colour", "party name with color", "party name" -> {
                List<String> v = values(positional, depth);
                return v.isEmpty() ? "" : v.get(0);
            }
            case "legend", "legend inline" -> {
                // a colour swatch and its label: the label is the text the page shows
                List<String> v = values(positional, depth);
                return v.size() > 1 ? v.get(1) : "";
            }
            case "party color", "party colour" -> {
                return "#c0c0c0";
            }
            case "party color cell", "party colour cell", "party shading" -> {
                return "style=\"background:#c0c0c0\"";
            }
            default -> {
                // handled below
            }
        }
        if (name.startsWith("party shading/") || name.startsWith("party color cell/")) {
            return "style=\"background:#c0c0c0\"";
        }
        if (NOT_ASKED.contains(name)) {
            List<String> v = values(positional, depth);
            return "class=\"table-na\"|" + (v.isEmpty() || v.get(0).isBlank() ? "N/A" : v.get(0));
        }
        if (NOTES.contains(name) || ICONS.contains(name)) {
            return "";
        }
        if (CITATIONS.contains(name)) {
            return citation(named, depth);
        }
        if (WRAPPERS.contains(name)) {
            return positional.isEmpty() ? "" : expansion.expand(positional.get(0), depth);
        }
        if (positional.isEmpty() || name.startsWith("#")) {
            return ""; // a navigation box, a layout switch, a parser function pollcast does not run
        }
        if (positional.size() == 1) {
            return expansion.expand(positional.get(0), depth);
        }
        return WikitextExpansion.literal(source);
    }

    /** A citation as the rendered page links it: its address, with its title as the text. */
    private String citation(Map<String, String> named, int depth) {
        String url = named.containsKey("url")
                ? expansion.expand(named.get("url"), depth).strip()
                : "";
        String text = named.containsKey("title")
                ? expansion.expand(named.get("title"), depth).strip()
                : "";
        if (url.isEmpty()) {
            return text;
        }
        return "[" + url + " " + (text.isEmpty() ? url : text) + "]";
    }

    private List<String> values(List<String> positional, int depth) {
        return positional.stream().map(p -> expansion.expand(p, depth).strip()).toList();
    }

    /** "Party shading/Labour" → "party shading/labour": the wiki's names ignore the first letter's case and "_". */
    private static String normal(String name) {
        return name.replace('_', ' ').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Text without wiki links' targets and markup, for a title. */
    private static String plain(String text) {
        return text.replaceAll("\\[\\[(?:[^\\]|]*\\|)?([^\\]]*)]]", "$1")
                .replaceAll("'{2,}", "")
                .replaceAll("<[^>]*>", "")
                .strip();
    }

    /** Where a parameter's name ends ("url=..."), or -1 for an unnamed one. */
    private static int topLevelEquals(String part) {
        int eq = part.indexOf('=');
        if (eq < 0) {
            return -1;
        }
        String before = part.substring(0, eq);
        return before.contains("{{") || before.contains("[[") || before.contains("<") ? -1 : eq;
    }
}
