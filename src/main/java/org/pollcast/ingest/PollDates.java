package org.pollcast.ingest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pollcast.election.Election;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.poll.DatePrecision;

/**
 * A poll's dates: fieldwork start and end and publication (ISO dates; blank or "–" when unknown), and how
 * exactly they are known. A poll needs an end or a publication date; fieldwork may not end before it starts,
 * nor be published before it ends, nor fall after the election or in the future. A date with a two-digit year
 * ({@code 02/05/12}) is placed by the election: see {@link TwoDigitYear}.
 *
 * <p>A publication date may give only its month ({@code 2016-03}, as sources often do). Such a poll is dated
 * mid-month, the 15th, but never on or after polling day (then the day before polling day) nor after today,
 * and its precision is {@link DatePrecision#MONTH} unless the fieldwork end dates it. Exported, the date is
 * written in full with {@code date_precision=month}, which reads back to the same poll.
 *
 * <p>Before its election is known, a poll's date written with its full year ({@link #fullDate}) is what
 * {@link ElectionChoice} picks the election by; read against that election, as above, it is then checked.
 */
final class PollDates {
    /** The dates read; any may be null when unknown or wrong (then with a problem). */
    record Dates(LocalDate start, LocalDate end, LocalDate published, DatePrecision precision) {}

    /** A poll's date and the field it was read from. */
    record Dated(LocalDate date, String field) {}

    /** The fields a poll's own date is read from before its election is known, the most telling first. */
    private static final List<String> DATE_FIELDS = List.of("fieldwork_end", "fieldwork_start", "published");

    /**
     * The years a poll's dates may fall in: a typo such as 0000 or 2208 is caught here rather than passing as a
     * poll from before the election.
     */
    static final int FIRST_YEAR = 1900;

    static final int LAST_YEAR = 2100;

    /**
     * The field a table's reader sets on a row whose dates took their year from the page's title or the election, no
     * year being printed over the table: such a date after polling day is of the year before.
     */
    static final String YEAR_ASSUMED = "year_assumed";

    /** The day of the month a month-only date stands for. */
    static final int MID_MONTH = 15;

    private final String source;
    private final LocalDate today;

    PollDates(String source, LocalDate today) {
        this.source = source;
        this.today = today;
    }

