package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pollcast.election.Contest;
import org.pollcast.election.Election;
import org.pollcast.election.Option;
import org.pollcast.election.SingleWinnerContest;

/**
 * Names as files write them, made canonical through the alias table: the pollster ("YouGov plc" -> YouGov),
 * the client, and, per contest, the candidate and party names that head the share columns; and the names of a
 * poll that are no option of an election, said each in its own column ({@link ElectionChoice} and
 * {@link ContestChoice} both ask).
 */
final class PollNames {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * The party mark American tables print after a partisan poll's firm: "Trafalgar Group (R)", "Public Policy Polling
     * (D)", "Susquehanna Polling &amp; Research (R-Christiana)" (for a candidate). It says who paid, not which firm: the
     * house is the firm's, and the mark stays in the name the poll was published under.
     */
    private static final Pattern PARTY_MARK = Pattern.compile("\\s*\\((?:R|D|I|L|G)(?:-[^()]*)?\\)$");

    private final String source;
    private final AliasTable aliases;
    private final boolean acceptNewPollsters;
    private final Map<String, OptionResolver> resolvers = new HashMap<>();
    /** Firms the alias table does not know, stored as written, in the order first met. */
    private final Set<String> newPollsters = new LinkedHashSet<>();

    /**
     * Firms the alias table does not know, by folded name, to their spellings as houses, first met first: in the store,
     * then in this file. Turkish tables and reports spell one firm "MetroPOLL", "Metropoll" and "METROPOLL", "PİAR" and
     * "PIAR": stored as written, each spelling was a house of its own, with a house effect and an accuracy record of its
     * own.
     */
    private final Map<String, Set<String>> housesByFolded = new HashMap<>();

    /** Spellings read as a house written otherwise, each once: "Metropoll as MetroPOLL". */
    private final Set<String> joined = new LinkedHashSet<>();

    /**
     * New firms whose name holds every word of a house met before, or whose words that house's name holds, each once:
     * "Consulta Mitofsky (Mitofsky)". Mexico's tables print one firm as "Mitofsky" in 2024 and "Consulta Mitofsky" in
     * 2018: stored as written, they were two houses, each with a house effect and an accuracy record of its own, and
     * nothing said so but the list of new firms. Each maps to that house.
     */
    private final Map<String, String> nearHouses = new java.util.LinkedHashMap<>();

    /** Words too common in firms' names to tell one firm from another ("Consulta", "Research", "Opinion"). */
    private static final Set<String> FIRM_WORDS = Set.of(
            "and",
            "the",
            "el",
            "la",
            "de",
            "del",
            "los",
            "las",
            "y",
            "research",
            "poll",
            "polls",
            "polling",
            "group",
            "consulting",
            "consultores",
            "consultoria",
            "consulta",
            "institute",
            "instituto",
            "data",
            "opinion",
            "survey",
            "surveys",
            "insights",
            "strategies",
            "strategy",
            "analytics",
            "associates",
            "asociados",
            "encuesta",
            "encuestas",
            "news",
            "media",
            "public",
            "publica",
            "market",
            "marketing",
            "international",
            "global",
            "partners",
            "company",
            // Turkish: "Araştırma" (research), "Araştırmaları", "Danışmanlık" (consulting), "Merkezi" (centre), "ve".
            "arastirma",
            "arastirmalar",
            "arastirmalari",
            "danismanlik",
            "merkezi",
            "ve");

    PollNames(String source, AliasTable aliases, boolean acceptNewPollsters, List<String> storedHouses) {
        this.source = source;
        this.aliases = aliases;
        this.acceptNewPollsters = acceptNewPollsters;
        storedHouses.forEach(this::meet);
    }

    private void meet(String house) {
        housesByFolded
                .computeIfAbsent(spelling(house), k -> new LinkedHashSet<>())
                .add(house);
    }

    /**
     * A firm's name folded as {@link Names#fold} does ("&" read as "and"), with "and" in another language between two
     * words read as "and": the press writes Ecuador's "Negocios & Estrategias" where the encyclopedia prints "Negocios
     * y Estrategias", one firm.
     */
    static String spelling(String name) {
        return AND_WORD.matcher(Names.fold(name)).replaceAll(" and ");
    }

