package org.pollcast.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text table's slashed fieldwork dates ({@link SpacedTable}), with or without a year: "11/04/2024", "10/20 - 10/22",
 * "10/29 - 11/2". Their order is the page's, told by its dates together ({@link #order}), and each is written out
 * with its month's name ("4 Nov 2024", "20 Oct – 22 Oct") for the table reader, which takes a date without a year by
 * the election's and does not read a slashed one without it.
 */
final class SlashDates {
    /** A slashed date or range: "a/b[/year]", then perhaps " - c[/d[/year]]". */
    private static final Pattern CELL = Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})(?:/(\\d{2}|\\d{4}))?(?:\\s*[-–]\\s*(\\d{1,2})(?:/(\\d{1,2})(?:/(\\d{2}|\\d{4}))?)?)?");

    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };

    /** A range of days before one slashed date: "1 - 3/11/2020", as British sites print a poll's days. */
    private static final Pattern DAY_RANGE =
            Pattern.compile("(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})/(\\d{1,2})(?:/(\\d{2}|\\d{4}))?");

    /**
     * {@code cell} written with its month's name where it is a range of days before one slashed date ("1 Nov – 3 Nov
     * 2020"), which reads day first whatever the page's order (a month-first "1 - 3/11" is no range); else null.
     */
    static String dayRange(String cell) {
        Matcher m = DAY_RANGE.matcher(cell.strip());
        if (!m.matches()) {
            return null;
        }
        int from = Integer.parseInt(m.group(1));
        int to = Integer.parseInt(m.group(2));
        int month = Integer.parseInt(m.group(3));
        if (!valid(month, from) || !valid(month, to) || from > to) {
            return null;
        }
        String year = year(m.group(4));
        return from + " " + MONTHS[month - 1] + " – " + to + " " + MONTHS[month - 1] + (year == null ? "" : " " + year);
    }

    /** A range's longest run: a pair of dates further apart, read one way, is taken as no range of that reading. */
    private static final int LONGEST_SPAN_DAYS = 62;

    private SlashDates() {}

    /**
     * Month first (true), day first (false), or null where the cells do not tell or tell both: a number over 12 first
     * says day first, second says month first; where none is, the ranges that run forwards in one reading only.
     */
    static Boolean order(List<String> cells) {
        boolean dayFirst = false;
        boolean monthFirst = false;
        int monthFirstSpans = 0;
        int dayFirstSpans = 0;
        for (String cell : cells) {
            Matcher m = CELL.matcher(cell.strip());
            if (!m.matches()) {
                continue;
            }
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            dayFirst |= a > 12;
            monthFirst |= b > 12;
            if (m.group(5) != null) {
                int c = Integer.parseInt(m.group(4));
                int d = Integer.parseInt(m.group(5));
                dayFirst |= c > 12;
                monthFirst |= d > 12;
                boolean asMonthFirst = runsForwards(a, b, c, d);
                boolean asDayFirst = runsForwards(b, a, d, c);
                if (asMonthFirst && !asDayFirst) {
                    monthFirstSpans++;
                } else if (asDayFirst && !asMonthFirst) {
                    dayFirstSpans++;
                }
            }
        }
        if (dayFirst != monthFirst) {
            return monthFirst;
        }
        if (dayFirst || monthFirstSpans == dayFirstSpans) {
            return null; // both told, or nothing: the reader's own rules, which refuse what they cannot read
        }
        return monthFirstSpans > dayFirstSpans;
    }

    /** Whether month {@code m1} day {@code d1} to month {@code m2} day {@code d2} is a range of a few weeks. */
    private static boolean runsForwards(int m1, int d1, int m2, int d2) {
        if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12 || d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31) {
            return false;
        }
        int months = (m2 - m1 + 12) % 12;
        int days = months * 31 + d2 - d1;
        return days >= 0 && days <= LONGEST_SPAN_DAYS;
    }

    /** {@code cell} written with its months' names in the order given; any other cell as it is. */
    static String written(String cell, boolean monthFirst) {
        Matcher m = CELL.matcher(cell.strip());
        if (!m.matches()) {
            return cell;
        }
        if (!monthFirst && (m.group(3) != null || m.group(6) != null)) {
            return cell; // day first with a year: the table reader's own reading, which settles a century (review)
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        int month1 = monthFirst ? a : b;
        int day1 = monthFirst ? b : a;
        String year1 = year(m.group(3));
        if (m.group(4) == null) {
            return valid(month1, day1) ? day1 + " " + MONTHS[month1 - 1] + (year1 == null ? "" : " " + year1) : cell;
        }
        int c = Integer.parseInt(m.group(4));
        int month2;
        int day2;
        if (m.group(5) == null) {
            month2 = month1; // "10/29 - 31": the same month's
            day2 = c;
        } else {
            int d = Integer.parseInt(m.group(5));
            month2 = monthFirst ? c : d;
            day2 = monthFirst ? d : c;
        }
        String year2 = year(m.group(6));
        if (!valid(month1, day1) || !valid(month2, day2)) {
            return cell;
        }
        String end =
                day2 + " " + MONTHS[month2 - 1] + (year2 == null ? (year1 == null ? "" : " " + year1) : " " + year2);
        String start = day1 + " " + MONTHS[month1 - 1]
                + (year1 != null && year2 != null && !year1.equals(year2) ? " " + year1 : "");
        return start + " – " + end;
    }

    private static boolean valid(int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    /** A year as four digits: "24" is 2024. */
    private static String year(String text) {
        if (text == null) {
            return null;
        }
        return text.length() == 2 ? String.valueOf(2000 + Integer.parseInt(text)) : text;
    }
}