    /**
     * A poll's dates, read and checked: dated up to {@code lastDay}, the election's day, or a two-round contest's
     * second round for its run-off polls ({@link org.pollcast.election.SingleWinnerContest#lastPollDay}).
     */
    Dates read(RawPoll raw, Election election, LocalDate lastDay, List<Problem> problems) {
        int before = problems.size();
        LocalDate start = date(raw, "fieldwork_start", election, problems);
        LocalDate end = date(raw, "fieldwork_end", election, problems);
        Optional<YearMonth> publishedMonth = FieldworkDates.monthOnly(raw.value("published"));
        if (publishedMonth.isPresent()
                && (publishedMonth.get().getYear() < FIRST_YEAR
                        || publishedMonth.get().getYear() > LAST_YEAR)) {
            problems.add(Problem.at(
                    source,
                    raw,
                    "published",
                    "'" + raw.value("published") + "' is outside the years " + FIRST_YEAR + "–" + LAST_YEAR));
            return new Dates(start, end, null, DatePrecision.EXACT);
        }
        LocalDate published = publishedMonth.isPresent()
                ? midMonth(publishedMonth.get(), end, lastDay)
                : date(raw, "published", election, problems);
        if (!raw.value(YEAR_ASSUMED).isEmpty()
                && end != null
                && end.getYear() < lastDay.getYear()
                && end.plusYears(1).isAfter(election.date())
                && !end.plusYears(1).isAfter(lastDay)) {
            // "1/02 - 1/04" on a page of a January run-off took the first round's year, the January ten months before
            // it: a date that a year on falls between the rounds is of the run-off's year (a blind trial's Georgia
            // 2020-21 page, its years taken out). Asked only of a run-off's poll, whose last day is its second round.
            start = start == null ? null : start.plusYears(1);
            end = end.plusYears(1);
            published = published == null || publishedMonth.isPresent() ? published : published.plusYears(1);
        }
        if (!raw.value(YEAR_ASSUMED).isEmpty() && end != null && end.isAfter(lastDay)) {
            // "5–8 Dec" on a page titled "2024 London mayoral election", with no year over its table, took the
            // election's year and fell after polling day: polls come before it, so it is the year before.
            start = start == null ? null : start.minusYears(1);
            end = end.minusYears(1);
            published = published == null || publishedMonth.isPresent() ? published : published.minusYears(1);
        }
        if (publishedMonth.isPresent() && end != null && publishedMonth.get().isBefore(YearMonth.from(end))) {
            problems.add(Problem.at(
                    source,
                    raw,
                    "published",
                    "published " + publishedMonth.get() + ", before fieldwork ended (" + end + ")"));
        } else {
            check(raw, election, lastDay, start, end, published, problems);
        }
        if (end == null && published == null && problems.size() == before) {
            // Blank, or a dash or "n/a" where the date goes (a table's row shifted by a lost cell shows one): either
            // way no date, and a poll without one cannot be weighted by its age.
            String shown = raw.value("fieldwork_end").isEmpty() ? raw.value("published") : raw.value("fieldwork_end");
            problems.add(Problem.at(
                    source,
                    raw,
                    "fieldwork_end",
                    "no date" + (shown.isEmpty() ? "" : " ('" + shown + "')")
                            + ": give the fieldwork end or the publication date "
                            + "(YYYY-MM-DD, or YYYY-MM when only the month is known)"));
        }
        DatePrecision precision = publishedMonth.isPresent() && end == null ? DatePrecision.MONTH : DatePrecision.EXACT;
        if (!raw.value("date_precision").isEmpty()) {
            DatePrecision stated =
                    DatePrecision.fromCode(raw.value("date_precision")).orElse(null);
            if (stated == null) {
                problems.add(Problem.at(
                        source,
                        raw,
                        "date_precision",
                        "'" + raw.value("date_precision") + "' is not exact, approximate or month"));
            } else if (stated == DatePrecision.EXACT && precision == DatePrecision.MONTH) {
                problems.add(Problem.at(
                        source,
                        raw,
                        "date_precision",
                        "exact, but published '" + raw.value("published") + "' gives only the month"));
            } else {
                precision = stated;
            }
        }
        return new Dates(start, end, published, precision);
    }

    /**
     * The date a month-only publication stands for: the 15th; on or after polling day ({@code lastDay}: a two-round
     * contest's second round for its run-off polls), the day before polling day; never after today; never before the
     * fieldwork end or the month's first day. Held to the first round's day, the Boston trial's "October 2021" poll of
     * the general election (2 November) was dated 1 October, two weeks before the month's middle.
     */
    private LocalDate midMonth(YearMonth month, LocalDate end, LocalDate lastDay) {
        LocalDate latest = lastDay.minusDays(1);
        if (today.isBefore(latest)) {
            latest = today;
        }
        LocalDate date = month.atDay(MID_MONTH);
        if (date.isAfter(latest)) {
            date = latest;
        }
        if (end != null && date.isBefore(end)) {
            date = end;
        }
        // A month wholly after polling day (or in the future) stays in it, for check() to report.
        return date.isBefore(month.atDay(1)) ? month.atDay(1) : date;
    }

    private static final Pattern ISO_TIMESTAMP =
            Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?");

