package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pollcast.election.Option;

/**
 * What the Other of a poll is made of, as a firm's tables print it in a question of its own under the poll's
 * ({@code Holyrood Other Parties Voting Intention} under {@code Holyrood Headline Voting Intention}, {@code Scottish
 * Regional Other Vote} under {@code Scottish Regional Vote}): each smaller party's share of all asked, its parts
 * adding up to the Other above. It is no second poll: its figures are already in the poll's Other.
 *
 * <p>Read into its poll, each part that the election's definition names as a party the poll does not already report
 * leaves Other for its own option, and Other keeps the rest: the Other printed less the parts named, never below
 * 0 (parts the definition does not name, and the breakdown's own Other, stay in it). Only when the parts add up to
 * the Other, within their rounding (half a point for each part and half for the Other, as {@link ShareBreakdown}
 * allows); parts that do not (a copy cut short, another question's rows) are no breakdown of it, and the Other is
 * kept whole, with a note.
 *
 * @param poll     the index, among the survey's polls, of the poll whose Other this breaks down
 * @param heading  the breakdown's heading
 * @param at       where the heading stands
 * @param parts    the parts: each row's label and total
 * @param problems rows whose totals could not be placed: the poll is refused with them
 */
record OtherBreakdown(int poll, QuestionHeading heading, Location at, List<RawShare> parts, List<Problem> problems) {

    OtherBreakdown {
        parts = List.copyOf(parts);
        problems = List.copyOf(problems);
    }

    /**
     * {@code poll} with this breakdown read into it through {@code options} (the options of the contest it is stored
     * under); a breakdown left out says why in {@code skipped}.
     */
    RawPoll into(RawPoll poll, OptionResolver options, List<SkippedTable> skipped) {
        if (!problems.isEmpty()) {
            List<Problem> all = new ArrayList<>(poll.problems());
            all.addAll(problems);
            return new RawPoll(poll.location(), poll.fields(), poll.shares(), poll.rows(), all);
        }
        RawShare other = poll.shares().stream()
                .filter(s ->
                        options.resolve(s.name()).filter(Option.OTHER::equals).isPresent())
                .findFirst()
                .orElse(null);
        Double otherFigure = other == null ? null : figure(other.value());
        if (otherFigure == null) {
            skipped.add(note("the question above it gives no Other figure for it to break down"));
            return poll;
        }
        List<Map.Entry<RawShare, Double>> figures = new ArrayList<>();
        double sum = 0;
        for (RawShare part : parts) {
            Double f = figure(part.value());
            if (f != null) {
                figures.add(Map.entry(part, f));
                sum += f;
            }
        }
        if (Math.abs(sum - otherFigure) > 0.5 * (figures.size() + 1) + 1e-9) {
            skipped.add(note("its parts ("
                    + printed(figures.stream().map(Map.Entry::getKey).toList()) + ") add up to " + PollShares.trim(sum)
                    + ", not to the Other of " + PollShares.trim(otherFigure) + " above it: Other is kept whole"));
            return poll.withNote(
                    "Other kept whole: its breakdown '" + heading.text() + "' (line " + at.line() + ") adds up to "
                            + PollShares.trim(sum),
                    "question");
        }
        Set<String> reported = new HashSet<>();
        poll.shares().forEach(s -> options.resolve(s.name()).ifPresent(reported::add));
        List<RawShare> moved = new ArrayList<>();
        List<RawShare> kept = new ArrayList<>();
        double movedSum = 0;
        for (Map.Entry<RawShare, Double> e : figures) {
            Optional<String> id = options.resolve(e.getKey().name());
            if (id.isPresent() && !id.get().equals(Option.OTHER) && reported.add(id.get())) {
                moved.add(e.getKey());
                movedSum += e.getValue();
            } else {
                kept.add(e.getKey());
            }
        }
        if (moved.isEmpty()) {
            return poll.withNote(
                    "Other's breakdown '" + heading.text() + "' names no party of the contest: " + printed(kept)
                            + " left in Other",
                    "question");
        }
        String rest = PollShares.trim(Math.max(0, otherFigure - movedSum));
        List<RawShare> shares = new ArrayList<>();
        for (RawShare s : poll.shares()) {
            shares.add(s == other ? new RawShare(s.name(), rest, s.field(), s.location()) : s);
        }
        shares.addAll(moved);
        List<String> header = new ArrayList<>(poll.rows().header());
        List<SourceRows.Row> rows = new ArrayList<>();
        for (SourceRows.Row r : poll.rows().rows()) {
            List<String> cells = new ArrayList<>(r.cells());
            int otherColumn = header.indexOf(other.field());
            if (otherColumn >= 0 && otherColumn < cells.size()) {
                cells.set(otherColumn, rest); // a rejects file read back must not count the parts twice
            }
            moved.forEach(m -> cells.add(m.value()));
            rows.add(new SourceRows.Row(r.location(), cells));
        }
        moved.forEach(m -> header.add(m.name()));
        RawPoll merged =
                new RawPoll(poll.location(), poll.fields(), shares, new SourceRows(header, rows), poll.problems());
        return merged.withNote(
                "Other " + PollShares.trim(otherFigure) + " broken down by '" + heading.text() + "' (line " + at.line()
                        + "): " + printed(moved) + " read as their parties"
                        + (kept.isEmpty() ? "" : ", " + printed(kept) + " left in Other"),
                "question");
    }

    private SkippedTable note(String why) {
        return new SkippedTable(at.line(), "line " + at.line() + ": '" + heading.text() + "'", why);
    }

    private static String printed(Iterable<RawShare> parts) {
        List<String> out = new ArrayList<>();
        parts.forEach(p -> out.add(p.name() + " " + p.value()));
        return String.join(", ", out);
    }

    /** A total as the tables print it: a number, "*" (under half a point: 0), or "-"/blank (not asked: null). */
    private static Double figure(String value) {
        String v = value == null ? "" : value.trim();
        if (v.equals("*")) {
            return 0.0;
        }
        return v.matches("\\d{1,3}(\\.\\d+)?") ? Double.valueOf(v) : null;
    }
}
