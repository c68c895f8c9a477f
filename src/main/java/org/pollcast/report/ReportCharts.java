package org.pollcast.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pollcast.election.VotingSystem;
import org.pollcast.poll.Poll;
import org.pollcast.simulate.CandidateForecast;
import org.pollcast.simulate.MayorForecast;

/** The report's charts as data ({@link ChartSpec}s), in the order the report shows them. */
public final class ReportCharts {
    /**
     * The pollsters' markers on the trend chart, in the order handed out: filled shapes, lines, then outlines
     * ({@link OpenMarker}). Seven were repeated from the eighth pollster on; past thirteen the last is shared by the
     * rest, and the legend says so ({@link PollCharts#pollsterMarkers}).
     */
    static final List<String> MARKERS = List.of(
            "circle",
            "square",
            "diamond",
            "triangle",
            "triangle-down",
            "cross",
            "plus",
            "open-circle",
            "open-square",
            "open-diamond",
            "open-triangle",
            "open-triangle-down",
            "asterisk");

    static final int LEADING = 5;
    /** At most this many lines on the trend chart: beyond it the colours and labels no longer tell them apart. */
    static final int MOST_DRAWN = 8;

    private ReportCharts() {}

    /**
     * The charts of {@code in}, coloured by {@code palette}: the election's ({@link Palette#forElection}), which the
     * page's swatches ({@link HtmlReport#render}) use too, so that each party has one colour on every chart and the page.
     */
    public static List<ChartSpec> all(ReportInput in, Palette palette) {
        List<ChartSpec> charts = new ArrayList<>();
        if (in.trend() != null) {
            charts.add(PollCharts.trend(in, palette));
        }
        if (in.average() != null && HouseEffectTables.anyMeasured(in.average().houseEffects())) {
            charts.add(PollCharts.houseEffects(in, palette));
        }
        charts.add(MayorCharts.winProbability(in, palette));
        charts.add(MayorCharts.firstPreferences(in, palette));
        // A pair too rare to draw (Ireland 2018's Higgins v Gallagher, 0.1%) made a bar chart of no bars, and the
        // charting library stopped the report with "Y-Axis data cannot be empty".
        if (!MayorCharts.pairsDrawn(in.forecast().mayor()).isEmpty()) {
            charts.add(MayorCharts.runoffPairs(in, palette));
            charts.add(MayorCharts.runoffMargin(in, palette));
        }
        if (in.race() != null && !in.race().points().isEmpty()) {
            charts.add(RaceCharts.chances(in, palette));
            charts.add(RaceCharts.shares(in, palette));
        }
        if (!in.history().isEmpty()) {
            charts.add(PollCharts.history(in, palette));
        }
        if (in.forecast().assembly() != null) {
            charts.add(AssemblyCharts.assemblySeats(in, palette));
            if (!in.forecast().assembly().blocs().isEmpty()) {
                // A definition need not name blocs (they are optional); a chart of no bars is none.
                charts.add(AssemblyCharts.blocs(in, palette));
            }
        }
        return charts;
    }

    static String footer(ReportInput in) {
        MayorForecast f = in.forecast().mayor();
        return String.format(
                Locale.ROOT,
                "Source: pollcast · %s · %s · %,d simulations, seed %d",
                in.election().id(),
                f.input().source(),
                f.sims(),
                f.settings().seed());
    }

    /**
     * The {@code n} likeliest winners, by chance of winning, then by first-preference share: the order of charts and
     * tables of chances. Under a run-off a candidate behind on first preferences can be likelier to win.
     */
    static List<CandidateForecast> likeliest(MayorForecast f, int n) {
        return f.candidates().stream()
                .filter(c -> !c.id().equals("other"))
                .sorted(Comparator.comparingDouble(CandidateForecast::pWin)
                        .thenComparingDouble(c -> c.firstPref().mean())
                        .reversed())
                .limit(n)
                .toList();
    }

    /**
     * A house as its polls were published, for a chart: a 2024 poll by Savanta, whose house is ComRes for house
     * effects, is "Savanta" to a reader, and "ComRes / Savanta" when polls under both names are drawn. The house's
     * own name when none of {@code polls} is the house's.
     */
    static String publishedName(String house, List<Poll> polls) {
        List<String> names = polls.stream()
                .filter(p -> p.pollster().equals(house))
                .map(Poll::publishedAs)
                .distinct()
                .toList();
        return names.isEmpty() ? house : String.join(" / ", names);
    }

    static List<CandidateForecast> leading(MayorForecast f, int n) {
        return f.candidates().stream()
                .filter(c -> !c.id().equals("other"))
                .sorted(Comparator.comparingDouble(
                                (CandidateForecast c) -> c.firstPref().mean())
                        .reversed())
                .limit(n)
                .toList();
    }

    /**
     * The candidates whose simulated shares are drawn as curves: the leading two, and the third where its 90% range
     * reaches 5%, as the trend draws a candidate beyond its five. A two-party race's third on 1% (Pennsylvania's Senate
     * race of 2024, a blind trial: John Thomas, 44% of simulations in one half point) peaked nine times higher than the
     * two who decided it and flattened their curves along the floor.
     */
    static List<CandidateForecast> sharesDrawn(MayorForecast f) {
        List<CandidateForecast> three = leading(f, 3);
        return three.size() < 3 || three.get(2).firstPref().p95() >= 5 ? three : three.subList(0, 2);
    }

