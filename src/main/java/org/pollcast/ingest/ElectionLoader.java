package org.pollcast.ingest;

import static org.pollcast.ingest.YamlFile.at;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pollcast.BadInputException;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.Bloc;
import org.pollcast.election.Bonus;
import org.pollcast.election.Candidate;
import org.pollcast.election.Constituency;
import org.pollcast.election.Contest;
import org.pollcast.election.Election;
import org.pollcast.election.ListRegion;
import org.pollcast.election.ListRules;
import org.pollcast.election.OutrightRule;
import org.pollcast.election.Overhang;
import org.pollcast.election.Party;
import org.pollcast.election.Scope;
import org.pollcast.election.SeatMethod;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.VotingSystem;
import org.pollcast.election.WithdrawnCandidate;
import org.pollcast.ingest.ElectionSpec.AdditionalMemberSpec;
import org.pollcast.ingest.ElectionSpec.BlocSpec;
import org.pollcast.ingest.ElectionSpec.ContestSpec;
import org.pollcast.ingest.ElectionSpec.SingleWinnerSpec;

/**
 * Reads one election definition from YAML and validates it completely before anything uses it. Jackson binds the
 * file to an {@link ElectionSpec} (unknown and duplicate keys are errors: a misspelt {@code listSeat} must not
 * silently become zero); this class checks the values and builds the {@link Election}: the parties, and each
 * contest's candidates, seats, method and blocs, with the places it is counted in read by {@link ContestAreas}
 * and the checks every field shares ({@link DefinitionFields}). Every error names the file, the line and the field
 * path ({@code london-2012.yaml:31: field 'contests.assembly.threshold': ...}).
 */
public final class ElectionLoader {
    /** Each voting system's code is the type id of its contest's fields. */
    private static final ObjectMapper YAML = YamlFile.mapper();

    static {
        for (VotingSystem s : VotingSystem.values()) {
            YAML.registerSubtypes(
                    new NamedType(s.isSingleWinner() ? SingleWinnerSpec.class : AdditionalMemberSpec.class, s.code()));
        }
    }

    private final YamlFile<ElectionSpec> src;
    private final DefinitionFields fields;
    private final ContestAreas areas;

    private ElectionLoader(YamlFile<ElectionSpec> src) {
        this.src = src;
        this.fields = new DefinitionFields(src);
        this.areas = new ContestAreas(src, fields);
    }

    /** Loads and validates {@code file}; throws {@link BadInputException} naming file, line and field. */
    public static Election load(Path file) {
        return new ElectionLoader(YamlFile.read(file, YAML, ElectionSpec.class, "election definition")).election(file);
    }

    private Election election(Path file) {
        ElectionSpec spec = src.value();
        String id = src.requiredText(spec.id(), "id");
        if (!id.matches("[a-z0-9][a-z0-9._-]*")) {
            throw src.fail("id", "'" + id + "' must be lower case letters, digits, '-', '_' or '.'");
        }
        String name = src.requiredText(spec.name(), "name");
        LocalDate date = fields.date(spec.date(), "date");
        String baseline = src.text(spec.baseline(), "baseline");
        List<Party> parties = fields.list(
                spec.parties(),
                "parties",
                false,
                (p, path) -> new Party(
                        fields.key(p.id(), at(path, "id")),
                        src.requiredText(p.name(), at(path, "name")),
                        Boolean.TRUE.equals(p.independent()),
                        colour(p.colour(), at(path, "colour")),
                        fields.list(p.succeeds(), at(path, "succeeds"), false, (s, sPath) -> fields.key(s, sPath)),
                        fields.list(
                                p.aliases(), at(path, "aliases"), false, (a, aPath) -> src.requiredText(a, aPath))));
        fields.unique(parties, Party::id, "parties", "id");
        aliasesOwnedOnce(
                parties.stream()
                        .map(p -> new AliasOwner(p.id(), p.name(), p.aliases()))
                        .toList(),
                List.of(),
                "parties");
        Map<String, Party> partyById = new LinkedHashMap<>();
        parties.forEach(p -> partyById.put(p.id(), p));
        checkSuccessions(parties, baseline);

        if (spec.contests() == null || spec.contests().isEmpty()) {
            throw src.fail("contests", "at least one contest is required (e.g. mayor, assembly)");
        }
        Map<String, Contest> contests = new LinkedHashMap<>();
        spec.contests().forEach((contestId, c) -> contests.put(contestId, contest(contestId, c, partyById, date)));
        checkMayorBlocs(contests);
        return new Election(
                id,
                name,
                date,
                baseline,
                parties,
                contests,
                file.toString(),
                src.text(spec.area(), "area"),
                src.text(spec.office(), "office"),
                src.text(spec.notes(), "notes"),
                blackout(spec.pollingBlackout()));
    }

    /** The days of a stated polling blackout: 0 to 60 (none: 0); a longer one is a typo for a date or a month. */
    private int blackout(Integer days) {
        if (days == null) {
            return 0;
        }
        if (days < 0 || days > 60) {
            throw src.fail(
                    "pollingBlackout",
                    days + " is not a number of days from 0 to 60 (the days before polling day in which no poll may"
                            + " be published: Taiwan 10, Italy 15)");
        }
        return days;
    }

