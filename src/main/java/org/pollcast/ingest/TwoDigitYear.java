package org.pollcast.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pollcast.election.Election;

/**
 * Dates written with a two-digit year, as polling sites print them ({@code 02/05/12} is 2 May 2012 day first). The
 * year's century is not written, so the election settles it: a poll is never after polling day and never more
 * than {@value #YEARS_BEFORE} years before it, and exactly one century can put a date in that window. A date that
 * no century puts there (a typo, or a poll of another election) is refused with the reason, never guessed.
 *
 * <p>Day first is the British order, which every London poll table uses, and the default; a CSV whose own dates
 * tell it writes month first (American tables' {@code 10/31/24}) is read so ({@link SlashDateOrder}), and one whose
 * dates never tell is read day first.
 */
final class TwoDigitYear {
    /** How far before polling day a poll may be: the longest London term with its postponement is five years. */
    static final int YEARS_BEFORE = 5;

    private static final Pattern DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2})");
    private static final Pattern RANGE =
            Pattern.compile("(\\d{1,2}/\\d{1,2}/\\d{2})\\s*(?:-|to)\\s*(\\d{1,2}/\\d{1,2}/\\d{2})");
    private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015\u2212]");

    /** A date as written: its day and month, and the last two digits of its year. */
    record Written(String text, int day, int month, int yearInCentury) {}

    private TwoDigitYear() {}

    /** The date when {@code text} is one day-first date with a two-digit year; empty for anything else. */
    static Optional<Written> of(String text) {
        String t = text == null ? "" : text.trim();
        Matcher m = DATE.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Written(
                t, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    }

    /**
     * The dates of a fieldwork cell written with two-digit years: one ({@code 02/05/12}), or the first and last day
     * of a range ({@code 28/04/12 - 02/05/12}); empty when the cell is not written so.
     */
    static Optional<List<String>> inCell(String text) {
        String t = text == null
                ? ""
                : DASHES.matcher(text.replace('\u00a0', ' ')).replaceAll("-").trim();
        if (DATE.matcher(t).matches()) {
            return Optional.of(List.of(t));
        }
        Matcher m = RANGE.matcher(t);
        return m.matches() ? Optional.of(List.of(m.group(1), m.group(2))) : Optional.empty();
    }

    /**
     * The one date {@code w} can be in the {@value #YEARS_BEFORE} years up to {@code pollingDay} (inclusive), or
     * empty when no century puts it there or it is no day of the calendar (31/02/12).
     */
    static Optional<LocalDate> place(Written w, LocalDate pollingDay) {
        List<LocalDate> fits = new ArrayList<>();
        for (LocalDate d : candidates(w, pollingDay)) {
            if (!d.isAfter(pollingDay) && !d.isBefore(pollingDay.minusYears(YEARS_BEFORE))) {
                fits.add(d);
            }
        }
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }

    /** Why {@link #place} found no date, naming the readings it tried. */
    static String unplaced(Written w, Election election) {
        List<LocalDate> readings = candidates(w, election.date());
        String head = "'" + w.text() + "' gives its year in two digits";
        if (readings.isEmpty()) {
            return head + ", and is no date of any century (day " + w.day() + ", month " + w.month()
                    + "); write the date in full, e.g. 2 May 2012";
        }
        // The nearest reading on each side of polling day: the century before is far off, the one after is late.
        List<String> why = new ArrayList<>();
        readings.stream()
                .filter(d -> !d.isAfter(election.date()))
                .reduce((a, b) -> b)
                .ifPresent(d -> why.add(d + " would be more than " + YEARS_BEFORE + " years before it"));
        readings.stream()
                .filter(d -> d.isAfter(election.date()))
                .findFirst()
                .ifPresent(d -> why.add(d + " would be after it"));
        return head + ", and no century puts it in the " + YEARS_BEFORE + " years up to polling day of "
                + election.id() + " (" + election.date() + "): " + String.join(", ", why)
                + "; write the year in full, or check the election";
    }

    /** The readings of {@code w} in the centuries around {@code pollingDay}'s, earliest first. */
    private static List<LocalDate> candidates(Written w, LocalDate pollingDay) {
        int century = pollingDay.getYear() / 100 * 100;
        List<LocalDate> out = new ArrayList<>();
        for (int c = century - 100; c <= century + 100; c += 100) {
            try {
                out.add(LocalDate.of(c + w.yearInCentury(), w.month(), w.day()));
            } catch (DateTimeException e) {
                // not a day of that year (31/02, 29/02 outside a leap year): no reading
            }
        }
        return out;
    }
}