    /** "and" in another language between two words: y, e, et, und, och, og, ve. */
    private static final java.util.regex.Pattern AND_WORD =
            java.util.regex.Pattern.compile("(?<=\\S) (?:y|e|et|und|och|og|ve) (?=\\S)");

    /**
     * The house an unknown firm's spelling is, where one is known: itself where the store or this file has it as
     * written (a store from before spellings were joined keeps each, and a poll ingested again must meet its own row),
     * else the first house written the same way but for case, accents and punctuation.
     */
    private Optional<String> house(String written) {
        Set<String> houses = housesByFolded.getOrDefault(spelling(written), Set.of());
        if (houses.contains(written)) {
            return Optional.of(written);
        }
        Optional<String> first = houses.stream().findFirst();
        first.ifPresent(h -> joined.add(written + " as " + h));
        return first;
    }

    /**
     * {@code raw} with its pollster cell split into firm and client ("ICM/The Guardian") when the source has no
     * client column: tables head the column "Pollster" and still write the client after a slash, as under
     * "Pollster/client"; American tables write "Client/Pollster" ("CNN/SSRS"), which {@link #firmNamedAfterItsClient}
     * turns round. A name the alias table knows whole ("YouGov/Sky") is one firm, and a source with a client column
     * has said which is which.
     */
    RawPoll withClientFromPollster(RawPoll raw) {
        raw = withClientAfterFor(withClientBeforeADash(withPopulationFromBracket(withoutTracking(raw))));
        String name = raw.value("pollster");
        int slash = slashOutsideBrackets(name);
        // A client column left blank says nothing of which is which: a CSV row "1 News–Verian" with an empty client
        // and the same poll from a page's table must meet as one poll of one house.
        if (!raw.value("client").isEmpty()
                || slash <= 0
                || aliases.pollster(name).isPresent()
                || slashInALowerCaseWord(name, slash)) {
            return firmNamedAfterItsClient(raw);
        }
        RawPoll.RawField cell = raw.fields().get("pollster");
        Map<String, RawPoll.RawField> fields = new HashMap<>(raw.fields());
        fields.put("pollster", new RawPoll.RawField(name.substring(0, slash).trim(), cell.column(), cell.location()));
        fields.put("client", new RawPoll.RawField(name.substring(slash + 1).trim(), cell.column(), cell.location()));
        return firmNamedAfterItsClient(new RawPoll(raw.location(), fields, raw.shares(), raw.rows(), raw.problems()));
    }

    /**
     * Whether the slash at {@code slash} joins two lower-case parts of one word, as a firm that spells its name so
     * writes it ("co/efficient", a Republican firm polling New Jersey in 2025): a firm and its client are each
     * capitalised ("ICM/The Guardian", "CNN/SSRS"). Split there, the firm was "co", the client "efficient", and "co"
     * was then said to be named like Research Co. (a blind trial).
     */
    static boolean slashInALowerCaseWord(String name, int slash) {
        int start = slash;
        while (start > 0 && !Character.isWhitespace(name.charAt(start - 1))) {
            start--;
        }
        int end = slash + 1;
        while (end < name.length() && !Character.isWhitespace(name.charAt(end))) {
            end++;
        }
        String before = name.substring(start, slash);
        String after = name.substring(slash + 1, end);
        return before.matches("\\p{Ll}+") && after.matches("\\p{Ll}+");
    }