    /**
     * A bloc of the Mayor's party needs a Mayor: in an election without one (the Scottish Parliament) it would be
     * counted, without a word, for the party with the most list votes.
     */
    private void checkMayorBlocs(Map<String, Contest> contests) {
        boolean mayor = contests.values().stream()
                .anyMatch(c -> c instanceof SingleWinnerContest s && s.scopes().contains(Scope.FIRST_PREF));
        if (mayor) {
            return;
        }
        for (Contest c : contests.values()) {
            if (c instanceof AdditionalMemberContest ams) {
                for (int b = 0; b < ams.blocs().size(); b++) {
                    if (ams.blocs().get(b).who().equals("mayor")) {
                        throw src.fail(
                                at(at(at(at("contests", ams.id()), "blocs"), b), "who"),
                                "'mayor' counts the Mayor's party, but this election elects no Mayor: use 'any' or"
                                        + " 'parties'");
                    }
                }
            }
        }
    }

    private Contest contest(String contestId, ContestSpec spec, Map<String, Party> parties, LocalDate date) {
        String path = at("contests", contestId);
        if (!contestId.matches("[a-z][a-z0-9_-]*")) {
            throw src.fail(path, "contest id '" + contestId + "' must be lower case letters, digits, '-' or '_'");
        }
        VotingSystem system = VotingSystem.fromCode(spec.system()).orElseThrow(); // Jackson chose the spec by this code
        if (spec instanceof SingleWinnerSpec single) {
            return singleWinner(contestId, system, single, parties, path, date);
        }
        return additionalMember(contestId, (AdditionalMemberSpec) spec, parties, path);
    }

    private SingleWinnerContest singleWinner(
            String contestId,
            VotingSystem system,
            SingleWinnerSpec spec,
            Map<String, Party> parties,
            String path,
            LocalDate date) {
        LocalDate secondRound = secondRound(system, spec.secondRound(), at(path, "secondRound"), date);
        // Finalists who withdrew from a two-round contest's second round (off its ballot), by candidate id.
        Map<String, LocalDate> leftSecondRound = new LinkedHashMap<>();
        List<Candidate> candidates = fields.list(spec.candidates(), at(path, "candidates"), true, (c, cPath) -> {
            String party = party(c.party(), at(cPath, "party"), parties);
            List<String> aliases =
                    fields.list(c.aliases(), at(cPath, "aliases"), false, (a, aPath) -> src.requiredText(a, aPath));
            LocalDate withdrew = c.withdrew() == null ? null : fields.date(c.withdrew(), at(cPath, "withdrew"));
            if (withdrew != null && secondRound != null && withdrew.isAfter(date)) {
                // Between the rounds: a finalist who took their name off the second round's ballot (Boston 2025's
                // Josh Kraft, two days after the preliminary), leaving the other finalist unopposed.
                if (!withdrew.isBefore(secondRound)) {
                    throw src.fail(
                            at(cPath, "withdrew"),
                            withdrew + " is not before the second round (" + secondRound + "): 'withdrew' after the"
                                    + " first round is the day a finalist left the second round's ballot");
                }
                leftSecondRound.put(fields.key(c.id(), at(cPath, "id")), withdrew);
                withdrew = null;
            } else if (withdrew != null && !withdrew.isBefore(date)) {
                throw src.fail(
                        at(cPath, "withdrew"),
                        withdrew + " is not before the election (date: " + date + "): 'withdrew' is the day a"
                                + " candidate who stays on the ballot stopped campaigning"
                                + (secondRound != null // then withdrew is the first round's day itself
                                        ? " (after the first round: the day a finalist left the second round's"
                                                + " ballot)"
                                        : ""));
            }
            return new Candidate(
                    fields.key(c.id(), at(cPath, "id")),
                    src.requiredText(c.name(), at(cPath, "name")),
                    party,
                    aliases,
                    withdrew);
        });
        fields.unique(candidates, Candidate::id, at(path, "candidates"), "id");
        fields.unique(candidates, Candidate::name, at(path, "candidates"), "name");
        List<WithdrawnCandidate> withdrawn = fields.list(spec.withdrawn(), at(path, "withdrawn"), false, (w, wPath) -> {
            LocalDate withdrew = w.withdrew() == null ? null : fields.date(w.withdrew(), at(wPath, "withdrew"));
            if (withdrew != null && !withdrew.isBefore(date)) {
                throw src.fail(
                        at(wPath, "withdrew"),
                        withdrew + " is not before the election (date: " + date + "): 'withdrew' is the day"
                                + " they left the race");
            }
            return new WithdrawnCandidate(
                    fields.key(w.id(), at(wPath, "id")),
                    src.requiredText(w.name(), at(wPath, "name")),
                    party(w.party(), at(wPath, "party"), parties),
                    src.text(w.note(), at(wPath, "note")),
                    withdrew,
                    fields.list(w.aliases(), at(wPath, "aliases"), false, (a, aPath) -> src.requiredText(a, aPath)));
        });
        for (int i = 0; i < withdrawn.size(); i++) {
            WithdrawnCandidate w = withdrawn.get(i);
            String wPath = YamlFile.at(at(path, "withdrawn"), i);
            if (candidates.stream().anyMatch(c -> c.id().equals(w.id()))) {
                throw src.fail(
                        at(wPath, "id"),
                        "'" + w.id() + "' is also a candidate; a withdrawn candidate is not on the ballot");
            }
            if (candidates.stream().anyMatch(c -> Names.fold(c.name()).equals(Names.fold(w.name())))) {
                throw src.fail(at(wPath, "name"), "'" + w.name() + "' is also a candidate's name");
            }
        }
        fields.unique(withdrawn, WithdrawnCandidate::id, at(path, "withdrawn"), "id");
        fields.unique(withdrawn, WithdrawnCandidate::name, at(path, "withdrawn"), "name");
        aliasesOwnedOnce(
                candidates.stream()
                        .map(c -> new AliasOwner(c.id(), c.name(), c.aliases()))
                        .toList(),
                withdrawn.stream()
                        .map(w -> new AliasOwner(w.id(), w.name(), List.of()))
                        .toList(),
                at(path, "candidates"));
        // A withdrawn candidate's other names may not name a candidate, nor another who withdrew.
        aliasesOwnedOnce(
                withdrawn.stream()
                        .map(w -> new AliasOwner(w.id(), w.name(), w.aliases()))
                        .toList(),
                candidates.stream()
                        .map(c -> new AliasOwner(c.id(), c.name(), List.of()))
                        .toList(),
                at(path, "withdrawn"));
        List<Scope> scopes = fields.list(spec.scopes(), at(path, "scopes"), false, (text, sPath) -> {
            String code = src.requiredText(text, sPath);
            Scope scope = Scope.fromCode(code)
                    .filter(system.scopes()::contains)
                    .orElseThrow(() -> src.fail(
                            sPath,
                            "'" + code + "' is not a scope of " + system.code() + "; expected one of "
                                    + system.scopes()));
            return scope;
        });
        fields.unique(scopes, Scope::code, at(path, "scopes"), "scope");
        return new SingleWinnerContest(
                contestId,
                system,
                candidates,
                withdrawn,
                scopes.isEmpty() ? system.defaultScopes() : EnumSet.copyOf(scopes),
                areas.countAreas(spec.areas(), at(path, "areas")),
                secondRound,
                outright(system, spec.outright(), at(path, "outright")),
                leftSecondRound,
                completeBallot(spec.ballot(), at(path, "ballot")));
    }

