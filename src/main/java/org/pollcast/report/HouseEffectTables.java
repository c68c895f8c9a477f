package org.pollcast.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pollcast.aggregate.HouseEffect;
import org.pollcast.aggregate.PollAverage;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** House effects as tables: pollsters × options for people, one row per estimate for machines. */
public final class HouseEffectTables {
    /** A firm with this many polls or fewer is named in {@link #fewPolls}'s note. */
    static final int FEW_POLLS = 2;

    private HouseEffectTables() {}

    /**
     * Whether any house effect was measured: a firm's poll says something of its lean only beside other firms' polls
     * of the same weeks, and where no two are near (london-2028's two polls, eight months apart) every effect is 0 with
     * a wide interval, a chart of whiskers about nothing.
     */
    static boolean anyMeasured(List<HouseEffect> effects) {
        return effects.stream().anyMatch(e -> Math.abs(e.estimate()) >= 0.05); // 0.0 to the tenth shown
    }

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

    /**
     * One row per estimate, each naming its election and as-of date: a CSV kept beside another election's, or the
     * same election's as of another day, says which it is.
     */
    public static Table longTable(PollAverage average, List<HouseEffect> effects) {
        StringColumn election = StringColumn.create("election");
        StringColumn asOf = StringColumn.create("as_of");
        StringColumn pollster = StringColumn.create("pollster");
        StringColumn option = StringColumn.create("option");
        StringColumn reference = StringColumn.create("reference");
        DoubleColumn estimate = Tables.signed(DoubleColumn.create("estimate"), 2);
        DoubleColumn se = Tables.decimals(DoubleColumn.create("se"), 2);
        DoubleColumn low = Tables.signed(DoubleColumn.create("low90"), 2);
        DoubleColumn high = Tables.signed(DoubleColumn.create("high90"), 2);
        IntColumn polls = IntColumn.create("polls");
        for (HouseEffect e : effects) {
            election.append(average.election());
            asOf.append(average.asOf().toString());
            pollster.append(e.pollster());
            option.append(e.option());
            reference.append(e.reference());
            Tables.append(estimate, e.estimate());
            Tables.append(se, e.se());
            Tables.append(low, e.low90());
            Tables.append(high, e.high90());
            polls.append(e.polls());
        }
        return Table.create(
                "house effects", election, asOf, pollster, option, reference, estimate, se, low, high, polls);
    }

    /**
     * A note naming the firms whose effects rest on {@value #FEW_POLLS} polls or fewer, or empty. Their estimates are
     * mostly the shrinkage's (pulled towards zero as if the firm had {@code shrinkage} more polls at the consensus),
     * and an estimate of +0.2 from one poll reads, beside a firm's of seven, as a settled lean unless the reader is told.
     */
    public static Optional<String> fewPolls(List<HouseEffect> effects, double shrinkage) {
        Map<String, Integer> polls = new LinkedHashMap<>();
        effects.forEach(e -> polls.merge(e.pollster(), e.polls(), Math::max));
        List<String> few = new ArrayList<>();
        polls.forEach((firm, n) -> {
            if (n <= FEW_POLLS) {
                few.add(firm + " " + n + (n == 1 ? " poll" : " polls"));
            }
        });
        if (few.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("few polls: " + String.join(", ", few) + ". Too few to tell a firm's lean from its polls'"
                + " own noise: read their intervals, not their estimates"
                + (shrinkage > 0
                        ? ", which are pulled towards zero as if each firm had "
                                + java.math.BigDecimal.valueOf(shrinkage)
                                        .stripTrailingZeros()
                                        .toPlainString()
                                + " more polls at the consensus"
                        : ""));
    }

    /**
     * The lead's house effects by mode, where the firms state two or more: for each mode, its firms' effects on the
     * lead averaged by their polls, so the online-versus-phone split (2016: phone polls had Remain well ahead, online
     * polls level) is read off one line rather than from each firm's row. Firms of no stated mode or of several are
     * named as left out. Empty where fewer than two modes have a firm.
     */
    public static Optional<String> byMode(List<HouseEffect> effects, Map<String, String> modes) {
        Map<String, List<HouseEffect>> byMode = new LinkedHashMap<>();
        List<String> mixed = new ArrayList<>();
        String lead = null;
        for (HouseEffect e : effects) {
            if (!e.option().startsWith("lead:")) {
                continue;
            }
            lead = e.option().substring(5);
            String mode = modes.getOrDefault(e.pollster(), "");
            if (mode.isEmpty()) {
                mixed.add(e.pollster());
            } else {
                byMode.computeIfAbsent(mode, k -> new ArrayList<>()).add(e);
            }
        }
        if (byMode.size() < 2) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        byMode.forEach((mode, es) -> {
            int polls = es.stream().mapToInt(HouseEffect::polls).sum();
            double mean = es.stream().mapToDouble(e -> e.estimate() * e.polls()).sum() / polls;
            parts.add(mode + " " + String.format(Locale.ROOT, "%+.1f", mean) + " ("
                    + String.join(", ", es.stream().map(HouseEffect::pollster).toList()) + "; " + polls
                    + (polls == 1 ? " poll" : " polls") + ")");
        });
        return Optional.of("by mode, the firms' effects on the lead " + lead + " averaged by their polls: "
                + String.join("; ", parts)
                + (mixed.isEmpty() ? "" : "; left out, stating several modes or none: " + String.join(", ", mixed))
                + ". A firm's mode and its other methods are one lean here: which of them makes it is not told apart");
    }
}
