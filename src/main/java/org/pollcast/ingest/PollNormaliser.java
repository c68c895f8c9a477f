package org.pollcast.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pollcast.BadInputException;
import org.pollcast.election.Contest;
import org.pollcast.election.Election;
import org.pollcast.ingest.ElectionCatalog;
import org.pollcast.election.Option;
import org.pollcast.election.Scope;
import org.pollcast.poll.DatePrecision;
import org.pollcast.poll.Poll;

/**
 * Turns a {@link RawPoll} into a validated {@link Poll}, or into the list of everything wrong with it. This is
 * the single place where poll validation lives, whatever format the poll came in:
 * <ul>
 * <li>election, contest and scope known and consistent; pollster and option names known (aliases applied);
 * <li>shares are numbers in 0–100; a poll's shares sum to at most {@value #MAX_SUM}, and to at least
 * {@value #MIN_SUM} unless it leaves some options unreported (blank, "–" or absent, and no "Others"
 * figure), in which case it is stored as partial;
 * <li>fieldwork end not before its start, not after the election, not in the future; sample size a positive
 * whole number.
 * </ul>
 */
final class PollNormaliser {
    static final double MIN_SUM = 90;
    static final double MAX_SUM = 102;
    private static final Pattern NOT_REPORTED = Pattern.compile("|-|–|—|n/?a|\\?|not asked|—|x", Pattern.CASE_INSENSITIVE);

    record Normalised(Poll poll, Location location) {
    }

    private final String source;
    private final ElectionCatalog catalog;
    private final Election explicitElection;
    private final AliasTable aliases;
    private final LocalDate today;
    private final boolean acceptNewPollsters;
    private final Map<String, OptionResolver> resolvers = new HashMap<>();
    private final Map<String, Election> electionsById = new HashMap<>();

    PollNormaliser(String source, ElectionCatalog catalog, Election explicitElection, AliasTable aliases,
            LocalDate today, boolean acceptNewPollsters) {
        this.source = source;
        this.catalog = catalog;
        this.explicitElection = explicitElection;
        this.aliases = aliases;
        this.today = today;
        this.acceptNewPollsters = acceptNewPollsters;
    }