    /**
     * {@code ballot: complete}: the candidates listed are everyone on the ballot (Indonesia's 2024 presidential tickets,
     * three and no more), so a poll naming them all leaves no one else for its unprinted remainder to be. Absent: the
     * definition may list only a long ballot's leaders. Any other word is refused naming the field.
     */
    private boolean completeBallot(String word, String path) {
        if (word == null) {
            return false;
        }
        if (!word.trim().equalsIgnoreCase("complete")) {
            throw src.fail(
                    path,
                    "'" + word + "' is not a ballot: give 'complete' (the candidates listed are everyone on the"
                            + " ballot) or leave the field out (the definition may list only the leading candidates)");
        }
        return true;
    }

    /**
     * A two-round contest's rules of an outright first-round win (Argentina's: over 45%, or over 40% with a lead of
     * over 10 points); none: over half. Refused for any other system, whose count has no second day to avoid.
     */
    private List<OutrightRule> outright(VotingSystem system, List<ElectionSpec.OutrightSpec> specs, String path) {
        if (specs == null) {
            return List.of();
        }
        if (system != VotingSystem.TWO_ROUND) {
            throw src.fail(
                    path,
                    "rules of an outright first-round win are for 'two-round' contests; this one is " + system.code());
        }
        if (specs.size() == 1 && specs.get(0).word() != null) {
            // `outright: none`: the first round elects no one, its two leaders always meeting again (Boston).
            if (!specs.get(0).word().trim().equalsIgnoreCase("none")) {
                throw src.fail(
                        path,
                        "'" + specs.get(0).word() + "' is not a rule: give 'none' (the first round elects no one: its"
                                + " two leaders always meet in the second round) or a list of rules such as"
                                + " [{share: 45}, {share: 40, lead: 10}]");
            }
            return List.of(OutrightRule.NONE);
        }
        return fields.list(specs, path, true, (r, rPath) -> {
            if (r.word() != null) {
                throw src.fail(
                        rPath, "'" + r.word() + "' is not a rule: give {share: N} (and lead: N), or 'none' alone");
            }
            double share = src.required(r.share(), at(rPath, "share"));
            if (!(share > 0 && share <= 100)) {
                throw src.fail(at(rPath, "share"), share + " is outside 0–100 (percent of the valid votes; above 0)");
            }
            double lead = r.lead() == null ? 0 : r.lead();
            if (!(lead >= 0 && lead < 100)) {
                throw src.fail(at(rPath, "lead"), lead + " is outside 0–100 (points over the runner-up)");
            }
            return new OutrightRule(share, lead);
        });
    }

    /**
     * A two-round contest's second round: required, and after the first (the election's {@code date}); refused for any
     * other system, whose count has no second day.
     */
    private LocalDate secondRound(VotingSystem system, String text, String path, LocalDate first) {
        if (system != VotingSystem.TWO_ROUND) {
            if (text != null) {
                throw src.fail(path, "a second round's date is for 'two-round' contests; this one is " + system.code());
            }
            return null;
        }
        if (text == null) {
            throw src.fail(
                    path,
                    "a two-round contest needs the day of its second round (secondRound: YYYY-MM-DD), after the"
                            + " election's date, which is its first round's");
        }
        LocalDate day = fields.date(text, path);
        if (!day.isAfter(first)) {
            throw src.fail(path, day + " is not after the first round (date: " + first + ")");
        }
        return day;
    }

    /** A party's own colour on charts, {@code #RRGGBB} (upper case), or null when the definition gives none. */
    private String colour(String value, String path) {
        String colour = src.text(value, path);
        if (colour != null && !colour.matches("#[0-9A-Fa-f]{6}")) {
            throw src.fail(path, "'" + colour + "' is not a colour like #3333FF");
        }
        return colour == null ? null : colour.toUpperCase(Locale.ROOT);
    }

    private String party(String value, String path, Map<String, Party> parties) {
        String party = src.text(value, path);
        if (party != null && !parties.containsKey(party)) {
            throw src.fail(path, "unknown party '" + party + "'; define it under parties");
        }
        return party;
    }

    /** A candidate's or party's id, name and aliases, for {@link #aliasesOwnedOnce}. */
    private record AliasOwner(String id, String name, List<String> aliases) {}

