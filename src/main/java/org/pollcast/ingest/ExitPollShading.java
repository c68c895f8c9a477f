package org.pollcast.ingest;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The shading a page's legend gives its exit polls ({@code Exit poll} beside a coloured box, as the encyclopedia's
 * Polish tables print it above their polls), by table: a row shaded so is the exit poll of polling day, printed
 * among the polls with its own fieldwork date. Read as a poll, Ipsos's 90,000 voters of 15 October 2023 counted in the
 * average as of polling day, outweighing the week's polls, and were listed among them with nothing to say so.
 */
final class ExitPollShading {
    private static final Pattern BACKGROUND = Pattern.compile("(?i)background(?:-color)?\\s*:\\s*([^;!]+)");

    private ExitPollShading() {}

    /** The exit-poll shading in force at each of {@code tables}: the last such legend above it; none where absent. */
    static Map<Element, String> of(Document page, List<Element> tables) {
        Set<Element> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
        wanted.addAll(tables);
        Map<Element, String> out = new IdentityHashMap<>();
        String shading = null;
        for (Element e : page.getAllElements()) {
            if (wanted.contains(e)) {
                if (shading != null) {
                    out.put(e, shading);
                }
            } else if (e.hasClass("legend")
                    && TableText.clean(e.text()).toLowerCase(Locale.ROOT).contains("exit poll")) {
                Element box = e.selectFirst("[style*=background]");
                String colour = box == null ? null : background(box);
                if (colour != null) {
                    shading = colour;
                }
            }
        }
        return out;
    }

    /** True when {@code tr}, or its first cell, is shaded {@code shading}. */
    static boolean shaded(Element tr, String shading) {
        if (shading == null || tr == null) {
            return false;
        }
        if (shading.equals(background(tr))) {
            return true;
        }
        Element first = tr.selectFirst("> td, > th");
        return first != null && shading.equals(background(first));
    }

    /** An element's own background colour, lower case ("#ffffe0"); null for none. */
    static String background(Element e) {
        Matcher m = BACKGROUND.matcher(e.attr("style"));
        return m.find() ? m.group(1).trim().toLowerCase(Locale.ROOT) : null;
    }
}
