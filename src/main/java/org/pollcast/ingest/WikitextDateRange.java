package org.pollcast.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code {{opdrts|start day|end day|end month|end year|year}}}: a poll's fieldwork dates, as the template
 * prints them (a start day past the end day is in the month before; an empty start day is one day), always with
 * the year, which the template knows though it prints it only when asked: the sort key it writes carries it.
 * The template's documentation allows only {@code start day|end day|month|year(|year)}; pollcast also accepts,
 * leniently, a start and an end month ({@code {{opdrts|28|Apr|3|May|2016}}}) and a start and an end year
 * ({@code {{opdrts|28|Dec|2015|3|Jan|2016}}}), forms the template would not print but whose dates are plain.
 */
final class WikitextDateRange {
    private WikitextDateRange() {}

    static String cell(List<String> values, boolean monthFirst) {
        // A trailing "year" (or "y") asks the template to print the year: this text always has it. A trailing
        // empty parameter ("{{opdrts|14|15|Oct|2020|}}", as editors leave them) is none, as the template reads it.
        List<String> v = new ArrayList<>(values.stream().map(String::strip).toList());
        while (!v.isEmpty() && isFlagOrEmpty(v.get(v.size() - 1))) {
            v.remove(v.size() - 1);
        }
        try {
            LocalDate start;
            LocalDate end;
            if (v.size() == 4 && isNumber(v.get(1))) {
                end = LocalDate.of(Integer.parseInt(v.get(3)), month(v.get(2)), Integer.parseInt(v.get(1)));
                if (v.get(0).isEmpty()) {
                    start = end;
                } else {
                    int startDay = Integer.parseInt(v.get(0));
                    start = startDay > end.getDayOfMonth()
                            ? end.minusMonths(1).withDayOfMonth(startDay)
                            : end.withDayOfMonth(startDay);
                }
            } else if (v.size() == 5) {
                int year = Integer.parseInt(v.get(4));
                end = LocalDate.of(year, month(v.get(3)), Integer.parseInt(v.get(2)));
                start = LocalDate.of(year, month(v.get(1)), Integer.parseInt(v.get(0)));
            } else if (v.size() == 6) {
                start = LocalDate.of(Integer.parseInt(v.get(2)), month(v.get(1)), Integer.parseInt(v.get(0)));
                end = LocalDate.of(Integer.parseInt(v.get(5)), month(v.get(4)), Integer.parseInt(v.get(3)));
            } else {
                return String.join(" ", values);
            }
            if (start.isAfter(end)) {
                return String.join(" ", values); // backwards: its text, for the reader to refuse
            }
            return "data-sort-value=\"" + end + "\"|" + text(start, end, monthFirst);
        } catch (NumberFormatException | DateTimeException e) {
            return String.join(" ", values); // not a date the template takes: its text, for the reader to refuse
        }
    }

    /** "2–4 May 2016", "28 Apr – 3 May 2016", "28 Dec 2015 – 3 Jan 2016", "4 May 2016" (month first: "May 2–4"). */
    private static String text(LocalDate start, LocalDate end, boolean monthFirst) {
        int year = end.getYear();
        if (start.equals(end)) {
            return day(end, monthFirst) + " " + year;
        }
        if (start.getMonth() == end.getMonth() && start.getYear() == year) {
            return monthFirst
                    ? abbreviation(end.getMonth()) + " " + start.getDayOfMonth() + "–" + end.getDayOfMonth() + " "
                            + year
                    : start.getDayOfMonth() + "–" + end.getDayOfMonth() + " " + abbreviation(end.getMonth()) + " "
                            + year;
        }
        return day(start, monthFirst) + (start.getYear() != year ? " " + start.getYear() : "") + " – "
                + day(end, monthFirst) + " " + year;
    }

    private static boolean isFlagOrEmpty(String t) {
        return t.isEmpty() || t.equalsIgnoreCase("year") || t.equalsIgnoreCase("y");
    }

    private static boolean isNumber(String t) {
        return !t.isEmpty() && t.chars().allMatch(Character::isDigit);
    }

    private static Month month(String text) {
        String t = text.strip();
        if (t.chars().allMatch(Character::isDigit) && !t.isEmpty()) {
            return Month.of(Integer.parseInt(t));
        }
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                    .equalsIgnoreCase(t.substring(0, Math.min(3, t.length())))) {
                return m;
            }
        }
        throw new DateTimeException("no month " + t);
    }

    private static String day(LocalDate d, boolean monthFirst) {
        return monthFirst
                ? abbreviation(d.getMonth()) + " " + d.getDayOfMonth()
                : d.getDayOfMonth() + " " + abbreviation(d.getMonth());
    }

    private static String abbreviation(Month m) {
        return m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