    /**
     * Each alias of {@code owners} (the list at {@code path}: a contest's candidates, the election's parties) names one
     * of them only, and is not another of their ids or names, nor one of {@code others}' (withdrawn candidates): a
     * poll's column of that name would mean either (matched as names are, case, accents and punctuation folded).
     * An alias spelt otherwise than the other's names, though it folds like one, is theirs to tell apart: a poll's
     * column written exactly as one is that one before folding is asked ({@code OptionResolver}), as Denmark's Å and
     * A are. Latvian tables print For Stability! as "S!" beside Harmony's "S": the alias was refused, and every
     * politpro.eu page of a Latvian poll with it, "S!" read as Harmony's second share.
     */
    private void aliasesOwnedOnce(List<AliasOwner> owners, List<AliasOwner> others, String path) {
        Map<String, String> owner = new LinkedHashMap<>();
        Map<String, String> spelt = new HashMap<>();
        Map<String, String> loose = new HashMap<>();
        for (AliasOwner o :
                java.util.stream.Stream.concat(owners.stream(), others.stream()).toList()) {
            owner.put(Names.fold(o.id()), o.id());
            owner.put(Names.fold(o.name()), o.id());
            spelt.put(spelling(o.id()), o.id());
            spelt.put(spelling(o.name()), o.id());
            loose.put(loose(o.id()), o.id());
            loose.put(loose(o.name()), o.id());
        }
        for (int i = 0; i < owners.size(); i++) {
            AliasOwner o = owners.get(i);
            for (int j = 0; j < o.aliases().size(); j++) {
                String alias = o.aliases().get(j);
                String previous = owner.putIfAbsent(Names.fold(alias), o.id());
                String sameSpelling = spelt.putIfAbsent(spelling(alias), o.id());
                String looselySame = loose.putIfAbsent(loose(alias), o.id());
                // "S!" beside "S" is told apart by a mark a party's name carries; "S.D.P." beside "SDP" only by
                // dots and spaces a page prints or drops at will, so a column "S D P" would mean either (review).
                if (previous != null
                        && !previous.equals(o.id())
                        && sameSpelling == null
                        && (looselySame == null || looselySame.equals(o.id()))) {
                    continue;
                }
                if (previous != null && previous.equals(o.id())) {
                    // A name the option has already (its id or name in capitals or without accents, "Lee" for Lee
                    // Jae-myung, "Kevin de Leon" for Kevin de León): harmless, and three blind trials' definitions
                    // were refused for one, every forecast with them.
                    continue;
                }
                if (previous != null) {
                    throw src.fail(
                            YamlFile.at(at(YamlFile.at(path, i), "aliases"), j),
                            "alias '" + alias + "' already names '" + previous + "'"
                                    + ": a poll's column of that name would mean either");
                }
            }
        }
    }

    /** A name without the dots, spaces, dashes and apostrophes pages print or drop at will: "S.D.P." is "sdp". */
    private static String loose(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s.\\-'’_]", "");
    }

