package org.pollcast.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An aggregator's page about one poll that prints its figures on one summary line, as Electográfica prints every
 * Spanish poll, parties parted by bars (or commas) with the seats projected in brackets:
 *
 * <pre>
 * PODEMOS-IU-AV 5,2% (0/7) | MM-VQ 17,9% (25/26) | PSOE 18,1% (25/26) | PP 47,6% (66/70) | VOX 9,0% (12/13)
 * Encuesta para elecciones autonómicas en la Comunidad de Madrid realizada por DYM para 20 Minutos.
 * ...
 * Periodo de campo: 15-18/05/2023 · Método: Online · Muestra: ? · Margen de error: ± ?%
 * </pre>
 *
 * The firm is the one the page says made the poll ("realizada por DYM para 20 Minutos", "realizada por GAD3 por
 * encargo de ABC"), the dates the "Periodo de campo:" (fieldwork) field, day-first, the sample the "Muestra:" field
 * ("1.500" is 1,500; "?" is none). A bracket's seats are the firm's projection, never a share. The page prints the
 * summary twice (its title and its body): read once. Before, such a page was refused as a release page with no list
 * of figures, or, a comma in its first line, as a CSV with no 'pollster' column (the blind trial on Madrid's 2021 and
 * 2023 regional elections found them the stored copies of the firms' last polls).
 */
final class PollSummaryReader {
    /**
     * One party's figure on the summary line: a name, a share with a decimal comma or point (after a "~" where the firm
     * gives it as about so much: "CS ~1,0%"), seats in brackets.
     */
    private static final Pattern ITEM = Pattern.compile(
            "(?<name>[\\p{L}][\\p{L}\\p{N} .'’+\\-–]{0,40}?)\\s+~?(?<share>\\d{1,2}(?:[.,]\\d{1,2})?)\\s?%"
                    + "(?:\\s*\\((?<seats>[\\d/–\\-]{1,9})\\))?");

    /** What a summary line's label names: the poll ("Encuesta ...", "Resultados de la encuesta") or its date. */
    private static final Pattern POLL_LABEL =
            Pattern.compile("(?i)encuesta|sondeo|resultado|estimaci|\\bpoll\\b|\\d{1,2}/\\d{1,2}/\\d{4}");

    /**
     * The summary line's items are parted by bars, by middle dots ("PSC 27,8% (39/41) · CAT-JUNTS+ 22,4% (36/38)", the
     * 2024 Catalan pages, refused as a release page with no list), or by a comma and a space (a decimal comma has none).
     */
    private static final Pattern PARTS = Pattern.compile("\\s*[|·]\\s*|,\\s+");

    private static final Pattern FIELDWORK = Pattern.compile("(?i)Periodo de campo:\\s*(?<dates>[^·]+?)\\s*(?:·|$)");
    private static final Pattern SAMPLE = Pattern.compile("(?i)Muestra:\\s*(?<n>\\d{1,3}(?:\\.\\d{3})+|\\d+)");
    private static final Pattern FIRM = Pattern.compile(
            "(?i)\\brealizada por\\s+(?<firm>.+?)\\s+(?:para|por encargo de)\\s+(?<client>[^.]+?)\\s*\\.?$");
    /** Day-first fieldwork: "26-28/04/2023", "28/04-03/05/2023", "02/05/2023". */
    private static final Pattern DATES =
            Pattern.compile("(?:(?<d1>\\d{1,2})(?:/(?<m1>\\d{1,2}))?(?:/(?<y1>\\d{4}))?\\s*[-–]\\s*)?"
                    + "(?<d2>\\d{1,2})/(?<m2>\\d{1,2})/(?<y2>\\d{4})");

    private PollSummaryReader() {}

    private record Item(String name, String share) {}

    private record Summary(List<Item> items, int line) {}

    /** Whether {@code text} is such a page: a summary line of two or more figures and a "Periodo de campo:" line. */
    static boolean looksLike(String text) {
        boolean summary = false;
        for (String raw : text.split("\\R")) {
            String t = raw.strip();
            if (summary(t).isPresent()) {
                summary = true;
            } else if (summary
                    && (FIELDWORK.matcher(t).find() || FIRM.matcher(t).find())) {
                return true;
            }
        }
        return false;
    }

    /** The summary line's figures: every part after the line's last label ("...: ") must be a party's figure. */
    private static Optional<List<Item>> summary(String line) {
        String body = line;
        int colon = body.lastIndexOf(": ");
        if (colon >= 0 && !POLL_LABEL.matcher(body.substring(0, colon)).find()) {
            // A label naming no poll nor date ("Hace un mes: PP 42,1% · PSOE 19,0%", last month's figures set beside
            // a release's own list) is no summary of this poll: read as one, last month's figures were stored (review).
            return Optional.empty();
        }
        if (colon >= 0) {
            body = body.substring(colon + 2); // "Resultados de la encuesta: ..." and the title's "02/05/2023: ..."
        }
        String[] parts = PARTS.split(body.strip());
        if (parts.length < 2) {
            return Optional.empty();
        }
        List<Item> items = new ArrayList<>();
        for (String p : parts) {
            Matcher m = ITEM.matcher(p.strip());
            if (!m.matches()) {
                return Optional.empty();
            }
            items.add(new Item(m.group("name").strip(), m.group("share").replace(',', '.')));
        }
        return Optional.of(items);
    }

    /** The page's poll. */
    static PollsterTablesReader.Survey read(SourceDocument doc) {
        String source = doc.name();
        String[] lines = doc.text(ReleasePageReader.MAX_CHARS).split("\\R", -1);
        Summary summary = null;
        String fieldwork = null;
        int fieldworkLine = 0;
        String sample = null;
        int sampleLine = 0;
        String firm = null;
        String client = null;
        String what = null;
        int firmLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].replace('\u00a0', ' ').strip();
            Optional<List<Item>> items = summary(t);
            if (items.isPresent()) {
                if (summary == null) {
                    summary = new Summary(items.get(), i + 1); // the title's copy and the body's: the first is read
                }
                continue;
            }
            Matcher fw = FIELDWORK.matcher(t);
            if (fieldwork == null && fw.find()) {
                fieldwork = fw.group("dates").strip();
                fieldworkLine = i + 1;
            }
            Matcher s = SAMPLE.matcher(t);
            if (sample == null && s.find()) {
                sample = s.group("n").replace(".", "");
                sampleLine = i + 1;
            }
            Matcher f = FIRM.matcher(t);
            if (firm == null && f.find()) {
                firm = f.group("firm").strip();
                client = f.group("client").strip();
                what = t;
                firmLine = i + 1;
            }
        }
        List<RawPoll> polls = new ArrayList<>();
        if (summary == null) {
            return new PollsterTablesReader.Survey(polls, List.of(), List.of());
        }
        Location at = Location.line(summary.line());
        Map<String, RawPoll.RawField> fields = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        if (firm == null) {
            problems.add(new Problem(
                    source,
                    at,
                    "pollster",
                    "the page names no firm ('realizada por FIRM para CLIENT' under the figures): whose poll is it?"));
        } else {
            fields.put("pollster", new RawPoll.RawField(firm, "realizada por", Location.line(firmLine)));
            fields.put("client", new RawPoll.RawField(client, "para", Location.line(firmLine)));
            fields.put("notes", new RawPoll.RawField(what, "page", Location.line(firmLine)));
        }
        if (fieldwork == null) {
            problems.add(new Problem(
                    source,
                    at,
                    "Periodo de campo",
                    "the page gives no 'Periodo de campo:' (fieldwork) line: its dates are unknown"));
        } else {
            Location fwAt = Location.line(fieldworkLine);
            Optional<FieldworkDates.Range> range = dates(fieldwork);
            if (range.isEmpty()) {
                problems.add(new Problem(
                        source,
                        fwAt,
                        "Periodo de campo",
                        "'" + fieldwork + "' is no fieldwork dates (as '26-28/04/2023')"));
            } else {
                FieldworkDates.Range r = range.get();
                fields.put("fieldwork_start", new RawPoll.RawField(r.start().toString(), "Periodo de campo", fwAt));
                fields.put("fieldwork_end", new RawPoll.RawField(r.end().toString(), "Periodo de campo", fwAt));
            }
        }
        if (sample != null) {
            fields.put("sample_size", new RawPoll.RawField(sample, "Muestra", Location.line(sampleLine)));
        }
        List<RawShare> shares = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("pollster", "fieldwork", "sample_size"));
        List<String> cells = new ArrayList<>(
                List.of(firm == null ? "" : firm, fieldwork == null ? "" : fieldwork, sample == null ? "" : sample));
        for (Item item : summary.items()) {
            header.add(item.name());
            cells.add(item.share());
            PollsterTablesReader.option(
                    item.name(), item.share(), at, PollsterTablesReader.optionName(item.name()), fields, shares);
        }
        SourceRows rows = new SourceRows(header, List.of(new SourceRows.Row(at, cells)));
        polls.add(new RawPoll(at, fields, shares, rows, problems));
        return new PollsterTablesReader.Survey(polls, List.of(), List.of());
    }

    /** Day-first fieldwork dates; a start with no month or year takes the end's. */
    static Optional<FieldworkDates.Range> dates(String text) {
        Matcher m = DATES.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            FieldworkDates.Range r = FieldworkDates.dayFirst(
                    m.group("d1"),
                    m.group("m1"),
                    m.group("y1"),
                    m.group("d2"),
                    m.group("m2"),
                    Integer.parseInt(m.group("y2")));
            // A one-day poll is its own start.
            LocalDate start = r.start() == null ? r.end() : r.start();
            return start.isAfter(r.end()) ? Optional.empty() : Optional.of(new FieldworkDates.Range(start, r.end()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