    /**
     * The date in {@code field}, or null (with a problem when the text is there but no date). A two-digit year
     * ({@code 02/05/12}) takes the century that puts it in the years up to {@code election}'s polling day.
     */
    private LocalDate date(RawPoll raw, String field, Election election, List<Problem> problems) {
        String text = raw.value(field);
        if (text.isEmpty() || PollShares.isNotReported(text)) {
            return null;
        }
        // A timestamp as data files export a date ("2022-10-27T00:00:00Z", Nexo Jornal's Brazilian files): its day, as
        // written. Read whole, it was refused as no date.
        Matcher stamp = ISO_TIMESTAMP.matcher(text.trim());
        if (stamp.matches()) {
            text = stamp.group(1);
        }
        Optional<TwoDigitYear.Written> shortYear = TwoDigitYear.of(text);
        if (shortYear.isPresent()) {
            Optional<LocalDate> placed = TwoDigitYear.place(shortYear.get(), election.date());
            if (placed.isEmpty()) {
                problems.add(Problem.at(source, raw, field, TwoDigitYear.unplaced(shortYear.get(), election)));
            }
            return placed.orElse(null);
        }
        Optional<FieldworkDates.Range> r = FieldworkDates.parse(text, null);
        if (r.isEmpty() || r.get().start() != null) {
            String hint = FieldworkDates.monthOnly(text).isPresent()
                    ? "; a month alone is accepted as the published date only"
                    : "";
            problems.add(Problem.at(
                    source,
                    raw,
                    field,
                    SlashDateOrder.contradiction(text).orElse("'" + text + "' is not a date (YYYY-MM-DD)" + hint)));
            return null;
        }
        LocalDate d = r.get().end();
        if (d.getYear() < FIRST_YEAR || d.getYear() > LAST_YEAR) {
            problems.add(Problem.at(
                    source, raw, field, "'" + text + "' is outside the years " + FIRST_YEAR + "–" + LAST_YEAR));
            return null;
        }
        return d;
    }

    private void check(
            RawPoll raw,
            Election election,
            LocalDate lastDay,
            LocalDate start,
            LocalDate end,
            LocalDate published,
            List<Problem> problems) {
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(Problem.at(
                    source, raw, "fieldwork_end", "fieldwork ends " + end + ", before it starts (" + start + ")"));
        }
        if (end != null && published != null && published.isBefore(end)) {
            problems.add(Problem.at(
                    source, raw, "published", "published " + published + ", before fieldwork ended (" + end + ")"));
        }
        LocalDate date = end != null ? end : published;
        String field = end != null ? "fieldwork_end" : "published";
        if (date != null && date.isAfter(lastDay)) {
            problems.add(Problem.at(
                    source,
                    raw,
                    field,
                    date + " is after the " + (lastDay.equals(election.date()) ? "election" : "second round") + " ("
                            + election.id() + ", " + lastDay + ")" + secondRoundHint(election, date)));
        } else if (date != null && date.isAfter(today)) {
            problems.add(Problem.at(source, raw, field, date + " is in the future (today is " + today + ")"));
        }
    }

    /**
     * For a poll dated between a two-round election's rounds that is not a run-off poll: where such a poll belongs.
     * Between the rounds only the two finalists stand, and a poll of them is the second round's.
     */
    private static String secondRoundHint(Election election, LocalDate date) {
        return election.lead()
                .map(SingleWinnerContest::secondRound)
                .filter(second -> !date.isAfter(second))
                .map(second -> ", its first round; a poll of the second round (" + second + ") is a run-off poll")
                .orElse("");
    }

    /** The first date field written with its full year that reads as no date ("2024-02-30"), if any. */
    static Optional<String> unreadableDate(RawPoll raw) {
        for (String field : DATE_FIELDS) {
            String text = raw.value(field);
            if (!text.isEmpty()
                    && FieldworkDates.hasYear(text)
                    && TwoDigitYear.of(text).isEmpty()
                    && FieldworkDates.parse(text, null).isEmpty()
                    && FieldworkDates.monthOnly(text).isEmpty()) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /**
     * The poll's date when written with its year (fieldwork end, else start, else the publication date or month):
     * enough to tell its election, not yet checked against it.
     */
    static Optional<Dated> fullDate(RawPoll raw) {
        for (String field : DATE_FIELDS) {
            String text = raw.value(field);
            if (text.isEmpty()
                    || !FieldworkDates.hasYear(text)
                    || TwoDigitYear.of(text).isPresent()) {
                continue;
            }
            Optional<FieldworkDates.Range> r = FieldworkDates.parse(text, null);
            if (r.isPresent() && r.get().end() != null) {
                return Optional.of(new Dated(r.get().end(), field));
            }
            Optional<YearMonth> month = FieldworkDates.monthOnly(text);
            if (month.isPresent()) {
                return Optional.of(new Dated(month.get().atDay(1), field));
            }
        }
        return Optional.empty();
    }
}