    /** A name as a poll's column is first matched, before folding: its case alone ignored ("S!" is not "S"). */
    private static String spelling(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private AdditionalMemberContest additionalMember(
            String contestId, AdditionalMemberSpec spec, Map<String, Party> parties, String path) {
        int seats = fields.wholeNumber(spec.seats(), at(path, "seats"));
        if (seats == 0) {
            throw src.fail(at(path, "seats"), "must be a positive whole number");
        }
        int listSeats = fields.wholeNumber(spec.listSeats(), at(path, "listSeats"));
        boolean pureList =
                spec.constituencies() == null || spec.constituencies().isEmpty();
        if (listSeats == 0 && !pureList) {
            return constituenciesOnly(contestId, spec, seats, parties, path);
        }
        String methodCode = src.requiredText(spec.method(), at(path, "method"));
        Optional<SeatMethod> plain = SeatMethod.plain(methodCode);
        if (plain.isPresent() && !pureList) {
            // Plain D'Hondt beside constituencies would ignore the seats they won: a parallel system, not this one.
            throw src.fail(
                    at(path, "method"),
                    "'" + methodCode + "' does not count the constituency seats a party already won (a parallel system,"
                            + " which pollcast does not count); the additional-member top-up is '"
                            + plain.get().code() + "'");
        }
        SeatMethod method = firstDivisor(spec, knownMethod(plain, methodCode, path), path);
        if (!method.isDivisor() && !pureList) {
            // Largest remainder allocates the whole house by quotas: it has no way to count seats already won.
            throw src.fail(
                    at(path, "method"),
                    "'" + methodCode + "' counts no constituency seats: it is for a body of lists only (leave"
                            + " constituencies out), and the additional-member top-up is 'dhondt-modified' or"
                            + " 'sainte-lague-modified'");
        }
        double threshold = src.required(spec.threshold(), at(path, "threshold"));
        if (!(threshold >= 0 && threshold <= 100)) {
            throw src.fail(at(path, "threshold"), threshold + " is outside 0–100 (percent of valid list votes)");
        }
        List<Party> standing = standing(spec, parties, path);
        // No constituencies at all is a pure list body (the Senedd from 2026: 16 six-member lists), whose seats are
        // all list seats; an empty list given as such is the same.
        List<Constituency> constituencies =
                pureList ? List.of() : areas.constituencies(spec.constituencies(), at(path, "constituencies"));
        if (constituencies.size() + listSeats != seats) {
            throw src.fail(
                    at(path, "seats"),
                    "seats do not add up: " + constituencies.size() + " constituencies + " + listSeats
                            + " list seats = " + (constituencies.size() + listSeats) + ", but seats is " + seats
                            + (constituencies.isEmpty()
                                    ? " (with no constituencies every seat is a list seat: listSeats must equal seats)"
                                    : ""));
        }
        List<Bloc> blocs = blocs(spec, contestId, standing, seats, path);
        List<ListRegion> regions = regions(spec, constituencies, listSeats, path);
        ListRules rules = listRules(spec, threshold, standing, constituencies.size(), !regions.isEmpty(), path);
        rules = withSurplusAgreements(rules, spec, method, standing, constituencies.size(), !regions.isEmpty(), path);
        rules = withBonus(rules, spec, listSeats, constituencies.size(), !regions.isEmpty(), path);
        Scope unstated = pollsAsk(spec, constituencies.isEmpty(), path);
        return new AdditionalMemberContest(
                contestId,
                src.text(spec.name(), at(path, "name")),
                seats,
                listSeats,
                method,
                threshold,
                standing,
                constituencies,
                blocs,
                regions,
                rules,
                unstated);
    }

    /**
     * The optional {@code pollsAsk}: {@code list} where the place's polls ask the list vote only (German state polls
     * ask the Zweitstimme, and print no ballot), so a poll that states no ballot is a list poll; {@code either} (the
     * default) where it may have asked either. A body of one ballot has nothing to choose between.
     */
    private Scope pollsAsk(AdditionalMemberSpec spec, boolean pureList, String path) {
        String aPath = at(path, "pollsAsk");
        String code = src.text(spec.pollsAsk(), aPath);
        if (code == null) {
            return null;
        }
        code = code.trim().toLowerCase(Locale.ROOT);
        if (!code.equals("list") && !code.equals("either")) {
            throw src.fail(aPath, "unknown ballot '" + spec.pollsAsk() + "'; known: list, either");
        }
        // A body of one ballot has nothing to choose between: said, not ignored (a body of constituencies alone is
        // refused the field where its definition is read).
        if (pureList) {
            throw src.fail(
                    aPath, "with no constituencies the list is the only ballot: every poll asks it (leave it out)");
        }
        return code.equals("list") ? Scope.LIST : null;
    }

    /** The parties standing in an additional-member contest, each defined under {@code parties}, each once. */
    private List<Party> standing(AdditionalMemberSpec spec, Map<String, Party> parties, String path) {
        List<Party> standing = fields.list(spec.parties(), at(path, "parties"), true, (p, pPath) -> {
            if (!parties.containsKey(p)) {
                throw src.fail(pPath, "unknown party '" + p + "'; define it under parties");
            }
            return parties.get(p);
        });
        fields.unique(standing, Party::id, at(path, "parties"), "id");
        return standing;
    }

    /** An additional-member contest's blocs, each id once. */
    private List<Bloc> blocs(
            AdditionalMemberSpec spec, String contestId, List<Party> standing, int seats, String path) {
        List<Bloc> blocs = fields.list(
                spec.blocs(), at(path, "blocs"), false, (b, bPath) -> bloc(b, bPath, contestId, standing, seats));
        fields.unique(blocs, Bloc::id, at(path, "blocs"), "id");
        return blocs;
    }

    /**
     * {@code method} with the definition's {@code firstDivisor}, when it gives one: a divisor method's divisor of a
     * party's first seat (Sweden's Sainte-Laguë 1.2, Norway's 1.4), over 0 and up to the method's second divisor (3 for
     * Sainte-Laguë, 2 for D'Hondt), as the quotients must fall seat by seat. Largest remainder has no divisors.
     */
    private SeatMethod firstDivisor(AdditionalMemberSpec spec, SeatMethod method, String path) {
        if (spec.firstDivisor() == null) {
            return method;
        }
        String fPath = at(path, "firstDivisor");
        double d = spec.firstDivisor();
        if (!method.isDivisor()) {
            throw src.fail(fPath, "'" + method.code() + "' has no divisors, so no first divisor (leave it out)");
        }
        if (!(d > 0 && d <= method.secondDivisor())) {
            throw src.fail(
                    fPath,
                    d + " is not over 0 and up to " + (int) method.secondDivisor()
                            + ", the method's second divisor (the divisor of a party's first seat: Sweden's"
                            + " Sainte-Laguë 1.2, Norway's 1.4)");
        }
        return method.withFirstDivisor(d);
    }

    /** The method {@code code} names (its plain form when {@code plain} has it), or a failure listing the known codes. */
    private SeatMethod knownMethod(Optional<SeatMethod> plain, String code, String path) {
        return plain.or(() -> SeatMethod.fromCode(code))
                .orElseThrow(() -> src.fail(
                        at(path, "method"),
                        "unknown method '" + code + "'; known: "
                                + String.join(
                                        ", ",
                                        Arrays.stream(SeatMethod.values())
                                                .map(SeatMethod::code)
                                                .toList())));
    }

    /**
     * A body of single-member constituencies only, each won by first past the post ({@code listSeats: 0}: the House of
     * Commons). There is no list, so nothing for a method, a threshold, list regions or New Zealand's rules to apply
     * to: {@code method} and {@code threshold} may be left out, and each of the others, given, is refused as meaning
     * nothing here (a threshold above 0 would read as if it excluded a party from seats it wins outright).
     */
    private AdditionalMemberContest constituenciesOnly(
            String contestId, AdditionalMemberSpec spec, int seats, Map<String, Party> parties, String path) {
        String why = " has nothing to apply to: with listSeats 0 every seat is a constituency won by first past the"
                + " post (leave it out)";
        if (spec.threshold() != null && spec.threshold() != 0) {
            throw src.fail(at(path, "threshold"), "a threshold" + why);
        }
        if (spec.thresholdWaiver() != null) {
            throw src.fail(at(path, "thresholdWaiver"), "a threshold waiver" + why);
        }
        if (spec.partyThresholds() != null && !spec.partyThresholds().isEmpty()) {
            throw src.fail(at(path, "partyThresholds"), "a list's threshold" + why);
        }
        if (spec.thresholdAcross() != null) {
            throw src.fail(at(path, "thresholdAcross"), "where a threshold is passed" + why);
        }
        if (spec.overhang() != null) {
            throw src.fail(at(path, "overhang"), "overhang" + why);
        }
        if (spec.regions() != null && !spec.regions().isEmpty()) {
            throw src.fail(at(path, "regions"), "list regions" + why);
        }
        if (spec.firstDivisor() != null) {
            throw src.fail(at(path, "firstDivisor"), "a first divisor" + why);
        }
        if (spec.pollsAsk() != null) {
            throw src.fail(at(path, "pollsAsk"), "the ballot polls ask" + why);
        }
        SeatMethod method = SeatMethod.DHONDT_MODIFIED; // allocates no seat here; the definition need not name one
        String methodCode = src.text(spec.method(), at(path, "method"));
        if (methodCode != null) {
            method = knownMethod(SeatMethod.plain(methodCode), methodCode, path);
        }
        List<Party> standing = standing(spec, parties, path);
        List<Constituency> constituencies = areas.constituencies(spec.constituencies(), at(path, "constituencies"));
        if (constituencies.size() != seats) {
            throw src.fail(
                    at(path, "seats"),
                    "seats do not add up: " + constituencies.size() + " constituencies and no list seats, but seats is "
                            + seats + " (with listSeats 0 every seat is a constituency)");
        }
        List<Bloc> blocs = blocs(spec, contestId, standing, seats, path);
        return new AdditionalMemberContest(
                contestId,
                src.text(spec.name(), at(path, "name")),
                seats,
                0,
                method,
                0,
                standing,
                constituencies,
                blocs,
                List.of());
    }

    /**
     * The optional {@code thresholdWaiver} and {@code overhang} (New Zealand's rules), checked against the rest: a
     * waiver counts constituency seats, so it needs constituencies, at least as many as it asks for, and a threshold to
     * waive; overhang kept needs constituencies to overhang, and the whole house allocated at once, not region by
     * region.
     */
    private ListRules listRules(
            AdditionalMemberSpec spec,
            double threshold,
            List<Party> standing,
            int constituencies,
            boolean regional,
            String path) {
        int waiver = 0;
        if (spec.thresholdWaiver() != null) {
            String wPath = at(path, "thresholdWaiver");
            waiver = fields.wholeNumber(spec.thresholdWaiver(), wPath);
            if (waiver == 0) {
                throw src.fail(
                        wPath, "must be a positive whole number of constituency seats (leave it out for no waiver)");
            }
            if (constituencies == 0) {
                throw src.fail(
                        wPath,
                        "waives the threshold for a party with " + waiver + " constituency seats, but the contest"
                                + " has no constituencies");
            }
            if (waiver > constituencies) {
                throw src.fail(
                        wPath,
                        waiver + " is more than the " + constituencies + " constituencies: no party could win that"
                                + " many");
            }
            if (threshold == 0) {
                throw src.fail(wPath, "the threshold is 0: there is nothing to waive (leave thresholdWaiver out)");
            }
        }
        Overhang overhang = Overhang.ABSORB;
        String code = src.text(spec.overhang(), at(path, "overhang"));
        if (code != null) {
            String oPath = at(path, "overhang");
            overhang = Overhang.fromCode(code)
                    .orElseThrow(() -> src.fail(
                            oPath,
                            "unknown overhang '" + code + "'; known: "
                                    + String.join(
                                            ", ",
                                            Arrays.stream(Overhang.values())
                                                    .map(Overhang::code)
                                                    .toList())));
            if (overhang == Overhang.KEEP && constituencies == 0) {
                throw src.fail(
                        oPath,
                        "'keep' keeps constituency seats won beyond a party's share, but the contest has no"
                                + " constituencies: every seat is a list seat, and none can overhang");
            }
            if (overhang == Overhang.KEEP && regional) {
                throw src.fail(
                        oPath,
                        "'keep' allocates the whole house at once (New Zealand's rule), but this contest allocates"
                                + " its list seats region by region, which pollcast does not model with overhang:"
                                + " leave out overhang (absorb) or the regions");
            }
        }
        return new ListRules(
                waiver, overhang, partyThresholds(spec, standing, path), thresholdAcrossArea(spec, regional, path));
    }

    /**
     * The optional {@code surplusAgreements}: pairs of the contest's parties whose lists share their surplus votes
     * (Israel's Knesset), each party in one pair at most. Counted on the whole house by a divisor method, so a contest
     * with constituencies, list regions or kept overhang refuses them, as does a quota method.
     */
    private ListRules withSurplusAgreements(
            ListRules rules,
            AdditionalMemberSpec spec,
            SeatMethod method,
            List<Party> standing,
            int constituencies,
            boolean regional,
            String path) {
        String aPath = at(path, "surplusAgreements");
        List<List<String>> pairs = fields.list(spec.surplusAgreements(), aPath, false, (pair, pPath) -> {
            if (pair == null || pair.size() != 2) {
                throw src.fail(pPath, "must be a pair of the contest's parties, as [likud, rz]");
            }
            for (int i = 0; i < 2; i++) {
                String party = pair.get(i);
                if (standing.stream().noneMatch(p -> p.id().equals(party))) {
                    throw src.fail(
                            YamlFile.at(pPath, i),
                            "'" + party + "' is not one of the contest's parties ("
                                    + String.join(
                                            ", ",
                                            standing.stream().map(Party::id).toList()) + ")");
                }
            }
            if (pair.get(0).equals(pair.get(1))) {
                throw src.fail(pPath, "names '" + pair.get(0) + "' twice: an agreement is between two lists");
            }
            return List.copyOf(pair);
        });
        if (pairs.isEmpty()) {
            return rules;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < pairs.size(); i++) {
            for (String party : pairs.get(i)) {
                if (!seen.add(party)) {
                    throw src.fail(
                            YamlFile.at(aPath, i),
                            "'" + party + "' is in two agreements: a list shares its surplus with one other at most");
                }
            }
        }
        if (constituencies > 0 || regional || rules.keepsOverhang() || !method.isDivisor()) {
            throw src.fail(
                    aPath,
                    "surplus agreements are counted on the whole house by a divisor method, among lists only: this"
                            + " contest has "
                            + (constituencies > 0
                                    ? "constituencies"
                                    : regional
                                            ? "list regions"
                                            : rules.keepsOverhang() ? "overhang kept" : "a quota method"));
        }
        return new ListRules(
                rules.thresholdWaiver(), rules.overhang(), rules.partyThresholds(), rules.thresholdAcrossArea(), pairs);
    }

    /**
     * The optional {@code bonus}: seats the list with the most votes takes before the rest of the house is shared out
     * (Greece's law: {@code {seats: 20, from: 25, step: 0.5, upTo: 40}}). Modelled for a body of lists only, counted
     * across the whole area in a house of fixed size, so constituencies, list regions and kept overhang refuse it.
     */
    private ListRules withBonus(
            ListRules rules,
            AdditionalMemberSpec spec,
            int listSeats,
            int constituencies,
            boolean regional,
            String path) {
        ElectionSpec.BonusSpec b = spec.bonus();
        if (b == null) {
            return rules;
        }
        String bPath = at(path, "bonus");
        if (constituencies > 0 || regional || rules.keepsOverhang()) {
            throw src.fail(
                    bPath,
                    "a bonus is modelled for a body of lists only, counted across the whole area in a house of fixed"
                            + " size: this contest has "
                            + (constituencies > 0 ? "constituencies" : regional ? "list regions" : "overhang kept"));
        }
        if (!rules.surplusAgreements().isEmpty()) {
            // Agreements re-share every seat a pair's lists hold, a bonus included: no law known combines the two, and
            // modelling one way or the other would be a guess.
            throw src.fail(bPath, "a bonus beside surplusAgreements is not modelled: give one or the other");
        }
        int seats = src.required(b.seats(), at(bPath, "seats"));
        double from = b.from() == null ? 0 : b.from();
        double step = b.step() == null ? 0 : b.step();
        if (seats < 0) {
            throw src.fail(at(bPath, "seats"), seats + " is below 0");
        }
        if (!(from >= 0 && from <= 100)) {
            throw src.fail(at(bPath, "from"), from + " is outside 0–100 (percent of the valid vote)");
        }
        if (!(step >= 0 && step <= 100)) {
            throw src.fail(at(bPath, "step"), step + " is outside 0–100 (points of share for each further seat)");
        }
        if (step > 0 && b.upTo() == null) {
            throw src.fail(
                    at(bPath, "upTo"),
                    "is required with a step: the share at which the bonus stops growing (Greece's 40)");
        }
        if (step == 0 && b.upTo() != null) {
            throw src.fail(at(bPath, "upTo"), "has nothing to stop without a step (leave it out, or give step)");
        }
        double upTo = b.upTo() == null ? from : b.upTo();
        if (!(upTo >= from && upTo <= 100)) {
            throw src.fail(at(bPath, "upTo"), upTo + " is outside " + from + "–100 (from, up to 100 percent)");
        }
        Bonus bonus = new Bonus(seats, from, step, upTo);
        if (bonus.most() >= listSeats) {
            throw src.fail(
                    at(bPath, "seats"),
                    "the bonus reaches " + bonus.most() + " seats, leaving none of the " + listSeats
                            + " to share out by the method");
        }
        return rules.withBonus(bonus);
    }

    /**
     * Whether a regional contest's lists pass the threshold across the whole area ({@code thresholdAcross: area}:
     * Poland's national 5% for the seats of each constituency) or in each region ({@code region}, the default: Spain's
     * 3% of a province's). Only a contest with list regions has the choice.
     */
    private boolean thresholdAcrossArea(AdditionalMemberSpec spec, boolean regional, String path) {
        String code = src.text(spec.thresholdAcross(), at(path, "thresholdAcross"));
        if (code == null) {
            return false;
        }
        String tPath = at(path, "thresholdAcross");
        if (!code.equals("area") && !code.equals("region")) {
            throw src.fail(tPath, "unknown '" + code + "'; known: area, region");
        }
        if (!regional) {
            throw src.fail(
                    tPath,
                    "the contest allocates its list seats across the whole area already (no regions): leave it out");
        }
        return code.equals("area");
    }

    /**
     * A contest's lists with a threshold of their own ({@code partyThresholds: {ko: 8}}, a coalition's): each a party
     * that stands, 0–100.
     */
    private Map<String, Double> partyThresholds(AdditionalMemberSpec spec, List<Party> standing, String path) {
        if (spec.partyThresholds() == null) {
            return Map.of();
        }
        Map<String, Double> out = new LinkedHashMap<>();
        spec.partyThresholds().forEach((party, t) -> {
            String tPath = at(at(path, "partyThresholds"), party);
            if (standing.stream().noneMatch(p -> p.id().equals(party))) {
                throw src.fail(
                        tPath,
                        "'" + party + "' is not one of the contest's parties ("
                                + String.join(
                                        ", ", standing.stream().map(Party::id).toList()) + ")");
            }
            if (t == null || !(t >= 0 && t <= 100)) {
                throw src.fail(tPath, t + " is outside 0–100 (percent of valid list votes)");
            }
            out.put(party, t);
        });
        return out;
    }

    /**
     * The list regions, when the definition has them: each with its list seats (adding up to {@code listSeats}) and at
     * least one constituency, and then every constituency in one of them; in a pure list body (no constituencies) each
     * with at least one list seat. Without them no constituency may name one.
     */
    private List<ListRegion> regions(
            AdditionalMemberSpec spec, List<Constituency> constituencies, int listSeats, String path) {
        List<ListRegion> regions = fields.list(
                spec.regions(),
                at(path, "regions"),
                false,
                (r, rPath) -> new ListRegion(
                        fields.key(r.id(), at(rPath, "id")),
                        src.requiredText(r.name(), at(rPath, "name")),
                        fields.wholeNumber(r.listSeats(), at(rPath, "listSeats"))));
        fields.unique(regions, ListRegion::id, at(path, "regions"), "id");
        fields.unique(regions, ListRegion::name, at(path, "regions"), "name");
        Set<String> ids = new LinkedHashSet<>();
        regions.forEach(r -> ids.add(r.id()));
        for (int i = 0; i < constituencies.size(); i++) {
            Constituency c = constituencies.get(i);
            String cPath = at(at(at(path, "constituencies"), i), "region");
            if (regions.isEmpty() && c.region() != null) {
                throw src.fail(
                        cPath, "'" + c.region() + "' names a list region, but the contest defines none under regions");
            }
            if (!regions.isEmpty() && c.region() == null) {
                throw src.fail(
                        cPath,
                        c.name() + " is in no list region: give each constituency the region id it belongs" + " to ("
                                + String.join(", ", ids) + ")");
            }
            if (c.region() != null && !ids.contains(c.region())) {
                throw src.fail(cPath, "unknown list region '" + c.region() + "'; known: " + String.join(", ", ids));
            }
        }
        if (regions.isEmpty()) {
            return regions;
        }
        for (int i = 0; i < regions.size() && constituencies.isEmpty(); i++) {
            if (regions.get(i).listSeats() == 0) {
                throw src.fail(
                        at(at(at(path, "regions"), i), "listSeats"),
                        "must be a positive whole number: with no constituencies, a region with no list seats elects"
                                + " nobody");
            }
        }
        int sum = regions.stream().mapToInt(ListRegion::listSeats).sum();
        if (sum != listSeats) {
            throw src.fail(
                    at(path, "regions"),
                    "the regions' list seats add up to " + sum + ", but listSeats is " + listSeats);
        }
        for (ListRegion r : regions) {
            if (!constituencies.isEmpty() && constituencies.stream().noneMatch(c -> r.id().equals(c.region()))) {
                throw src.fail(
                        at(path, "regions"),
                        "list region '" + r.id() + "' has no constituency: its list seats would"
                                + " be allocated against no constituency seats (a body with no constituencies at all,"
                                + " a pure list, leaves 'constituencies' out)");
            }
        }
        return regions;
    }

    /**
     * A party's {@code succeeds} names parties of the baseline that do not stand here under their own ids: a vote
     * counted twice (once as the party's own, once as its successor's) would put the baseline's shares over 100. A
     * party named by several successors split between them, and its vote is divided ({@link Election#carriedOver}).
     */
    private void checkSuccessions(List<Party> parties, String baseline) {
        for (int i = 0; i < parties.size(); i++) {
            Party p = parties.get(i);
            String path = "parties[" + i + "].succeeds";
            if (!p.succeeds().isEmpty() && baseline == null) {
                throw src.fail(
                        path, "no baseline: there is no earlier election whose parties " + p.id() + " could carry on");
            }
            for (String pred : p.succeeds()) {
                if (parties.stream().anyMatch(o -> o.id().equals(pred))) {
                    throw src.fail(
                            path,
                            "'" + pred + "' is a party of this election: its own vote at " + baseline
                                    + " is its own, not " + p.id() + "'s");
                }
                if (p.succeeds().indexOf(pred) != p.succeeds().lastIndexOf(pred)) {
                    throw src.fail(path, "names '" + pred + "' twice: its vote would be counted twice");
                }
            }
        }
    }

    private Bloc bloc(BlocSpec b, String path, String contestId, List<Party> standing, int seats) {
        String who = src.requiredText(b.who(), at(path, "who"));
        if (!Set.of("any", "mayor", "parties").contains(who)) {
            throw src.fail(at(path, "who"), "'" + who + "' is not any, mayor or parties");
        }
        List<String> members = fields.list(b.parties(), at(path, "parties"), who.equals("parties"), (m, mPath) -> {
            if (standing.stream().noneMatch(x -> x.id().equals(m))) {
                throw src.fail(mPath, "unknown party '" + m + "' (not standing in " + contestId + ")");
            }
            return m;
        });
        int atLeast = fields.wholeNumber(b.atLeast(), at(path, "atLeast"));
        if (atLeast == 0) {
            throw src.fail(at(path, "atLeast"), "must be a positive whole number");
        }
        if (atLeast > seats) {
            throw src.fail(at(path, "atLeast"), atLeast + " is more than the " + seats + " seats");
        }
        return new Bloc(
                fields.key(b.id(), at(path, "id")),
                src.requiredText(b.label(), at(path, "label")),
                who,
                members,
                atLeast);
    }
}
