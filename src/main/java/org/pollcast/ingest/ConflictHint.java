package org.pollcast.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.pollcast.election.Scope;
import org.pollcast.poll.Poll;

/**
 * What a conflict between a stored poll and an incoming one of the same survey key can be, when the two name different
 * options: two questions of one survey (a field with and without a candidate, as New York's 2025 pollsters asked with
 * and without Eric Adams), not a typo in a figure. Said after the conflict, so that a user keeps the question asked of
 * the race rather than correcting figures that were both right.
 */
final class ConflictHint {
    private ConflictHint() {}

    /**
     * The hint for {@code stored} against {@code incoming}, with a leading "; ": the options only one names, or, where
     * the shares agree, the figures that differ; "" otherwise.
     */
    static String of(Poll stored, Poll incoming) {
        if (stored.shares().equals(incoming.shares())) {
            return sameShares(stored, incoming);
        }
        if (stored.scope() == Scope.UNSPECIFIED && incoming.scope() == Scope.UNSPECIFIED) {
            // A contest of two ballots whose sources state neither: a survey's constituency and list figures meet as
            // one poll. The Scottish trial's Survation of 4 May 2021 (constituency SNP 49 from one page, list SNP 36
            // from another) was said to be "two questions of one survey, such as the field with and without a
            // candidate": advice for a race's fields, not a parliament's ballots.
            return "; neither source states the ballot, and a survey's constituency and list figures are two polls:"
                    + " give each its ballot (a scope column saying constituency or list, or a heading or title naming"
                    + " the ballot above the table) and store both";
        }
        Set<String> onlyStored = new TreeSet<>(stored.shares().keySet());
        onlyStored.removeAll(incoming.shares().keySet());
        Set<String> onlyIncoming = new TreeSet<>(incoming.shares().keySet());
        onlyIncoming.removeAll(stored.shares().keySet());
        onlyStored.remove("other");
        onlyIncoming.remove("other");
        if (onlyStored.isEmpty() && onlyIncoming.isEmpty()) {
            return "";
        }
        String lumped = lumpedIntoOthers(stored, incoming, onlyStored, onlyIncoming);
        if (!lumped.isEmpty()) {
            return lumped;
        }
        StringBuilder b = new StringBuilder("; the two name different options (");
        if (!onlyStored.isEmpty()) {
            b.append("only the stored one names ").append(String.join(", ", onlyStored));
        }
        if (!onlyIncoming.isEmpty()) {
            b.append(onlyStored.isEmpty() ? "" : "; ")
                    .append("only this file's names ")
                    .append(String.join(", ", onlyIncoming));
        }
        return b.append("): two questions of one survey, such as the field with and without a candidate, are one"
                        + " poll; keep the one asked of the race as it stands")
                .toString();
    }

    /**
     * One survey copied by two sources, one of which counts a small party inside its Others: every figure both name
     * agrees, and the Others of the copy that lacks the party hold at least its share. The same Factum poll of 20–24
     * July 2022 on two aggregators' pages (Sovereign Power's 1.3 printed apart on one, inside Others 4.3 on the other)
     * was said to be "two questions of one survey, such as the field with and without a candidate", which it is not.
     * "" where the figures do not read so.
     */
    private static String lumpedIntoOthers(
            Poll stored, Poll incoming, Set<String> onlyStored, Set<String> onlyIncoming) {
        if (!onlyStored.isEmpty() && !onlyIncoming.isEmpty()) {
            return "";
        }
        for (String option : stored.shares().keySet()) {
            if (!option.equals("other")
                    && incoming.shares().containsKey(option)
                    && Math.abs(stored.shares().get(option) - incoming.shares().get(option)) > 1e-9) {
                return "";
            }
        }
        boolean storedNamesMore = !onlyStored.isEmpty();
        Poll fuller = storedNamesMore ? stored : incoming;
        Poll lumping = storedNamesMore ? incoming : stored;
        Set<String> only = storedNamesMore ? onlyStored : onlyIncoming;
        double held = only.stream().mapToDouble(o -> fuller.shares().get(o)).sum();
        Double others = lumping.shares().get("other");
        // Its Others hold at least the fuller copy's Others and the parties it names on their own, and at most all the
        // fuller copy leaves beside the parties both name (a copy summing under 100: Factum's on the European Opinion
        // Polls page, 97.3), each figure rounded to a tenth. Others merely as large as the parties (1.5 beside Others
        // 5 and a party's 1.3) is no such copy (review).
        double rounding = 0.05 * (only.size() + 2);
        double least = fuller.shares().getOrDefault("other", 0.0) + held;
        double most = 100;
        for (var e : fuller.shares().entrySet()) {
            if (!e.getKey().equals("other") && !only.contains(e.getKey())) {
                most -= e.getValue();
            }
        }
        if (others == null || others < least - rounding || others > most + rounding) {
            return "";
        }
        StringBuilder parts = new StringBuilder();
        for (String o : only) {
            parts.append(parts.length() == 0 ? "" : ", ")
                    .append(o)
                    .append(' ')
                    .append(shown(fuller.shares().get(o)));
        }
        return "; every figure both print agrees, and " + (storedNamesMore ? "this file's" : "the stored one's")
                + " Others (" + shown(others) + ") hold what only " + (storedNamesMore ? "the stored one" : "this file")
                + " names (" + parts + "): the same survey from two sources, one counting the smaller parties in its"
                + " Others; keep one copy (the one that names more)";
    }

    /**
     * Two polls whose shares agree differ in what else they print: the don't-knows, the sample or the first day of
     * fieldwork, named with both values. Two mirrors of the 2022 Philippine table print Pulse Asia's 16–21 April poll
     * with its undecided as 5 and as 1 (their columns' headers disagree on which figure is which): the conflict printed
     * the same shares twice under "other figures", and a user could not see what differed.
     */
    private static String sameShares(Poll stored, Poll incoming) {
        List<String> differ = new ArrayList<>();
        differ(differ, "don't know", stored.dontKnow(), incoming.dontKnow());
        differ(differ, "sample size", stored.sampleSize(), incoming.sampleSize());
        differ(differ, "fieldwork start", stored.fieldworkStart(), incoming.fieldworkStart());
        return differ.isEmpty()
                ? ""
                : "; the shares agree, the other figures differ: " + String.join(", ", differ)
                        + " (the same survey printed twice: keep the copy whose figures are right)";
    }

    private static void differ(List<String> out, String what, Object stored, Object incoming) {
        if (!Objects.equals(stored, incoming)) {
            out.add(what + " stored " + shown(stored) + ", this file " + shown(incoming));
        }
    }

    /** A figure as printed ("5", not "5.0"), or "none". */
    private static String shown(Object value) {
        if (value == null) {
            return "none";
        }
        return value instanceof Double d
                ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
                : value.toString();
    }
}