    /** The poll, or the problems; never both. */
    Optional<Normalised> normalise(RawPoll raw, List<Problem> problems) {
        int before = problems.size();
        Election election = election(raw, problems);
        if (election == null) {
            return Optional.empty();
        }
        Contest contest = contest(raw, election, problems);
        if (contest == null) {
            return Optional.empty();
        }
        Scope scope = scope(raw, contest, problems);
        String pollster = pollster(raw, problems);
        String client = clientOf(raw.value("client"));
        LocalDate start = date(raw, "fieldwork_start", problems);
        LocalDate end = date(raw, "fieldwork_end", problems);
        LocalDate published = date(raw, "published", problems);
        checkDates(raw, election, start, end, published, problems);
        DatePrecision precision = DatePrecision.EXACT;
        if (!raw.value("date_precision").isEmpty()) {
            precision = DatePrecision.fromCode(raw.value("date_precision")).orElse(null);
            if (precision == null) {
                problems.add(problem(raw, "date_precision", "'" + raw.value("date_precision") + "' is not exact or approximate"));
            }
        }
        Integer sample = sampleSize(raw, problems);
        Double dontKnow = raw.value("dont_know").isEmpty() || isNotReported(raw.value("dont_know")) ? null
                : percent(raw.value("dont_know"), raw.column("dont_know"), raw.where("dont_know"), "don't know", problems);
        Map<String, Double> shares = new LinkedHashMap<>();
        shares(raw, election, contest, shares, problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        if (shares.isEmpty()) {
            problems.add(new Problem(source, raw.location(), null, "no shares: every option is blank"));
            return Optional.empty();
        }
        double sum = shares.values().stream().mapToDouble(Double::doubleValue).sum();
        // An "Others" figure accounts for everyone not named, as does naming every candidate or party.
        boolean unreported = !shares.containsKey(Option.OTHER) && shares.size() < contest.options().size() - 1;
        String sumText = "shares of this " + scope + " poll sum to " + trim(sum);
        if (sum > MAX_SUM + 1e-9) {
            problems.add(new Problem(source, raw.location(), "share", sumText + ", more than " + trim(MAX_SUM)));
            return Optional.empty();
        }
        if (sum < MIN_SUM - 1e-9 && !unreported) {
            problems.add(new Problem(source, raw.location(), "share", sumText + ", less than " + trim(MIN_SUM)
                    + ", yet every option is reported"));
            return Optional.empty();
        }
        // Options left blank or "–" are not a defect by themselves (minor candidates often go unreported);
        // the poll is partial when what it does report covers less than MIN_SUM of the electorate.
        boolean partial = sum < MIN_SUM - 1e-9;
        Poll poll = new Poll(election.id(), contest.id(), scope, pollster, client, start, end, published, precision,
                sample, emptyToNull(raw.value("population")), emptyToNull(raw.value("mode")), shares, dontKnow,
                partial, emptyToNull(raw.value("notes")), emptyToNull(raw.value("citation")),
                emptyToNull(raw.value("poll_id")));
        return Optional.of(new Normalised(poll, raw.location()));
    }

    private Election election(RawPoll raw, List<Problem> problems) {
        String id = raw.value("election");
        String year = raw.value("year");
        if (explicitElection != null) {
            if (!id.isEmpty() && !id.equals(explicitElection.id())) {
                problems.add(problem(raw, "election", "'" + id + "' but --election is " + explicitElection.id()));
                return null;
            }
            if (!year.isEmpty() && !year.equals(Integer.toString(explicitElection.date().getYear()))) {
                problems.add(problem(raw, "year", year + " but --election " + explicitElection.id() + " is held in "
                        + explicitElection.date().getYear()));
                return null;
            }
            return explicitElection;
        }
        if (!id.isEmpty()) {
            return electionsById.computeIfAbsent(id, k -> {
                try {
                    return catalog.resolve(k);
                } catch (BadInputException e) {
                    problems.add(problem(raw, "election", e.getMessage()));
                    return null;
                }
            });
        }
        if (!year.isEmpty()) {
            if (!year.matches("\\d{4}")) {
                problems.add(problem(raw, "year", "'" + year + "' is not a year"));
                return null;
            }
            return electionsById.computeIfAbsent("year:" + year, k -> {
                List<Election> inYear = catalog.inYear(Integer.parseInt(year));
                if (inYear.size() != 1) {
                    problems.add(problem(raw, "year", inYear.isEmpty() ? "no election defined in " + year
                            : "more than one election in " + year + "; use --election"));
                    return null;
                }
                return inYear.get(0);
            });
        }
        problems.add(new Problem(source, raw.location(), "election", "no election: give --election or an election column"));
        return null;
    }

    private Contest contest(RawPoll raw, Election election, List<Problem> problems) {
        String id = raw.value("contest");
        if (!id.isEmpty()) {
            Optional<Contest> c = election.contest(id);
            if (c.isEmpty()) {
                problems.add(problem(raw, "contest", "unknown contest '" + id + "' in " + election.id() + "; known: "
                        + String.join(", ", election.contests().keySet())));
            }
            return c.orElse(null);
        }
        Optional<Scope> scope = ScopeWords.ofCell(raw.value("scope"));
        if (scope.isPresent() && election.contestFor(scope.get()).isPresent()) {
            Contest byScope = election.contestFor(scope.get()).get();
            if (!resolvesAll(raw, election, byScope, true)) {
                Optional<Contest> byNames = election.contests().values().stream()
                        .filter(c -> c != byScope && resolvesAll(raw, election, c, true)).findFirst();
                if (byNames.isPresent()) {
                    problems.add(problem(raw, "scope", "'" + raw.value("scope") + "' is a scope of " + byScope.id()
                            + ", but the options named are those of " + byNames.get().id()));
                    return null;
                }
            }
            return byScope;
        }
        if (election.contests().size() == 1) {
            return election.contests().values().iterator().next();
        }
        // No contest and no scope: the one contest whose options name every share, preferring names that
        // match directly over party names standing for candidates.
        for (boolean allowWeak : new boolean[] {false, true}) {
            List<Contest> fits = new ArrayList<>();
            for (Contest c : election.contests().values()) {
                if (resolvesAll(raw, election, c, allowWeak)) {
                    fits.add(c);
                }
            }
            if (fits.size() == 1) {
                return fits.get(0);
            }
        }
        problems.add(new Problem(source, raw.location(), "contest", "cannot tell which contest of " + election.id()
                + " this poll is about; add a contest or scope column"));
        return null;
    }

    /**
     * True when every reported share names an option of {@code contest}; without {@code allowWeak}, party
     * names standing for candidates do not count (see {@link OptionResolver#resolveStrongly(String)}).
     */
    private boolean resolvesAll(RawPoll raw, Election election, Contest contest, boolean allowWeak) {
        OptionResolver r = resolver(election, contest);
        return raw.shares().stream().allMatch(s -> isNotReported(s.value())
                || (allowWeak ? r.resolve(s.name()) : r.resolveStrongly(s.name())).isPresent());
    }

    private Scope scope(RawPoll raw, Contest contest, List<Problem> problems) {
        String text = raw.value("scope");
        if (text.isEmpty()) {
            return contest.defaultScope();
        }
        Optional<Scope> scope = ScopeWords.ofCell(text);
        if (scope.isEmpty() || !contest.system().scopes().contains(scope.get())) {
            problems.add(problem(raw, "scope", "'" + text + "' is not a scope of " + contest.id() + " ("
                    + contest.system().code() + "); expected one of " + contest.system().scopes()));
            return contest.defaultScope();
        }
        return scope.get();
    }

    private String pollster(RawPoll raw, List<Problem> problems) {
        String name = raw.value("pollster");
        if (name.isEmpty()) {
            problems.add(problem(raw, "pollster", "missing"));
            return "";
        }
        Optional<String> known = aliases.pollster(name);
        if (known.isPresent()) {
            return known.get();
        }
        if (acceptNewPollsters) {
            return name.replaceAll("\\s+", " ");
        }
        problems.add(problem(raw, "pollster", "unknown pollster '" + name + "'" + Names.suggestion(name, aliases.pollsters())
                + " (add it to data/aliases.yaml, or pass --new-pollsters)"));
        return "";
    }

    static String clientOf(String text) {
        String t = text.trim().replaceAll("\\s+", " ");
        return isNotReported(t) || t.equalsIgnoreCase("none") ? "" : t;
    }

    private LocalDate date(RawPoll raw, String field, List<Problem> problems) {
        String text = raw.value(field);
        if (text.isEmpty() || isNotReported(text)) {
            return null;
        }
        Optional<FieldworkDates.Range> r = FieldworkDates.parse(text, null);
        if (r.isEmpty() || r.get().start() != null) {
            problems.add(problem(raw, field, "'" + text + "' is not a date (YYYY-MM-DD)"));
            return null;
        }
        return r.get().end();
    }

    private void checkDates(RawPoll raw, Election election, LocalDate start, LocalDate end, LocalDate published,
            List<Problem> problems) {
        if (end == null && published == null && raw.value("fieldwork_end").isEmpty() && raw.value("published").isEmpty()) {
            problems.add(problem(raw, "fieldwork_end", "no date: give the fieldwork end or the publication date"));
        }
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(problem(raw, "fieldwork_end", "fieldwork ends " + end + ", before it starts (" + start + ")"));
        }
        if (end != null && published != null && published.isBefore(end)) {
            problems.add(problem(raw, "published", "published " + published + ", before fieldwork ended (" + end + ")"));
        }
        LocalDate date = end != null ? end : published;
        String field = end != null ? "fieldwork_end" : "published";
        if (date != null && date.isAfter(election.date())) {
            problems.add(problem(raw, field, date + " is after the election (" + election.id() + ", " + election.date() + ")"));
        } else if (date != null && date.isAfter(today)) {
            problems.add(problem(raw, field, date + " is in the future (today is " + today + ")"));
        }
    }