    /**
     * The candidates whose polling is drawn and tabled: the five leading, and beyond them any whose 90% range reaches
     * 5%, up to {@link #MOST_DRAWN}. Five alone left out the West Midlands' Yakoob (sixth, won 11.7%), and a list vote's
     * parties near its threshold, which are the story of the count.
     */
    static List<CandidateForecast> drawn(MayorForecast f) {
        List<CandidateForecast> all = leading(f, MOST_DRAWN);
        List<CandidateForecast> out = new ArrayList<>();
        for (CandidateForecast c : all) {
            if (out.size() < LEADING || c.firstPref().p95() >= 5) {
                out.add(c);
            }
        }
        return out;
    }

    /** The series cut to the x range where any of them is above 0.05 (plus one point either side). */
    static List<ChartSpec.Series> trimmed(List<ChartSpec.Series> series) {
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (ChartSpec.Series s : series) {
            for (int i = 0; i < s.y().length; i++) {
                if (s.y()[i] > 0.05) {
                    lo = Math.min(lo, i);
                    hi = Math.max(hi, i);
                }
            }
        }
        if (hi < 0) {
            return series;
        }
        int from = Math.max(0, lo - 1);
        List<ChartSpec.Series> out = new ArrayList<>();
        for (ChartSpec.Series s : series) {
            int to = Math.min(s.y().length, hi + 2);
            out.add(new ChartSpec.Series(
                    s.name(),
                    s.colour(),
                    Arrays.copyOfRange(s.x(), from, to),
                    Arrays.copyOfRange(s.y(), from, to),
                    null,
                    s.style(),
                    s.marker(),
                    s.inLegend()));
        }
        return out;
    }

    /**
     * What a house effect is on, in words: a candidate's name, or "Lead: Boris Johnson over Ken Livingstone" for the
     * effect on a lead, which is stored as {@code lead:johnson>livingstone} and was printed so on the page.
     */
    static String effectName(MayorForecast f, String option) {
        if (option.startsWith("lead:") && option.contains(">")) {
            String[] pair = option.substring(5).split(">", 2);
            return "Lead: " + name(f, pair[0]) + " over " + name(f, pair[1]);
        }
        return name(f, option);
    }

    static String name(MayorForecast f, String id) {
        return f.candidates().stream()
                .filter(c -> c.id().equals(id))
                .map(CandidateForecast::name)
                .findFirst()
                .orElse(id);
    }

    /**
     * What the two candidates of the deciding count are called: the Supplementary Vote's run-off, or instant-runoff's
     * final round, whose last two are its winner and nearest challenger.
     */
    static String finalRound(MayorForecast f) {
        if (f.system().equals(VotingSystem.TWO_ROUND.code())) {
            return "second round";
        }
        return f.system().equals(VotingSystem.INSTANT_RUNOFF.code()) ? "final round" : "run-off";
    }

    /**
     * A candidate's name short enough for a bar label: for a candidate polled by party (id = party id) named like
     * another such one ("Labour candidate", "Conservative candidate"), the name without the last word they share
     * ("Labour"); else the surname when no other candidate has it ("Khan", "Cunningham"); else the name.
     */
    static String shortName(MayorForecast f, String id) {
        List<CandidateForecast> all =
                f.candidates().stream().filter(c -> !c.id().equals("other")).toList();
        String name = name(f, id);
        String[] words = name.split(" ");
        String last = words[words.length - 1];
        boolean byParty = all.stream().anyMatch(c -> c.id().equals(id) && id.equals(c.party()));
        long placeholdersLikeIt = all.stream()
                .filter(c -> c.id().equals(c.party()) && c.name().endsWith(" " + last))
                .count();
        if (byParty && words.length > 1 && placeholdersLikeIt > 1) {
            return name.substring(0, name.length() - last.length() - 1);
        }
        String surname = surname(name);
        boolean unique = all.stream()
                .filter(c -> !c.id().equals(id))
                .noneMatch(c -> c.name().endsWith(" " + surname) || c.name().equals(surname));
        return unique && !surname.equals(name) ? surname : name;
    }

    /** Words that begin a surname with the word after them: "Le Pen", "de Blasio", "von der Leyen". */
    private static final Set<String> PARTICLES = Set.of(
            "al", "bin", "da", "das", "de", "del", "della", "der", "des", "di", "do", "dos", "du", "el", "ibn", "la",
            "le", "les", "st", "st.", "ten", "ter", "van", "von", "zu");

    /** Lowercase links of Iberian compound surnames, as written: "Gouveia e Melo", "Ortega y Gasset". */
    private static final Set<String> IBERIAN_AND = Set.of("e", "y");

    /** Lowercase particles of Iberian compound surnames, as written: "Rebelo de Sousa", "Lula da Silva". */
    private static final Set<String> IBERIAN_OF = Set.of("da", "das", "de", "del", "do", "dos");

    /**
     * The surname of {@code name}: its last word with the particles before it ("Marine Le Pen" is "Le Pen", where the
     * last word alone put "Macron v Pen" under the second round's bars), at least one word left before them; the
     * name itself when it is one word.
     */
    static String surname(String name) {
        String[] words = name.split(" ");
        int from = words.length - 1;
        while (from > 1 && PARTICLES.contains(words[from - 1].toLowerCase(Locale.ROOT))) {
            from--;
        }
        // An Iberian compound surname takes the word before its lowercase link, a given name still left before it:
        // "Gouveia e Melo", "Rebelo de Sousa", "Cotrim de Figueiredo", "Lula da Silva". Before, Portugal 2026's chart
        // of the likeliest second rounds read "Ventura v Melo" and "Ventura v de Figueiredo".
        if (from > 2 && IBERIAN_AND.contains(words[from - 1])) {
            from -= 2;
        } else if (from > 1 && IBERIAN_OF.contains(words[from])) {
            from--;
        }
        return String.join(" ", Arrays.asList(words).subList(from, words.length));
    }

    static String shortLabel(String label) {
        int paren = label.indexOf(" (");
        return paren > 0 ? label.substring(0, paren) : label;
    }
}