    /**
     * The first slash of {@code name} outside brackets, or -1: a bracket after the firm names its clients and may join
     * them with a slash ("Siena College (The New York Times/The Philadelphia Inquirer)", as the encyclopedia's American
     * tables print it). Split there, the firm was "Siena College (The New York Times" and the client "The Philadelphia
     * Inquirer)", a house of its own apart from Siena College's other polls.
     */
    static int slashOutsideBrackets(String name) {
        int depth = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == '/' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** "Verifield for USR": a firm, "for", its client. */
    private static final Pattern FOR_CLIENT = Pattern.compile("(?<firm>\\S.*?)\\s+for\\s+(?<client>\\S.*)");

    /**
     * {@code raw} with a pollster cell "FIRM for CLIENT" ("Verifield for USR", "ARA for Antena3", as the encyclopedia's
     * Romanian tables print a commissioned poll) split into the firm and its client, when the source has no client of
     * its own, the whole is no firm the alias table knows, and the part before "for" is one (or a house already met):
     * read whole, Verifield's polls for USR were a firm of their own beside Verifield's, with a house effect apart. A
     * name with "for" of its own ("Center for International Research and Analyses") names no firm before it and stays
     * whole.
     */
    private RawPoll withClientAfterFor(RawPoll raw) {
        String name = raw.value("pollster");
        if (!raw.value("client").isEmpty() || aliases.pollster(name).isPresent()) {
            return raw;
        }
        Matcher m = FOR_CLIENT.matcher(name);
        if (!m.matches()) {
            return raw;
        }
        String firm = m.group("firm").trim();
        if (aliases.pollster(firm).isEmpty() && !housesByFolded.containsKey(spelling(firm))) {
            return raw;
        }
        RawPoll.RawField cell = raw.fields().get("pollster");
        Map<String, RawPoll.RawField> fields = new HashMap<>(raw.fields());
        fields.put("pollster", new RawPoll.RawField(firm, cell.column(), cell.location()));
        fields.put("client", new RawPoll.RawField(m.group("client").trim(), cell.column(), cell.location()));
        return new RawPoll(raw.location(), fields, raw.shares(), raw.rows(), raw.problems());
    }

    /**
     * {@code raw} with a pollster cell of client and firm joined by an en dash ("1 News–Verian", "Newshub–Reid
     * Research", as New Zealand's tables print them) written as client/firm, when exactly one side is a firm the alias
     * table knows and the whole is none: read whole, "1 News–Verian" was a new firm, and 1 News's polls were no house of
     * Verian's. A name with a dash of its own that the alias table knows whole stays whole, and so does a cell whose
     * sides are both, or neither, firms it knows (which side is the firm cannot be told).
     */
    private RawPoll withClientBeforeADash(RawPoll raw) {
        RawPoll.RawField cell = raw.fields().get("pollster");
        if (cell == null || cell.value() == null || !raw.value("client").isEmpty()) {
            return raw;
        }
        String name = cell.value().trim();
        String[] sides = name.split("\\s*\u2013\\s*", -1);
        if (sides.length != 2
                || name.contains("/")
                || sides[0].isBlank()
                || sides[1].isBlank()
                || aliases.pollster(name).isPresent()) {
            return raw;
        }
        boolean firstIsFirm = aliases.pollster(sides[0]).isPresent();
        boolean secondIsFirm = aliases.pollster(sides[1]).isPresent();
        if (firstIsFirm == secondIsFirm) {
            return raw;
        }
        Map<String, RawPoll.RawField> fields = new HashMap<>(raw.fields());
        fields.put("pollster", new RawPoll.RawField(firstIsFirm ? sides[0] : sides[1], cell.column(), cell.location()));
        fields.put("client", new RawPoll.RawField(firstIsFirm ? sides[1] : sides[0], cell.column(), cell.location()));
        return new RawPoll(raw.location(), fields, raw.shares(), raw.rows(), raw.problems());
    }

    /**
     * A bracket ending a pollster cell that says whom the figures count, not whose poll it is: a turnout model ("60%
     * turnout", "medium turnout", "66% turnout model") or a population ("registered voters", "likely voters").
     */
    private static final Pattern POPULATION_BRACKET = Pattern.compile(
            "(?i)^(.*\\S)\\s*\\(\\s*((?:(?:\\d{1,3}(?:[.,]\\d+)?\\s*%|low|lower|medium|mid|moderate|high|higher)\\s+)?"
                    + "turnout(?:\\s+(?:model(?:led)?|modelled|scenario))?|(?:registered|likely) voters?"
                    + "|all (?:adults|respondents))\\s*\\)\\s*$");

    /**
     * {@code raw} with a bracket after its firm that names a turnout model or population moved to its population:
     * South African tables print one survey on lines such as "Ipsos (registered voters)" and "Ipsos (medium turnout)".
     * Read as a client, the bracket made each line a poll of its own, and one survey was counted twice; as its
     * population, the lines are versions of one survey, of which {@link SurveyPopulations} keeps one. A population the
     * row gives elsewhere is kept.
     */
    private static RawPoll withPopulationFromBracket(RawPoll raw) {
        RawPoll.RawField cell = raw.fields().get("pollster");
        if (cell == null || cell.value() == null) {
            return raw;
        }
        Matcher m = POPULATION_BRACKET.matcher(cell.value().strip());
        if (!m.matches()) {
            return raw;
        }
        Map<String, RawPoll.RawField> fields = new HashMap<>(raw.fields());
        fields.put("pollster", new RawPoll.RawField(m.group(1), cell.column(), cell.location()));
        if (raw.value("population").isEmpty()) {
            fields.put("population", new RawPoll.RawField(m.group(2), cell.column(), cell.location()));
        }
        return new RawPoll(raw.location(), fields, raw.shares(), raw.rows(), raw.problems());
    }

    /** A tracker's descriptor after its name: "IBD/TIPP Tracking", "ABC News Tracking", "Acme Daily Tracker". */
    private static final Pattern TRACKING = Pattern.compile("(?i)\\s+(?:daily\\s+)?track(?:ing|er)(?:\\s+poll)?\\s*$");

    /**
     * {@code raw} with its pollster cell's tracker descriptor dropped: American tables print a daily tracker's firm as
     * "IBD/TIPP Tracking", which no alias names ("TIPP Tracking" is no firm), so its client was read as the firm and
     * its polls under "IBD/TIPP" were another house.
     */
    private static RawPoll withoutTracking(RawPoll raw) {
        RawPoll.RawField cell = raw.fields().get("pollster");
        if (cell == null || cell.value() == null) {
            return raw;
        }
        String name = TRACKING.matcher(cell.value()).replaceFirst("");
        if (name.equals(cell.value()) || name.isBlank()) {
            return raw;
        }
        Map<String, RawPoll.RawField> fields = new HashMap<>(raw.fields());
        fields.put("pollster", new RawPoll.RawField(name, cell.column(), cell.location()));
        return new RawPoll(raw.location(), fields, raw.shares(), raw.rows(), raw.problems());
    }

    /**
     * {@code raw} with firm and client the other way round where one cell wrote the client first: polling sites
     * write "CBS / YouGov", "NY Times / Siena College", "NPR/PBS/Marist", where the encyclopedia writes "YouGov/CBS
     * News". When the part read as the firm is no firm the alias table knows and exactly one part after it is, that
     * part is the firm and the others, in their order, the client. Read first part first, YouGov's polls for CBS,
     * The Economist and Yahoo were three new firms with house effects of their own, and Ipsos's were "ABC News".
     * A source with a client column of its own has said which is which, and is left as it is.
     */
    private RawPoll firmNamedAfterItsClient(RawPoll raw) {
        RawPoll.RawField firm = raw.fields().get("pollster");
        RawPoll.RawField client = raw.fields().get("client");
        if (firm == null
                || client == null
                || !Objects.equals(firm.column(), client.column())
                || !Objects.equals(firm.location(), client.location())
                || firm.value() == null
                || client.value() == null
                || client.value().isBlank()
                || aliases.pollster(firm.value().trim()).isPresent()) {
            return raw;
        }
        List<String> parts = new ArrayList<>();
        parts.add(firm.value().trim());
        for (String part : client.value().split("\\s*/\\s*")) {
            parts.add(part.trim());
        }
        List<Integer> known = java.util.stream.IntStream.range(1, parts.size())
                .filter(i -> !parts.get(i).isEmpty()
                        && aliases.pollster(parts.get(i)).isPresent())
                .boxed()
                .toList();
        if (known.size() != 1) {
            return raw;
        }
        int at = known.get(0);
        List<String> rest = new ArrayList<>(parts);
        rest.remove(at);
        Map<String, RawPoll.RawField> fields = new HashMap<>(raw.fields());
        fields.put("pollster", new RawPoll.RawField(parts.get(at), firm.column(), firm.location()));
        fields.put("client", new RawPoll.RawField(String.join("/", rest), client.column(), client.location()));
        return new RawPoll(raw.location(), fields, raw.shares(), raw.rows(), raw.problems());
    }

    /**
     * Whether a pollster cell names a firm the alias table knows, whole or before a bracket or slash ("Opinium (average
     * of two waves)"): such a line is the firm's poll, whatever words follow its name.
     */
    boolean namesAFirm(String cell) {
        String name = cell.trim();
        return firmBefore(name, '(').or(() -> firmBefore(name, '/')).isPresent()
                || aliases.pollster(name).isPresent();
    }

    /**
     * The canonical pollster; a firm the alias table does not know, as written; or "" with a problem when it is missing
     * or a near miss of a known firm (unless new ones are accepted).
     */
    String pollster(RawPoll raw, List<Problem> problems) {
        String name = raw.value("pollster");
        if (name.isEmpty()) {
            String client = client(raw.value("client"));
            problems.add(Problem.at(
                    source,
                    raw,
                    "pollster",
                    "missing: a poll needs the firm that ran it"
                            + (client.isEmpty() ? "" : " (the client, '" + client + "', is not enough)")));
            return "";
        }
        // "Emerson College (R)" is Emerson College's poll for a Republican sponsor: before, it was refused as
        // Emerson College misspelt, or stored as a firm of its own, with a house effect of its own.
        String firm = PARTY_MARK.matcher(name).replaceFirst("");
        if (!firm.isBlank()) {
            name = firm;
        }
        String cell = name;
        Optional<String> known = aliases.pollster(cell).or(() -> firmBeforeBracket(cell));
        if (known.isPresent()) {
            return known.get();
        }
        // A firm the alias table has never heard of is a new firm: stored as written, and the report names it. A name
        // one slip away from a known firm ("YuoGov") is more likely that firm misspelt, whose polls would otherwise sit
        // apart with a house effect of their own: refused, saying which, unless new firms are accepted as written.
        String written = SPACES.matcher(name).replaceAll(" ");
        // The same unknown firm written another way (case, accents, a dotless ı) is the house already met; the name as
        // published stays on the poll.
        Optional<String> met = house(written);
        if (met.isPresent()) {
            return met.get();
        }
        // French tables name a firm with its partner of the series after a hyphen ("Ipsos-Sopra Steria",
        // "OpinionWay-Kéa"): the house is the firm's, which the alias table knows by the part before the hyphen.
        // Stored whole, Ipsos's polls under its partner's name were a house of their own beside its "Ipsos" polls,
        // with a house effect and an accuracy record apart. After the store's own houses, so that a store holding such
        // a name as its house keeps it, as a re-ingested poll must meet its own row.
        Optional<String> partnered = firmBeforePartner(written);
        if (partnered.isPresent()) {
            return partnered.get();
        }
        Optional<String> bracketed = houseBeforeBracket(written);
        if (bracketed.isPresent()) {
            return bracketed.get();
        }
        String suggestion = Names.firmSuggestion(name, aliases.pollsters());
        if (acceptNewPollsters || suggestion.isEmpty()) {
            newPollsters.add(written);
            noteNearHouse(written);
            meet(written);
            return written;
        }
        problems.add(Problem.at(
                source,
                raw,
                "pollster",
                "unknown pollster '" + name + "'" + suggestion
                        + " (add it to data/aliases.yaml, or pass --new-pollsters to store it as written)"));
        return "";
    }

    /**
     * The client of a poll whose pollster cell named a known firm before a bracket ("YouGov (MRP)" read as YouGov):
     * the bracket's words after the client, so that the poll stays apart from the firm's other poll of the same day (a
     * survey of another kind), while its house is the firm's. {@code client} itself for any other cell.
     */
    static String withBracket(String client, String cell, String firm) {
        String name = cell.strip();
        int at = name.indexOf('(');
        if (at <= 0 || firm.isEmpty() || name.equals(firm) || !name.endsWith(")")) {
            return client;
        }
        // Every bracket's words ("YouGov (MRP) (Times)": "MRP Times"), and none the client already says.
        String words = name.substring(at).replaceAll("[()]", " ").strip().replaceAll("\\s+", " ");
        if (words.isEmpty() || PARTY_MARK.matcher(name).find() || words.equalsIgnoreCase(client)) {
            return client;
        }
        return client.isEmpty() ? words : client + " (" + words + ")";
    }

    /**
     * The known firm a cell names before a bracket ("ICM (average of two waves)", "YouGov (MRP)"): the bracket
     * describes the poll, not the house. Stored whole, such a line was a firm of its own with a house effect and an
     * accuracy record apart from the firm's; the cell as written stays the name the poll was published under.
     */
    private Optional<String> firmBeforeBracket(String name) {
        return firmBefore(name, '(');
    }

    /**
     * The house met before (in the store, or in this file's earlier rows) that a new firm's cell names before a bracket
     * ending it: "Market (Weekend)", Austria's Market institute's poll for the Weekend magazine beside its "Market" rows
     * of 2019. The bracket says whose poll it is, or which kind, as it does after a firm the alias table knows ("YouGov
     * (MRP)"). Stored whole, it was a house of its own, with a house effect and an accuracy record apart. Read in one
     * pass, a bracketed cell above the firm's first plain row of a new file is still its own house.
     */
    private Optional<String> houseBeforeBracket(String name) {
        int at = name.indexOf('(');
        if (at <= 0 || !name.endsWith(")")) {
            return Optional.empty();
        }
        String before = name.substring(0, at).strip();
        Set<String> houses = housesByFolded.getOrDefault(spelling(before), Set.of());
        return houses.contains(before) ? Optional.of(before) : houses.stream().findFirst();
    }

    /**
     * The known firm a cell names before a hyphen, its series' partner after it ("Ipsos-Sopra Steria" is Ipsos's), where
     * the alias table does not know the cell whole; empty otherwise, so that a firm whose own name has a hyphen
     * ("Mason-Dixon") stays as written unless the part before it is itself a known firm.
     */
    private Optional<String> firmBeforePartner(String name) {
        int at = name.indexOf('-');
        if (at <= 0 || at == name.length() - 1 || name.substring(at + 1).isBlank()) {
            return Optional.empty();
        }
        return firmBefore(name, '-');
    }

    /**
     * The client of a poll whose pollster cell named a known firm and its partner after a hyphen ("Ipsos-Sopra
     * Steria" read as Ipsos): the partner, where the source names no client, so that the partner's series (a daily
     * tracker's) stays apart from the firm's other polls of the same days, as it was when stored under the whole name.
     * {@code client} itself for any other cell.
     */
    String withPartner(String client, String cell, String firm) {
        String name = cell.strip();
        if (!client.isEmpty()
                || firm.isEmpty()
                || aliases.pollster(name).isPresent()
                || !firmBeforePartner(name).equals(Optional.of(firm))) {
            return client;
        }
        return name.substring(name.indexOf('-') + 1).strip();
    }

    /** The known firm named before the first {@code cut} in {@code name} ("YouGov (MRP)", "YouGov/Times"), if any. */
    private Optional<String> firmBefore(String name, char cut) {
        int at = name.indexOf(cut);
        return at > 0 ? aliases.pollster(name.substring(0, at).trim()) : Optional.empty();
    }

    /**
     * Notes {@code written}, a new firm, beside a house met before (in the store or this file) when one name holds every
     * word of the other and the shorter has a word of its own, not one of {@link #FIRM_WORDS}: likely one firm named two
     * ways, which only the user can join (an alias), or keep apart. That word may be short (an acronym: "ORC" beside
     * "ORC Araştırma", "ICM" beside "ICM Research") where the longer name adds only such common words: before, a word of
     * three letters was no evidence, and ORC's Turkish polls of 2023 kept two houses and two accuracy records unremarked.
     */
    private void noteNearHouse(String written) {
        Set<String> mine = new HashSet<>(Arrays.asList(Names.fold(written).split(" ")));
        for (Set<String> spellings : housesByFolded.values()) {
            String house = spellings.iterator().next();
            Set<String> theirs = new HashSet<>(Arrays.asList(Names.fold(house).split(" ")));
            if (mine.equals(theirs)) {
                continue;
            }
            Set<String> shorter = mine.size() < theirs.size() ? mine : theirs;
            Set<String> longer = shorter == mine ? theirs : mine;
            boolean addsOnlyCommonWords = longer.stream().allMatch(w -> shorter.contains(w) || FIRM_WORDS.contains(w));
            if (longer.containsAll(shorter)
                    && shorter.stream()
                            .anyMatch(w -> !FIRM_WORDS.contains(w) && (w.length() >= 4 || addsOnlyCommonWords))) {
                nearHouses.putIfAbsent(written, house);
            }
        }
    }

    /** New firms named like a house met before, each with that house ("Consulta Mitofsky" to "Mitofsky"). */
    Map<String, String> nearHouses() {
        return java.util.Collections.unmodifiableMap(nearHouses);
    }

    /** Unknown firms' spellings read as a house written otherwise: "Metropoll as MetroPOLL". */
    List<String> joinedSpellings() {
        return List.copyOf(joined);
    }

    List<String> newPollsters() {
        return List.copyOf(newPollsters);
    }

    /**
     * The client as written, with spaces tidied and the quotation marks around a title left off; "" for none ("–",
     * "n/a", "none", blank). The Polish tables quote newspapers in some years and not others (`Pollster / "SE.pl"` in
     * 2023, `Pollster / SE.pl` in 2019): kept, one client was listed under two names, quotation marks and all.
     */
    static String client(String text) {
        String t = SPACES.matcher(text.trim()).replaceAll(" ");
        Matcher quoted = QUOTED.matcher(t);
        if (quoted.matches()) {
            t = quoted.group(1).trim();
        }
        return PollShares.isNotReported(t) || t.equalsIgnoreCase("none") ? "" : t;
    }

    /** A title in one pair of double quotation marks, straight or typographic ("SE.pl", „Rzeczpospolita”). */
    private static final Pattern QUOTED = Pattern.compile("[\"“„”]([^\"“„”]+)[\"”“]");

    /** True when {@code header} is a party or candidate of the alias table, or an option of {@code election}. */
    boolean mayNameOption(String header, Election election) {
        return aliases.namesOption(header)
                || (election != null
                        && election.contests().values().stream()
                                .anyMatch(c ->
                                        options(election, c).resolve(header).isPresent()));
    }

    /**
     * True when {@code header} names a party or candidate of {@code election} itself, not its Others: "DK" is Hungary's
     * Democratic Coalition where a definition lists it, while "Undecided / Other" stays the don't-knows.
     */
    boolean namesParty(String header, Election election) {
        return election.contests().values().stream()
                .anyMatch(c -> options(election, c)
                        .resolve(header)
                        .filter(id -> !Option.OTHER.equals(id))
                        .isPresent());
    }

    /**
     * The baseline of an election, whose parties its joint lists carry on ({@code succeeds}): their names there are read
     * as the lists' parts ({@link OptionResolver#part}). None until {@link #baselines} is given.
     */
    private java.util.function.Function<Election, Election> baselineOf = e -> null;

    /** Tells where an election's baseline is found, for the names of the parties its joint lists carry on. */
    void baselines(java.util.function.Function<Election, Election> baselineOf) {
        this.baselineOf = baselineOf;
        resolvers.clear();
    }

    /** What the share columns' names mean in {@code contest}; built once per contest. */
    OptionResolver options(Election election, Contest contest) {
        return resolvers.computeIfAbsent(
                election.id() + "/" + contest.id(),
                k -> new OptionResolver(election, contest, aliases, baselineOf.apply(election)));
    }

    /** Whether every reported share of the poll names an option of some contest of {@code election}. */
    boolean namesAll(RawPoll raw, Election election) {
        return !reportedNames(raw).isEmpty() && namesOfNoContest(raw, election).isEmpty();
    }

    /** The names of the poll's reported shares that are no candidate or party of any contest of {@code election}. */
    List<String> namesOfNoContest(RawPoll raw, Election election) {
        return reportedNames(raw).stream()
                .filter(n -> election.contests().values().stream()
                        .noneMatch(c -> options(election, c).resolve(n).isPresent()))
                .toList();
    }

    /**
     * Whether the poll asks about a field of its own: three or more of its reported names ({@code ofNoContest}, those
     * that are no option of {@code election}, {@link #namesOfNoContest}) are strangers to every
     * contest of {@code election} ({@link OptionResolver#stranger}: no slip from any name there), and they outnumber
     * the names that are its options. A poll of would-be candidates before the nominations (the Irish 2025
     * presidential page's table of Ahern, Fitzgerald, McGuinness, McDowell and Kelly, with Connolly the only one who
     * stood) is of another ballot than the election's; a misspelt table names few strangers among many options.
     */
    boolean fieldOfStrangers(RawPoll raw, Election election, List<String> ofNoContest) {
        // A stranger names no option, so only the names of no contest are asked (and a poll with none is no field).
        long strangers = ofNoContest.stream()
                .filter(n -> election.contests().values().stream()
                        .allMatch(c -> options(election, c).stranger(n)))
                .count();
        long options = reportedNames(raw).size() - ofNoContest.size();
        return strangers >= 3 && strangers > options;
    }

    /**
     * Whether the poll's reported shares name every candidate on the ballot of some single-winner contest of
     * {@code election} (those who withdrew aside): a table of the election's own race, whatever else it names.
     */
    boolean namesEveryCandidate(RawPoll raw, Election election) {
        List<String> reported = reportedNames(raw);
        return election.contests().values().stream()
                .filter(SingleWinnerContest.class::isInstance)
                .map(SingleWinnerContest.class::cast)
                .anyMatch(c -> {
                    OptionResolver options = options(election, c);
                    Set<String> named = reported.stream()
                            .map(options::resolve)
                            .flatMap(Optional::stream)
                            .collect(java.util.stream.Collectors.toSet());
                    // More than two: a head-to-head of the only two would name "every candidate" of any race.
                    return c.candidates().size() > 2 && c.namesEveryCandidate(named);
                });
    }

    /** The names of the poll's reported shares (a blank or "–" share names nothing). */
    static List<String> reportedNames(RawPoll raw) {
        return raw.shares().stream()
                .filter(sh -> !PollShares.isNotReported(sh.value()))
                .map(RawShare::name)
                .toList();
    }

    /**
     * Names {@code strangers}, the names of {@code raw} that are no option of {@code election}, in their own columns
     * with the closest name of the one contest the poll's other names fit, after {@code which} (how the election was
     * chosen, or empty); false (nothing added) when they fit no contest. When the other names fit several (party names
     * fit the Mayor and the Assembly), the row's scope or contest picks one, else each one's closest name is given.
     */
    boolean reportStrangers(
            RawPoll raw, Election election, List<String> strangers, String which, List<Problem> problems) {
        List<Contest> fits = election.contests().values().stream()
                .filter(c -> {
                    OptionResolver r = options(election, c);
                    return reportedNames(raw).stream()
                            .allMatch(n -> strangers.contains(n) || r.resolve(n).isPresent());
                })
                .toList();
        if (fits.size() > 1) {
            // Party names fit the Mayor and the Assembly alike: the row's scope or contest says which it is ("list"
            // is the Assembly's), else each contest's closest name is given.
            String scope = raw.value("scope");
            String contest = raw.value("contest");
            List<Contest> said = fits.stream()
                    .filter(c -> (contest != null && c.id().equalsIgnoreCase(contest.trim()))
                            || ScopeWords.ofCell(scope)
                                    .map(sc -> c.scopes().contains(sc))
                                    .orElse(false))
                    .toList();
            if (!said.isEmpty()) {
                fits = said;
            }
        }
        if (fits.isEmpty()) {
            return false;
        }
        for (RawShare s : raw.shares()) {
            if (!PollShares.isNotReported(s.value()) && strangers.contains(s.name())) {
                List<String> explained = fits.stream()
                        .map(c -> options(election, c).explain(s.name()))
                        .toList();
                problems.add(new Problem(
                        source,
                        s.location(),
                        s.field(),
                        which
                                + String.join("; or, as a poll of another contest: ", explained)
                                + (which.isEmpty() ? " (is " + election.id() + " the right election?)" : "")));
            }
        }
        return true;
    }
}