    private Integer sampleSize(RawPoll raw, List<Problem> problems) {
        String text = raw.value("sample_size");
        if (text.isEmpty() || isNotReported(text)) {
            return null;
        }
        String digits = text.replace(",", "").replace("\u00a0", "").replace(" ", "");
        if (!digits.matches("\\d{1,9}") || Long.parseLong(digits) == 0) {
            problems.add(problem(raw, "sample_size", "'" + text + "' is not a positive whole number"));
            return null;
        }
        return Integer.valueOf(digits);
    }

    /** Adds the resolved, reported shares in source order. */
    private void shares(RawPoll raw, Election election, Contest contest, Map<String, Double> out, List<Problem> problems) {
        OptionResolver resolver = resolver(election, contest);
        Map<String, String> fieldOf = new HashMap<>();
        for (RawShare s : raw.shares()) {
            if (isNotReported(s.value())) {
                continue;
            }
            Optional<String> option = resolver.resolve(s.name());
            if (option.isEmpty()) {
                problems.add(new Problem(source, s.location(), s.field(), resolver.explain(s.name())));
                continue;
            }
            Double value = percent(s.value(), s.field(), s.location(), option.get(), problems);
            if (value == null) {
                continue;
            }
            String previous = fieldOf.putIfAbsent(option.get(), s.field());
            if (previous != null) {
                problems.add(new Problem(source, s.location(), s.field(), "names option '" + option.get()
                        + "' again (already given by '" + previous + "')"));
                continue;
            }
            out.put(option.get(), value);
        }
    }

    /** Parses "44", "44%", "44.5", "<1" (half the bound); names the quantity and value when it fails. */
    private Double percent(String text, String field, Location where, String what, List<Problem> problems) {
        String t = text.replace("%", "").replace("\u00a0", "").trim();
        double value;
        try {
            if (t.startsWith("<")) {
                value = Double.parseDouble(t.substring(1).trim()) / 2;
            } else if (t.equals("*")) {
                value = 0; // pollsters print * for "less than half a percent"
            } else {
                value = Double.parseDouble(t);
            }
        } catch (NumberFormatException e) {
            problems.add(new Problem(source, where, field, "share for '" + what + "' is '" + text + "', not a number"));
            return null;
        }
        if (!(value >= 0 && value <= 100)) {
            problems.add(new Problem(source, where, field, "share for '" + what + "' is " + text + ", expected 0–100"));
            return null;
        }
        return value;
    }

    OptionResolver resolver(Election election, Contest contest) {
        return resolvers.computeIfAbsent(election.id() + "/" + contest.id(), k -> new OptionResolver(election, contest, aliases));
    }

    static boolean isNotReported(String value) {
        return NOT_REPORTED.matcher(value.trim()).matches();
    }

    private Problem problem(RawPoll raw, String field, String message) {
        return new Problem(source, raw.where(field), raw.column(field), message);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(Math.round(d * 100) / 100.0);
    }
}
