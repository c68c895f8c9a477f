package org.pollcast.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.pollcast.election.Election;
import org.pollcast.poll.DatePrecision;

/**
 * A poll's dates: fieldwork start and end and publication (ISO dates; blank or "–" when unknown), and how
 * exactly they are known. A poll needs an end or a publication date; fieldwork may not end before it starts,
 * nor be published before it ends, nor fall after the election or in the future.
 */
final class PollDates {
    /** The dates read; any may be null when unknown or wrong (then with a problem). */
    record Dates(LocalDate start, LocalDate end, LocalDate published, DatePrecision precision) {
    }

    private final String source;
    private final LocalDate today;

    PollDates(String source, LocalDate today) {
        this.source = source;
        this.today = today;
    }

    Dates read(RawPoll raw, Election election, List<Problem> problems) {
        LocalDate start = date(raw, "fieldwork_start", problems);
        LocalDate end = date(raw, "fieldwork_end", problems);
        LocalDate published = date(raw, "published", problems);
        check(raw, election, start, end, published, problems);
        DatePrecision precision = DatePrecision.EXACT;
        if (!raw.value("date_precision").isEmpty()) {
            precision = DatePrecision.fromCode(raw.value("date_precision")).orElse(null);
            if (precision == null) {
                problems.add(Problem.at(source, raw, "date_precision", "'" + raw.value("date_precision")
                        + "' is not exact or approximate"));
            }
        }
        return new Dates(start, end, published, precision);
    }

    private LocalDate date(RawPoll raw, String field, List<Problem> problems) {
        String text = raw.value(field);
        if (text.isEmpty() || PollShares.isNotReported(text)) {
            return null;
        }
        Optional<FieldworkDates.Range> r = FieldworkDates.parse(text, null);
        if (r.isEmpty() || r.get().start() != null) {
            problems.add(Problem.at(source, raw, field, "'" + text + "' is not a date (YYYY-MM-DD)"));
            return null;
        }
        return r.get().end();
    }

    private void check(RawPoll raw, Election election, LocalDate start, LocalDate end, LocalDate published,
            List<Problem> problems) {
        if (end == null && published == null && raw.value("fieldwork_end").isEmpty() && raw.value("published").isEmpty()) {
            problems.add(Problem.at(source, raw, "fieldwork_end", "no date: give the fieldwork end or the publication date"));
        }
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(Problem.at(source, raw, "fieldwork_end", "fieldwork ends " + end + ", before it starts (" + start + ")"));
        }
        if (end != null && published != null && published.isBefore(end)) {
            problems.add(Problem.at(source, raw, "published", "published " + published + ", before fieldwork ended (" + end + ")"));
        }
        LocalDate date = end != null ? end : published;
        String field = end != null ? "fieldwork_end" : "published";
        if (date != null && date.isAfter(election.date())) {
            problems.add(Problem.at(source, raw, field, date + " is after the election (" + election.id() + ", "
                    + election.date() + ")"));
        } else if (date != null && date.isAfter(today)) {
            problems.add(Problem.at(source, raw, field, date + " is in the future (today is " + today + ")"));
        }
    }
}
