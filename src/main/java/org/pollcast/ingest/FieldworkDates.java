package org.pollcast.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads fieldwork date text as poll tables print it: {@code 28–30 Apr 2008}, {@code 30 Apr – 2 May 2008},
 * {@code 2 May 2008}, {@code 28–30 Apr} (the year from context), {@code 2008-04-30}, {@code 30/04/2008},
 * {@code Apr 28–30, 2008}, and days written as ordinals ({@code 2nd - 4th May 2021}). A range that crosses a year
 * end without a start year takes the year before.
 */
final class FieldworkDates {
    record Range(LocalDate start, LocalDate end) {}

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1),
            Map.entry("feb", 2),
            Map.entry("mar", 3),
            Map.entry("apr", 4),
            Map.entry("may", 5),
            Map.entry("jun", 6),
            Map.entry("jul", 7),
            Map.entry("aug", 8),
            Map.entry("sep", 9),
            Map.entry("oct", 10),
            Map.entry("nov", 11),
            Map.entry("dec", 12));
    /**
     * Month names in the languages poll tables are published in beyond English, as the JDK's locale data spells them
     * (full and abbreviated, standalone and in a date: German "Mai", Icelandic "maí", Polish "maja", French "août"),
     * so that a native-language copy of a table ("27.–29. maí 2024", the Icelandic trial) is read. A name two languages
     * give different months ("listopad": November in Polish and Czech, October in Croatian) is left out: no guess.
     */
    private static final Map<String, Integer> NATIVE_MONTHS = nativeMonths(
            "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "nn", "is", "fi", "et", "lv", "lt", "pl", "cs", "sk",
            "sl", "hr", "sr-Latn", "hu", "ro", "ca", "tr", "id");

    private static final String MON = "(\\p{L}{3,12})\\.?";
    private static final Pattern DAY_MONTH_RANGE = Pattern.compile(
            "(\\d{1,2})(?:\\s+" + MON + "(?:\\s+(\\d{4}))?)?\\s*-\\s*(\\d{1,2})\\s+" + MON + "(?:\\s+(\\d{4}))?");
    private static final Pattern SINGLE = Pattern.compile("(\\d{1,2})\\s+" + MON + "(?:\\s+(\\d{4}))?");
    private static final Pattern MONTH_FIRST =
            Pattern.compile(MON + "\\s+(\\d{1,2})(?:\\s*-\\s*(?:" + MON + "\\s+)?(\\d{1,2}))?(?:\\s+(\\d{4}))?");
    // Compiled once: every date cell of every row is cleaned.
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
    private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015\u2212]");
    private static final Pattern SPACED_TO = Pattern.compile("\\s+to\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A day written as an ordinal, as pollsters' own tables and releases print it: "2nd - 4th May 2021". */
    private static final Pattern ORDINAL = Pattern.compile("\\b(\\d{1,2})(st|nd|rd|th)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern ISO =
            Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:\\s*(?:-|to|/)\\s*(\\d{4}-\\d{2}-\\d{2}))?");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern NAMED_MONTH = Pattern.compile(MON + "\\s+(\\d{4})");
    /** Months without days: "Mar – Apr 2024", "September - October 2024", "Dec 2018 – Jan 2019". */
    private static final Pattern NAMED_MONTHS =
            Pattern.compile(MON + "(?:\\s+(\\d{4}))?\\s*-\\s*" + MON + "\\s+(\\d{4})");

    private static final Pattern SLASHED =
            Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:\\s*-\\s*(\\d{1,2})/(\\d{1,2})/(\\d{4}))?");

    /**
     * Day-first dates with dots, as German, Nordic and Central European tables print them: {@code 27.05.2024}, {@code
     * 27.–29.05.2024} (the first day's dot dropped by {@link #clean}), {@code 22.05.–27.05.} (the year from context),
     * {@code 30.12.2023–02.01.2024}.
     */
    private static final Pattern DOTTED = Pattern.compile(
            "(?:(\\d{1,2})(?:\\.(\\d{1,2})\\.(\\d{4})?)?\\s*-\\s*)?(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})?");
    /** A day with a dot before a dash or a month's name ("27.–29. Mai 2024"): the dot says "the 27th". */
    private static final Pattern DAY_DOT = Pattern.compile("(?<![.\\d])(\\d{1,2})\\.(?=\\s*(?:-|\\p{L}))");

    private FieldworkDates() {}

    private static Map<String, Integer> nativeMonths(String... languages) {
        Map<String, Integer> out = new HashMap<>();
        Set<String> clash = new HashSet<>();
        for (String language : languages) {
            Locale locale = Locale.forLanguageTag(language);
            for (Month m : Month.values()) {
                for (TextStyle style : TextStyle.values()) {
                    String name = m.getDisplayName(style, locale)
                            .toLowerCase(locale)
                            .replace(".", "")
                            .strip();
                    // Narrow forms ("M") and numbers some locales give as a month's name are no names; nor are
                    // three-letter abbreviations, which are English words in a sentence as often as months ("ago",
                    // "set", "out", "led": review). Full names of three letters ("Mai", "maj", "mei") are kept.
                    boolean abbreviated = style == TextStyle.SHORT || style == TextStyle.SHORT_STANDALONE;
                    if (name.length() < (abbreviated ? 4 : 3) || !name.chars().allMatch(Character::isLetter)) {
                        continue;
                    }
                    Integer before = out.putIfAbsent(name, m.getValue());
                    if (before != null && before != m.getValue()) {
                        clash.add(name);
                    }
                }
            }
        }
        clash.forEach(out::remove);
        return Map.copyOf(out);
    }

    /**
     * Fieldwork dates a page published on {@code published} prints, perhaps without a year ("(7-8 September)",
     * "Apr 25-26", "conducted from December 28-30"): such dates take the publication's year, or the year before where
     * that would end them after the publication (a January release's December survey). Empty when not a date.
     */
    static Optional<Range> beforePublication(String text, LocalDate published) {
        Integer year = hasYear(text) ? null : published.getYear();
        Optional<Range> range = parse(text, year);
        if (year != null && range.isPresent() && range.get().end().isAfter(published)) {
            range = parse(text, year - 1);
        }
        return range;
    }

    /**
     * Parses {@code text}; {@code contextYear} (from a section heading, a caption or the election) fills a
     * missing year and may be null. Empty when the text is not a date this reader understands.
     */
    static Optional<Range> parse(String text, Integer contextYear) {
        String t = clean(text);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            Matcher m = ISO.matcher(t);
            if (m.matches()) {
                LocalDate end = LocalDate.parse(m.group(2) != null ? m.group(2) : m.group(1));
                return Optional.of(new Range(m.group(2) != null ? LocalDate.parse(m.group(1)) : null, end));
            }
            m = SLASHED.matcher(t);
            if (m.matches()) {
                LocalDate first = LocalDate.of(
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                if (m.group(4) == null) {
                    return Optional.of(new Range(null, first));
                }
                LocalDate last = LocalDate.of(
                        Integer.parseInt(m.group(6)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(4)));
                return Optional.of(new Range(first, last));
            }
            m = DOTTED.matcher(t);
            if (m.matches()) {
                Integer endYear = year(m.group(6), contextYear);
                if (endYear == null) {
                    return Optional.empty();
                }
                return Optional.of(dayFirst(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), endYear));
            }
            m = DAY_MONTH_RANGE.matcher(t);
            if (m.matches()) {
                Integer endMonth = month(m.group(5));
                Integer startMonth = m.group(2) == null ? endMonth : month(m.group(2));
                Integer endYear = year(m.group(6), contextYear);
                if (endMonth == null || startMonth == null || endYear == null) {
                    return Optional.empty();
                }
                int startYear = m.group(3) != null
                        ? Integer.parseInt(m.group(3))
                        : startMonth > endMonth ? endYear - 1 : endYear;
                return Optional.of(new Range(
                        LocalDate.of(startYear, startMonth, Integer.parseInt(m.group(1))),
                        LocalDate.of(endYear, endMonth, Integer.parseInt(m.group(4)))));
            }
            m = SINGLE.matcher(t);
            if (m.matches()) {
                Integer mon = month(m.group(2));
                Integer y = year(m.group(3), contextYear);
                return mon == null || y == null
                        ? Optional.empty()
                        : Optional.of(new Range(null, LocalDate.of(y, mon, Integer.parseInt(m.group(1)))));
            }
            m = MONTH_FIRST.matcher(t);
            if (m.matches()) {
                Integer startMonth = month(m.group(1));
                Integer endMonth = m.group(3) == null ? startMonth : month(m.group(3));
                Integer y = year(m.group(5), contextYear);
                if (startMonth == null || endMonth == null || y == null) {
                    return Optional.empty();
                }
                LocalDate first =
                        LocalDate.of(startMonth > endMonth ? y - 1 : y, startMonth, Integer.parseInt(m.group(2)));
                if (m.group(4) == null) {
                    return Optional.of(new Range(null, first));
                }
                return Optional.of(new Range(first, LocalDate.of(y, endMonth, Integer.parseInt(m.group(4)))));
            }
        } catch (DateTimeException e) {
            return Optional.empty(); // 31 Feb and the like: not a date
        }
        return Optional.empty();
    }

    /**
     * A day-first range from its parts as a page prints them, the start's month and year perhaps left out (the end's
     * month, and the year before where the start's month is later than the end's); a start of null where no start day
     * is given.
     */
    static Range dayFirst(
            String startDay, String startMonth, String startYear, String endDay, String endMonth, int year) {
        int em = Integer.parseInt(endMonth);
        LocalDate end = LocalDate.of(year, em, Integer.parseInt(endDay));
        if (startDay == null) {
            return new Range(null, end);
        }
        int sm = startMonth == null ? em : Integer.parseInt(startMonth);
        int sy = startYear != null ? Integer.parseInt(startYear) : sm > em ? year - 1 : year;
        return new Range(LocalDate.of(sy, sm, Integer.parseInt(startDay)), end);
    }

    /**
     * A date that gives only its month: {@code 2016-03}, {@code March 2016}, {@code Mar 2016}; or months without
     * days ({@code Mar – Apr 2024}, as South African tables date a survey whose days were never published), which
     * give their last month, as a month alone gives that month: the poll is dated by when its fieldwork ended. Empty
     * for anything else, full dates included.
     */
    static Optional<YearMonth> monthOnly(String text) {
        String t = clean(text);
        Optional<YearMonth> last = lastOfMonths(t);
        if (last.isPresent()) {
            return last;
        }
        Matcher m = ISO_MONTH.matcher(t);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            return month >= 1 && month <= 12
                    ? Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), month))
                    : Optional.empty();
        }
        m = NAMED_MONTH.matcher(t);
        if (m.matches()) {
            Integer month = month(m.group(1));
            return month == null ? Optional.empty() : Optional.of(YearMonth.of(Integer.parseInt(m.group(2)), month));
        }
        return Optional.empty();
    }

    /**
     * The last month of {@code Mar – Apr 2024} (a start month after the end month is of the year before: {@code Nov –
     * Jan 2024}); empty unless both are months and the first comes before the last. Before, such a cell was refused as
     * no date, and its whole page with it.
     */
    private static Optional<YearMonth> lastOfMonths(String t) {
        Matcher m = NAMED_MONTHS.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        Integer first = month(m.group(1));
        Integer last = month(m.group(3));
        if (first == null || last == null) {
            return Optional.empty();
        }
        YearMonth end = YearMonth.of(Integer.parseInt(m.group(4)), last);
        YearMonth start = m.group(2) != null
                ? YearMonth.of(Integer.parseInt(m.group(2)), first)
                : YearMonth.of(first > last ? end.getYear() - 1 : end.getYear(), first);
        return start.isBefore(end) ? Optional.of(end) : Optional.empty();
    }

    /** True when the text carries its own four-digit year. */
    static boolean hasYear(String text) {
        return YEAR.matcher(text).find();
    }

    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        String t = DASHES.matcher(text.replace('\u00a0', ' ')).replaceAll("-");
        t = SPACED_TO.matcher(t).replaceAll(" - ").replace(",", " ");
        t = ORDINAL.matcher(t)
                .replaceAll(m -> ordinalSuffix(Integer.parseInt(m.group(1))).equalsIgnoreCase(m.group(2))
                        ? m.group(1)
                        : m.group()); // "2th" is a typo, not a date: left for the patterns to refuse
        t = DAY_DOT.matcher(t).replaceAll("$1");
        return SPACES.matcher(t).replaceAll(" ").trim();
    }

    /** The English ordinal suffix of {@code day}: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 23rd, 31st. */
    private static String ordinalSuffix(int day) {
        if (day % 100 >= 11 && day % 100 <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    private static Integer month(String name) {
        if (name == null || name.length() < 3) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        Integer m = MONTHS.get(lower.substring(0, 3));
        // Accept "Apr", "April", "Sept", not "Aprxyz".
        if (m != null
                && (lower.length() == 3 || lower.equals("sept") || fullName(m).startsWith(lower))) {
            return m;
        }
        // Else a name in another language ("Mai", "maí", "août"), or none.
        return NATIVE_MONTHS.get(lower);
    }

    private static String fullName(int month) {
        return Month.of(month)
                .getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                .toLowerCase(Locale.ROOT);
    }

    private static Integer year(String text, Integer context) {
        return text != null ? Integer.valueOf(Integer.parseInt(text)) : context;
    }
}
