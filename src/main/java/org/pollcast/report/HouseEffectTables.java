package org.pollcast.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pollcast.aggregate.HouseEffect;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** House effects as tables: pollsters × options for people, one row per estimate for machines. */
public final class HouseEffectTables {
    private HouseEffectTables() {}

    /** Pollsters down, options across; cells "+3.1 (+0.9, +5.3) [6]". */
    public static Table wide(List<HouseEffect> effects) {
        Set<String> pollsters = new LinkedHashSet<>();
        Set<String> options = new LinkedHashSet<>();
        effects.forEach(e -> {
            pollsters.add(e.pollster());
            options.add(e.option());
        });
        StringColumn p = StringColumn.create("pollster");
        List<StringColumn> cols = new ArrayList<>();
        for (String o : options) {
            cols.add(StringColumn.create(o.startsWith("lead:") ? "lead " + o.substring(5) : o));
        }
        for (String pollster : pollsters) {
            p.append(pollster);
            int k = 0;
            for (String o : options) {
                HouseEffect e = effects.stream()
                        .filter(x -> x.pollster().equals(pollster) && x.option().equals(o))
                        .findFirst()
                        .orElse(null);
                cols.get(k++).append(e == null ? "" : cell(e));
            }
        }
        Table t = Table.create("house effects", p);
        cols.forEach(t::addColumns);
        return t;
    }

    private static String cell(HouseEffect e) {
        if (Double.isNaN(e.se())) {
            return Html.signed(e.estimate()) + " [" + e.polls() + "]";
        }
        return Html.signed(e.estimate()) + " (" + Html.signed(e.low90()) + ", " + Html.signed(e.high90()) + ") ["
                + e.polls() + "]";
    }

    public static Table longTable(List<HouseEffect> effects) {
        StringColumn pollster = StringColumn.create("pollster");
        StringColumn option = StringColumn.create("option");
        StringColumn reference = StringColumn.create("reference");
        DoubleColumn estimate = Tables.signed(DoubleColumn.create("estimate"), 2);
        DoubleColumn se = Tables.decimals(DoubleColumn.create("se"), 2);
        DoubleColumn low = Tables.signed(DoubleColumn.create("low90"), 2);
        DoubleColumn high = Tables.signed(DoubleColumn.create("high90"), 2);
        IntColumn polls = IntColumn.create("polls");
        for (HouseEffect e : effects) {
            pollster.append(e.pollster());
            option.append(e.option());
            reference.append(e.reference());
            Tables.append(estimate, e.estimate());
            Tables.append(se, e.se());
            Tables.append(low, e.low90());
            Tables.append(high, e.high90());
            polls.append(e.polls());
        }
        return Table.create("house effects", pollster, option, reference, estimate, se, low, high, polls);
    }
}
