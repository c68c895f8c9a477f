package org.pollcast.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.pollcast.simulate.LiveForecast;

/**
 * {@code pollcast live --format json}: the {@link LiveForecast} record field by field, with its Assembly (when
 * projected) in the shape of the forecast JSON's {@code contests.assembly} ({@link AssemblyJson}) plus
 * {@code declared[]}; without one the field is left out, so the Mayor-only output is as it was.
 */
public final class LiveJson {
    private LiveJson() {}

    public static String write(LiveForecast f) {
        ObjectNode tree = Json.tree(f);
        tree.remove("assembly");
        if (f.assembly() != null) {
            ObjectNode a = Json.tree(AssemblyJson.of(f.assembly().forecast()));
            a.set("declared", Json.tree(f.assembly().declared()));
            tree.set("assembly", a);
        }
        return Json.write(tree);
    }
}
