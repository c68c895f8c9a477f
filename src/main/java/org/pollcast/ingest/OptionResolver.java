package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.Candidate;
import org.pollcast.election.Contest;
import org.pollcast.election.Election;
import org.pollcast.election.Option;
import org.pollcast.election.Party;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.WithdrawnCandidate;

/**
 * Maps a name as a poll prints it ("Boris Johnson", "Johnson", "Boris", "Con", "Khan (Lab)") to an option id
 * of one contest. Names are tried whole first, then word by word; a name that could mean two options, or
 * none, is not guessed. Names resolve per election: a candidate's {@code aliases} in the definition ("Siobhan
 * Benita" for Porritt in 2021) and candidates who withdrew belong to that election only, so Siobhan Benita is
 * a candidate of her own in 2012.
 */
final class OptionResolver {
    private static final List<String> OTHER_NAMES = List.of(
            "other",
            "others",
            "oth",
            "other candidates",
            "other parties",
            "another party",
            "another candidate",
            "someone else",
            "any other",
            "others total",
            // Portuguese, Spanish, French, Italian: a column or row of the other candidates together ("Outros", Nexo
            // Jornal's Brazilian files).
            "outros",
            "otros",
            "autres",
            "altri",
            // Turkish ("Diğer: %2.4", ASAL's Istanbul poll of 2024, refused as an unknown candidate 'Diğer'), German,
            // Dutch, Swedish, Finnish, Polish, the South Slavic languages and Romanian; not Norwegian's "andre", a
            // name (Portugal's André Ventura).
            "diğer",
            "diğerleri",
            "diger",
            "sonstige",
            "sonst.",
            "sonst",
            "andere",
            "overige",
            "övriga",
            "muut",
            "inni",
            "inne",
            "ostali",
            "altele");

    /**
     * Lines of an official count for the votes written in for no listed candidate, as American counts print them
     * ("Write-ins" in New York's 2021 tabulation, "Undeclared Write-ins" in its summaries, "Scattering" in some
     * states'). Results only: in a poll such a column would be a share of nobody the poll named.
     */
    private static final List<String> WRITE_IN_NAMES =
            List.of("write-ins", "write-in", "write ins", "write in", "undeclared write-ins", "scattering");

    /**
     * Whether a results row's name is an "all others" line ("Others", "Other candidates", or the write-ins of an
     * American count), not a candidate.
     */
    static boolean othersLine(String name) {
        String folded = name.trim().toLowerCase(Locale.ROOT);
        return OTHER_NAMES.contains(folded) || WRITE_IN_NAMES.contains(folded);
    }

    /**
     * Whether a results row's name is an "all others" line that may hold candidates on the ballot ("Others"), not the
     * write-ins of an American count, which hold no one the ballot listed.
     */
    static boolean ballotOthersLine(String name) {
        return OTHER_NAMES.contains(name.trim().toLowerCase(Locale.ROOT));
    }

    private final Contest contest;
    private final Map<String, String> byName = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();
    /**
     * The same names as {@link #byName}, in lower case but not folded: Danish party letters are Å and A, Ø and O, which
     * folding makes one (Å is the Alternative, A the Social Democrats), so a name written exactly as one option's is
     * that option before folding is asked.
     */
    private final Map<String, String> byExactName = new HashMap<>();

    private final Set<String> exactAmbiguous = new HashSet<>();
    private final Set<String> displayNames = new LinkedHashSet<>();

    private final Map<String, Optional<String>> resolved = new HashMap<>();
    private final Map<String, Long> unknownWords = new HashMap<>();
    /**
     * Every word of a candidate's name (first names too) to that candidate; a word two candidates share is left
     * out. Never a name by itself: only a sign that a name read word by word mixes two candidates.
     */
    private final Map<String, String> nameWords = new HashMap<>();

    private final Map<String, String> displayNameOf = new HashMap<>();

    /** A candidate's first given name, folded, where no other candidate's is the same: the candidate's id. */
    private final Map<String, String> byGivenName = new HashMap<>();

    /** Every candidate's and withdrawn candidate's given names (the words of the name before the surname), folded. */
    private final Map<String, List<String>> givenNames = new HashMap<>();
    /**
     * Names of parties with no candidate (nor withdrawn candidate) in this single-winner contest, folded, to the
     * party's name: a table's "Reform" column where Reform UK stood nobody is not a misspelt candidate.
     */
    private final Map<String, String> partiesWithoutCandidate = new HashMap<>();

    /**
     * Names that only stand for a candidate through their party ("Ref" for Reform UK's one candidate), folded. Read
     * word by word beside a word that names no one here, such a name is not enough: "Campbell Ref" is another
     * place's Reform candidate, not this one's.
     */
    private final Set<String> partyOnlyNames = new HashSet<>();

    /** Every word of every party name this election or the alias table knows ("labour", "co", "operative", "uk"). */
    private final Set<String> partyWords = new HashSet<>();

    /**
     * Every word of a name that stands for one option by itself (a candidate's full name, an alias of this
     * election's, a nickname), to that option: "benita" is a word of "Siobhan Benita", Porritt's alias in 2021.
     */
    private final Map<String, String> ownNameWords = new HashMap<>();

    /**
     * Each candidate's and withdrawn candidate's party names, folded ("democratic", "independent" for an independent):
     * the party line a copied header prints under the name ("Eric Adams" over "Independent").
     */
    private final Map<String, Set<String>> ownPartyNames = new HashMap<>();

    private final String electionId;

    /**
     * The baseline's parties that a joint list of this contest carries on ({@code succeeds}), by their folded names:
     * part id by name. Polls taken before the parties joined name them apart (GroenLinks and PvdA before their 2023
     * list): each is read as the joint list's part, and {@link PollShares} adds the parts up. A name two lists succeed
     * (a party that split) is no one's: its vote cannot be given to either.
     */
    private final Map<String, String> partByName = new HashMap<>();

    /** The joint list that carries on each part ({@link #partByName}). */
    private final Map<String, String> successorOfPart = new HashMap<>();

    /** Each joint list's parts, in its {@code succeeds} order. */
    private final Map<String, List<String>> partsOf = new HashMap<>();

    /** A party's name of several words by its words sorted ("gl pvda" for "PvdA/GL"), for names printed reordered. */
    private final Map<String, String> bySortedWords = new HashMap<>();

    /** A list's parties' names as the definition prints them, by id: what a suggestion of one says. */
    private final Map<String, String> partyNameOf = new HashMap<>();

    /** The contest is an Assembly-only election's list vote ({@link org.pollcast.election.ListLead}): its options are parties. */
    private final boolean listVote;

    /** Articles a party's name may open with ("Die Linke", "La France insoumise"), folded as names are. */
    private static final Set<String> LEADING_ARTICLES =
            Set.of("die", "der", "das", "la", "le", "les", "el", "los", "las", "il", "lo", "het", "os", "as");

    /**
     * Words of a column heading that name no one: "Green Party candidate", "Cllr Campbell", "Reform UK's candidate".
     * Beside a party's name they leave it its candidate's.
     */
    private static final Set<String> NOT_NAMES = Set.of(
            "candidate",
            "candidates",
            "cand",
            "the",
            "and",
            "for",
            "mayor",
            "mayoral",
            "cllr",
            "councillor",
            "mp",
            "sir",
            "dame",
            "lord",
            "lady",
            "mrs",
            "miss",
            "incumbent",
            "unnamed",
            "tbc",
            "tba",
            "named",
            "mr",
            "ms",
            "mx",
            "dr",
            "prof",
            "professor",
            "rev",
            "revd",
            "hon",
            "rt",
            "baroness",
            "baron");

    OptionResolver(Election election, Contest contest, AliasTable aliases) {
        this(election, contest, aliases, null);
    }

    /**
     * With {@code baseline}, the election whose parties this one's joint lists carry on ({@code succeeds}): their names
     * there, as polls before the joint list print them, are read as the joint list's parts.
     */
    OptionResolver(Election election, Contest contest, AliasTable aliases, Election baseline) {
        this.contest = contest;
        this.electionId = election.id();
        this.listVote = election.listLed()
                && election.lead().filter(l -> l.id().equals(contest.id())).isPresent();
        // Strong names first: a strong name always beats a weak one (e.g. a party name) for the same text.
        Map<String, String> weak = new HashMap<>();
        Set<String> weakAmbiguous = new HashSet<>();
        if (contest instanceof SingleWinnerContest single) {
            Map<String, Integer> surnameCount = new HashMap<>();
            Map<String, Integer> partyCount = new HashMap<>();
            int independents = 0;
            for (Candidate c : single.candidates()) {
                surnameCount.merge(surname(c.name()), 1, Integer::sum);
                if (c.party() != null) {
                    partyCount.merge(c.party(), 1, Integer::sum);
                }
                if (independent(election, c.party())) {
                    independents++;
                }
            }
            single.withdrawn().forEach(w -> surnameCount.merge(surname(w.name()), 1, Integer::sum));
            // Those who withdrew are named as candidates are (id, name, surname, nickname), never by their party.
            for (WithdrawnCandidate w : single.withdrawn()) {
                ownPartyNames.put(w.id(), ownPartyNames(election, w.party(), aliases));
                givenNames.put(w.id(), givenNames(w.name()));
                add(w.id(), w.id());
                add(w.name(), w.id());
                displayNames.add(w.name());
                aliases.candidateAliases(w.name()).forEach(a -> add(a, w.id()));
                w.aliases().forEach(a -> add(a, w.id()));
                if (surnameCount.get(surname(w.name())) == 1) {
                    add(surname(w.name()), w.id());
                }
            }
            Set<String> sharedWords = new HashSet<>();
            for (Candidate c : single.candidates()) {
                ownPartyNames.put(c.id(), ownPartyNames(election, c.party(), aliases));
                displayNameOf.put(c.id(), c.name());
                givenNames.put(c.id(), givenNames(c.name()));
                for (String word : Names.fold(c.name()).split(" ")) {
                    String before = word.length() < 3 ? null : nameWords.putIfAbsent(word, c.id());
                    if (before != null && !before.equals(c.id())) {
                        sharedWords.add(word);
                    }
                }
            }
            sharedWords.forEach(nameWords::remove);
            for (Candidate c : single.candidates()) {
                add(c.id(), c.id());
                add(c.name(), c.id());
                displayNames.add(c.name());
                aliases.candidateAliases(c.name()).forEach(a -> add(a, c.id()));
                // This election's own aliases: a placeholder or a predecessor who withdrew in the candidate's favour.
                c.aliases().forEach(a -> add(a, c.id()));
                if (surnameCount.get(surname(c.name())) == 1) {
                    add(surname(c.name()), c.id());
                }
                // A party name stands for its candidate when the party has exactly one ("Labour" -> Khan), and so
                // does "Independent" when one independent stands (a poll by party lists him under it).
                // An independent's own party (ind-driscoll, "Independent - Jamie Driscoll", as the docs' ind-fox) is
                // no name a poll prints: "Independent" is, and it is theirs when they are the one independent; with
                // two, it is neither's, even for the one whose party id is ind.
                if (c.party() != null
                        && partyCount.get(c.party()) == 1
                        && !("ind".equals(c.party()) && independents > 1)) {
                    for (String p : partyNames(election, c.party(), aliases)) {
                        addWeak(weak, weakAmbiguous, p, c.id());
                    }
                }
                if (independents == 1 && independent(election, c.party()) && !"ind".equals(c.party())) {
                    for (String p : partyNames(election, "ind", aliases)) {
                        addWeak(weak, weakAmbiguous, p, c.id());
                    }
                }
            }
            // A candidate's first given name alone, as Brazilian tables and files head a column ("Ciro" for Ciro
            // Gomes, beside "Lula" and "Bolsonaro"), when no other candidate, standing or withdrawn, has it. Looked up
            // last, for a header that names nothing else (lookUp), so a surname, an alias or a party spelt so wins.
            // givenNames holds every standing and withdrawn candidate's, read above.
            Map<String, Integer> firstGiven = new HashMap<>();
            givenNames.values().stream()
                    .filter(g -> !g.isEmpty())
                    .forEach(g -> firstGiven.merge(g.get(0), 1, Integer::sum));
            for (Candidate c : single.candidates()) {
                List<String> given = givenNames.get(c.id());
                if (!given.isEmpty() && given.get(0).length() >= 3 && firstGiven.get(given.get(0)) == 1) {
                    byGivenName.put(given.get(0), c.id());
                }
            }
        } else if (contest instanceof AdditionalMemberContest ams) {
            for (Party p : ams.parties()) {
                displayNames.add(p.name());
                partyNameOf.put(p.id(), p.name());
                for (String n : partyNames(election, p.id(), aliases)) {
                    add(n, p.id());
                    partyOnlyNames.add(Names.fold(n));
                }
            }
            addParts(election, ams, aliases, baseline);
        }
        if (contest instanceof SingleWinnerContest single) {
            Set<String> standing = new HashSet<>();
            single.candidates().forEach(c -> standing.add(c.party()));
            single.withdrawn().forEach(w -> standing.add(w.party()));
            Set<String> partyIds = new LinkedHashSet<>(aliases.partyIds());
            election.parties().forEach(p -> partyIds.add(p.id()));
            for (String id : partyIds) {
                if (!standing.contains(id) && !id.equals("ind")) {
                    String name = election.party(id)
                            .map(Party::name)
                            .orElse(aliases.partyAliases(id).stream()
                                    .findFirst()
                                    .orElse(id));
                    partyNames(election, id, aliases).forEach(n -> partiesWithoutCandidate.put(Names.fold(n), name));
                }
            }
        }
        OTHER_NAMES.forEach(n -> add(n, Option.OTHER));
        displayNames.add("Others");
        byName.forEach((k, v) -> {
            for (String word : k.split(" ")) {
                ownNameWords.merge(word, v, (a, b) -> a.equals(b) ? a : "");
            }
        });
        weak.forEach((k, v) -> {
            if (!byName.containsKey(k) && !ambiguous.contains(k) && !weakAmbiguous.contains(k)) {
                byName.put(k, v);
                partyOnlyNames.add(k);
            }
        });
        Set<String> partyIds = new LinkedHashSet<>(aliases.partyIds());
        election.parties().forEach(p -> partyIds.add(p.id()));
        for (String id : partyIds) {
            for (String n : partyNames(election, id, aliases)) {
                partyWords.addAll(Arrays.asList(Names.fold(n).split(" ")));
            }
        }
        if (contest instanceof AdditionalMemberContest) {
            Set<String> sortedAmbiguous = new HashSet<>();
            byName.forEach((k, v) -> {
                if (k.indexOf(' ') > 0 && !Option.OTHER.equals(v)) {
                    String sorted = sortedWords(k);
                    String before = bySortedWords.putIfAbsent(sorted, v);
                    if (before != null && !before.equals(v)) {
                        sortedAmbiguous.add(sorted);
                    }
                }
            });
            sortedAmbiguous.forEach(bySortedWords::remove);
        }
    }

    /**
     * Reads the names of the baseline's parties that the contest's joint lists succeed as those lists' parts
     * ({@link #partByName}): the baseline's own names and aliases where it is known, else the part's id and the alias
     * table's names. A name that is this contest's own party's stays that party's.
     */
    private void addParts(Election election, AdditionalMemberContest ams, AliasTable aliases, Election baseline) {
        Map<String, Set<String>> successors = new HashMap<>();
        for (Party p : ams.parties()) {
            election.party(p.id()).ifPresent(party -> {
                if (party.succeeds().size() > 1) {
                    partsOf.put(party.id(), party.succeeds());
                }
                party.succeeds()
                        .forEach(pred -> successors
                                .computeIfAbsent(pred, k -> new LinkedHashSet<>())
                                .add(party.id()));
            });
        }
        Set<String> partAmbiguous = new HashSet<>();
        successors.forEach((pred, heirs) -> {
            // A party that split between two lists, or renamed into one (a single part), is no joint list's part.
            if (heirs.size() != 1 || !partsOf.containsKey(heirs.iterator().next())) {
                return;
            }
            successorOfPart.put(pred, heirs.iterator().next());
            List<String> names = baseline != null && baseline.party(pred).isPresent()
                    ? partyNames(baseline, pred, aliases)
                    : partyNames(election, pred, aliases);
            for (String n : names) {
                String key = Names.fold(n);
                if (key.isEmpty() || byName.containsKey(key) || ambiguous.contains(key)) {
                    continue;
                }
                String before = partByName.putIfAbsent(key, pred);
                if (before != null && !before.equals(pred)) {
                    partAmbiguous.add(key);
                }
            }
        });
        partAmbiguous.forEach(partByName::remove);
    }

    private static String sortedWords(String key) {
        String[] words = key.split(" ");
        Arrays.sort(words);
        return String.join(" ", words);
    }

    /**
     * The baseline party {@code name} names where it is a part of one of this contest's joint lists (GroenLinks, of
     * GL–PvdA), else empty: {@link #resolve} reads it as the joint list.
     */
    Optional<String> part(String name) {
        String key = Names.fold(name);
        if (byName.containsKey(key)) {
            return Optional.empty();
        }
        return Optional.ofNullable(partByName.get(key));
    }

    /** The parts a joint list of this contest carries on ({@code succeeds}), or none. */
    List<String> partsOf(String option) {
        return partsOf.getOrDefault(option, List.of());
    }

    /** How the list {@code option} is displayed (its name in the definition), else its id. */
    String displayName(String option) {
        return partyNameOf.getOrDefault(option, displayNameOf.getOrDefault(option, option));
    }

    /** Whether a candidate of party {@code partyId} stands as an independent: the party ind, or one marked so. */
    private static boolean independent(Election election, String partyId) {
        return partyId != null
                && ("ind".equals(partyId)
                        || election.party(partyId).map(Party::independent).orElse(false));
    }

    /** The folded names of party {@code partyId}, and "independent", "ind" for an independent's; none for no party. */
    private static Set<String> ownPartyNames(Election election, String partyId, AliasTable aliases) {
        Set<String> names = new HashSet<>();
        if (partyId != null) {
            partyNames(election, partyId, aliases).forEach(n -> names.add(Names.fold(n)));
        }
        if (independent(election, partyId)) {
            partyNames(election, "ind", aliases).forEach(n -> names.add(Names.fold(n)));
        }
        return Set.copyOf(names);
    }

    private static List<String> partyNames(Election election, String partyId, AliasTable aliases) {
        List<String> names = new ArrayList<>();
        names.add(partyId);
        election.party(partyId).ifPresent(p -> {
            names.add(p.name());
            names.addAll(p.aliases());
        });
        names.addAll(aliases.partyAliases(partyId));
        return names;
    }

    private static List<String> givenNames(String name) {
        String[] words = Names.fold(name).split(" ");
        return List.of(Arrays.copyOf(words, Math.max(0, words.length - 1)));
    }

    private static String surname(String name) {
        String[] words = Names.fold(name).split(" ");
        return words[words.length - 1];
    }

    private void add(String name, String optionId) {
        String exact = exactKey(name);
        if (!exact.isEmpty() && !exactAmbiguous.contains(exact)) {
            String before = byExactName.putIfAbsent(exact, optionId);
            if (before != null && !before.equals(optionId)) {
                byExactName.remove(exact);
                exactAmbiguous.add(exact);
            }
        }
        String key = Names.fold(name);
        if (key.isEmpty() || ambiguous.contains(key)) {
            return;
        }
        String previous = byName.putIfAbsent(key, optionId);
        if (previous != null && !previous.equals(optionId)) {
            byName.remove(key);
            ambiguous.add(key);
        }
    }

    private static void addWeak(Map<String, String> weak, Set<String> weakAmbiguous, String name, String optionId) {
        String key = Names.fold(name);
        String previous = weak.putIfAbsent(key, optionId);
        if (previous != null && !previous.equals(optionId)) {
            weakAmbiguous.add(key);
        }
    }

    Contest contest() {
        return contest;
    }

    /**
     * Whether a results file's party cell names independents as such ("Independent", "Ind", "Independents",
     * "Non-party"), not a party of the definition: an independent who is no party of the contest is among its others. A
     * riding's Independent row (Ontario 2022's Haldimand-Norfolk) was counted so by {@code count} and refused by the
     * forecast's reading of the same file.
     */
    static boolean namesIndependents(String name) {
        String folded = Names.fold(name).replace(".", "").trim();
        return folded.matches("(an? )?(independent|independents|ind|non ?party|no party|unaffiliated)( candidates?)?");
    }

    /** The option id for {@code name}, or empty when it names no option of this contest unambiguously. */
    Optional<String> resolve(String name) {
        // A file repeats a handful of column names on every row: fold each once.
        return resolved.computeIfAbsent(name, n -> {
            Optional<String> hit = lookUp(n);
            if (hit.isPresent() || !(contest instanceof AdditionalMemberContest)) {
                return hit;
            }
            String key = Names.fold(n);
            // A joint list named with its parts the other way round ("PvdA/GL" for GL–PvdA), as aggregators print it.
            String reordered = key.indexOf(' ') > 0 ? bySortedWords.get(sortedWords(key)) : null;
            if (reordered != null) {
                return Optional.of(reordered);
            }
            String part = partByName.get(key);
            return part == null ? hit : Optional.of(successorOfPart.get(part));
        });
    }

    private static String exactKey(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    private Optional<String> lookUp(String name) {
        String exact = byExactName.get(exactKey(name));
        if (exact != null) {
            return Optional.of(exact);
        }
        String key = Names.fold(name);
        String hit = byName.get(key);
        if (hit != null) {
            return Optional.of(hit);
        }
        if (ambiguous.contains(key)) {
            return Optional.empty();
        }
        // A placeholder, a name whole once its words that name no one are set aside: "Liberal Democrat Candidate"
        // (Redfield & Wilton's London poll of June 2023, before the party chose) is "Liberal Democrat". Word by word
        // below, "liberal" and "democrat" each named a party of some other place as well, and the poll was refused
        // while "Conservative Candidate" beside it was read (the London 2024 trial).
        String bare = Arrays.stream(key.split(" "))
                .filter(w -> !NOT_NAMES.contains(w))
                .collect(Collectors.joining(" "));
        // An ambiguous name is no key of byName (add).
        String placeholder = bare.equals(key) ? null : byName.get(bare);
        if (placeholder != null) {
            return Optional.of(placeholder);
        }
        // A party's name with its article, where the definition names it without: "Die Linke" for Linke (the Hamburg
        // trial's page was refused as naming a candidate "die" of the party), "La France insoumise", "Los Verdes".
        String[] article = key.split(" ", 2);
        if (article.length == 2 && LEADING_ARTICLES.contains(article[0])) {
            String party = byName.get(article[1]);
            if (party != null) {
                return Optional.of(party);
            }
        }
        // Word by word, for headers such as "Khan Lab" or "Sadiq Khan Labour": every word that names
        // something must name the same option, and no word may be another candidate's name ("Shaun Berry").
        Set<String> found = wordsNaming(key, false);
        if (found.size() > 1) {
            String labelled = besideOwnParty(key);
            if (labelled != null) {
                // The party line read, the rest of the name is checked as any name is (another's first name).
                Set<String> party = ownPartyNames.getOrDefault(labelled, Set.of());
                key = String.join(
                        " ",
                        Arrays.stream(key.split(" "))
                                .filter(w -> !party.contains(w))
                                .toList());
                found = Set.of(labelled);
            }
        }
        if (found.size() == 1 && wordsNaming(key, true).size() > 1) {
            return Optional.empty();
        }
        if (found.size() == 1 && strangerBesideParty(name) != null) {
            // On a party list, "Independent - Laura Marshall" (the party, a dash, its list candidate) is the party's
            // figure: a list has no candidates of its own to mistake her for. A surname beside a party with no dash
            // ("Jenkyns Ref") is still a copied header from another place.
            Matcher m = PARTY_DASH_NAME.matcher(name.strip());
            if (partyList() && m.matches()) {
                Optional<String> party = Optional.ofNullable(byName.get(Names.fold(m.group(1))));
                if (party.filter(found.iterator().next()::equals).isPresent()) {
                    return party;
                }
            }
            return Optional.empty();
        }
        if (found.size() == 1 && otherGivenName(key, found.iterator().next()) != null) {
            return Optional.empty();
        }
        if (found.isEmpty() && byGivenName.containsKey(key)) {
            return Optional.of(byGivenName.get(key));
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /**
     * The candidate {@code key} names by their own name when its other naming words are only their party's line
     * ("eric adams independent": Adams, an independent, though "Independent" alone names Cuomo, the one independent
     * still standing); else null. A copied header joins the party line under each name to it, and a withdrawn
     * candidate, named only by their own names, was refused while the standing independent's column was read.
     */
    private String besideOwnParty(String key) {
        String[] words = key.split(" ");
        String owner = null;
        for (String word : words) {
            String w = byName.get(word);
            if (w != null && !partyOnlyNames.contains(word)) {
                if (owner != null && !owner.equals(w)) {
                    return null;
                }
                owner = w;
            }
        }
        if (owner == null) {
            return null;
        }
        Set<String> party = ownPartyNames.getOrDefault(owner, Set.of());
        for (String word : words) {
            String w = byName.get(word);
            if (w != null && !w.equals(owner) && !party.contains(word)) {
                return null;
            }
        }
        return owner;
    }

    /**
     * A first name before a candidate's surname that is none of theirs, when none of theirs is there: "Jeremy" in
     * "Jeremy Corbyn" (Piers Corbyn stood in 2021), "Boris" in "Boris Johnson" read against 2000 (Darren Johnson).
     * A header that gives another person's full name is that person, whose figures must not be stored as this
     * candidate's. A short form of a given name ("Ken" for Kenneth, "Andy" for Andrew: three letters in common at the
     * start) is theirs; so are titles and words of party names. Else null.
     */
    private String otherGivenName(String key, String option) {
        List<String> given = givenNames.get(option);
        if (given == null || given.isEmpty()) {
            return null;
        }
        String[] words = key.split(" ");
        String stranger = null;
        for (String word : words) {
            if (option.equals(byName.get(word))) {
                return stranger; // the first word naming the candidate: only words before it are given names
            }
            if (given.contains(word) || option.equals(ownNameWords.get(word))) {
                return null;
            }
            if (stranger == null
                    && word.length() >= 2
                    && word.chars().allMatch(Character::isLetter)
                    && !byName.containsKey(word)
                    && !partyWords.contains(word)
                    && !NOT_NAMES.contains(word)
                    && given.stream().noneMatch(g -> shortForm(word, g))) {
                stranger = word;
            }
        }
        return null;
    }

    /** Whether one of two given names is a short form of the other: the same first three letters, or all of one. */
    private static boolean shortForm(String a, String b) {
        int common = 0;
        while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= 3 || common == Math.min(a.length(), b.length());
    }

    private static final java.util.regex.Pattern PARTY_DASH_NAME =
            java.util.regex.Pattern.compile("(.+?)\\s+[-–—]\\s+(.+)");

    private boolean partyList() {
        return contest instanceof AdditionalMemberContest;
    }

    /**
     * The first word of {@code name} that looks like someone's name but names no one here, when its other
     * naming words are party names only ("campbell" in "campbell ref"); else null. A table copied from another
     * place's page puts each candidate's surname over the party ("Campbell / Ref", Hull and East Yorkshire 2025):
     * read as the party's candidate here, its figures would be stored as another person's. Words of party names
     * ("Lab Co-op") and words under three letters are not names.
     */
    private String strangerBesideParty(String name) {
        String key = Names.fold(name);
        String[] words = key.split(" ");
        String candidate = null;
        for (String word : words) {
            if (byName.containsKey(word)) {
                if (!partyOnlyNames.contains(word)) {
                    return null; // a candidate's own name (or id, or nickname) is among the words
                }
                candidate = byName.get(word);
            }
        }
        if (candidate == null) {
            return null;
        }
        // A word of the candidate's own name is theirs even where another candidate shares it ("Luisa González (RC)"
        // beside Andrea González, Ecuador 2025: the shared surname names neither alone, and is no stranger).
        Set<String> own = Set.of(
                Names.fold(displayNameOf.getOrDefault(candidate, candidate)).split(" "));
        // Words in brackets are a remark or the party ("SOA (as printed in source)", "Campbell (Ref)"), not a name.
        for (String word : Names.fold(name.replaceAll("\\([^)]*\\)", " ")).split(" ")) {
            if (!byName.containsKey(word)
                    && !own.contains(word)
                    && word.length() >= 3
                    && !partyWords.contains(word)
                    && !NOT_NAMES.contains(word)
                    && !candidate.equals(ownNameWords.get(word))
                    && word.chars().allMatch(Character::isLetter)) {
                return word;
            }
        }
        return null;
    }

    /** The options the words of {@code key} name; with {@code nameParts}, also the candidates whose name has them. */
    private Set<String> wordsNaming(String key, boolean nameParts) {
        Set<String> found = new LinkedHashSet<>();
        String[] words = key.split(" ");
        for (String word : words) {
            String w = byName.get(word);
            if (w != null) {
                found.add(w);
            }
            String owner = nameParts ? nameWords.get(word) : null;
            if (owner != null) {
                found.add(owner);
            }
        }
        // A name of several words that names an option whole, inside the key: "Hadash–Ta'al–Balad", a joint list's
        // cell over two parties' columns, names Hadash–Ta'al as well as Balad. Word by word only "Balad" named
        // anything, and the Joint List's 5 seats of a poll before its split were stored as Balad's. Such a name only
        // adds a second option to one its words name: alone it names none ("Liberal Democrat candidate", an alias of
        // 2021 only, is no name of 2012's Paddick).
        if (found.isEmpty()) {
            return found;
        }
        // A word inside a longer name is that name's, not an option of its own: "Scottish Liberal Democrats" names the
        // Liberal Democrats, though "Liberal" alone is the Liberal Party's (Ipsos's Scottish release of May 2021 was
        // refused as an unknown party where the definition listed both). An option a word outside every run names
        // stays, so that a joint list's cell ("Hadash–Ta'al–Balad") still names both its parts.
        boolean[] inRun = new boolean[words.length];
        Set<String> named = new LinkedHashSet<>();
        for (int from = 0; from < words.length; from++) {
            StringBuilder run = new StringBuilder(words[from]);
            for (int to = from + 1; to < words.length && to < from + MAX_NAME_WORDS; to++) {
                run.append(' ').append(words[to]);
                String w = byName.get(run.toString());
                if (w != null) {
                    named.add(w);
                    java.util.Arrays.fill(inRun, from, to + 1, true);
                }
            }
        }
        for (int i = 0; i < words.length; i++) {
            if (!inRun[i]) {
                Optional.ofNullable(byName.get(words[i])).ifPresent(named::add);
                Optional.ofNullable(nameParts ? nameWords.get(words[i]) : null).ifPresent(named::add);
            }
        }
        return named;
    }

    /**
     * Whether {@code name} is a stranger here: it names no option, no word of it names one or is part of a candidate's
     * name, it is no party standing no one, and no name of the contest is a slip away from it ({@link #explain} would
     * offer none). A poll's small figure for a stranger may be counted in its others; anything nearer is a name the
     * definition lacks by mistake, and is refused.
     */
    boolean stranger(String name) {
        String key = Names.fold(name);
        if (key.isBlank()
                || resolve(name).isPresent()
                || ambiguous.contains(key)
                || partiesWithoutCandidate.containsKey(key)
                || !wordsNaming(key, true).isEmpty()) {
            return false;
        }
        Set<String> known = new LinkedHashSet<>(displayNames);
        known.addAll(byName.keySet());
        return Names.closest(name, known).isEmpty();
    }

    /** The most words of an option's name looked for inside a longer name (see {@link #wordsNaming}). */
    private static final int MAX_NAME_WORDS = 6;

    /** How many words of {@code name} name nothing here; none when the whole name does. */
    long unknownWords(String name) {
        // Asked for every row of a table that names no contest, like resolve(): fold each column name once.
        return unknownWords.computeIfAbsent(name, n -> {
            String key = Names.fold(n);
            return byName.containsKey(key)
                    ? 0L
                    : Arrays.stream(key.split(" "))
                            .filter(w -> !byName.containsKey(w))
                            .count();
        });
    }

    /** Why {@code name} did not resolve, with the closest known name. */
    String explain(String name) {
        String key = Names.fold(name);
        if (ambiguous.contains(key)) {
            return "'" + name + "' could mean more than one " + what() + " of " + contest.id()
                    + "; use the full name or id";
        }
        Set<String> mixed = wordsNaming(key, true);
        if (!byName.containsKey(key)
                && mixed.size() > 1
                && wordsNaming(key, false).size() <= 1) {
            List<String> who =
                    mixed.stream().map(id -> displayNameOf.getOrDefault(id, id)).toList();
            return "'" + name + "' could mean more than one " + what() + " of " + contest.id() + " ("
                    + String.join(", ", who) + "); use the full name or id";
        }
        String stranger = strangerBesideParty(name);
        Set<String> byParty = wordsNaming(key, false);
        if (stranger != null && byParty.size() == 1) {
            String who = byParty.iterator().next();
            return "'" + name.strip().replaceAll("\\s+", " ") + "' names its party's candidate here, "
                    + displayNameOf.getOrDefault(who, who)
                    + ", but '" + stranger + "' is not a name of " + displayNameOf.getOrDefault(who, who) + " in "
                    + electionId + " (another place's or year's candidate? check the election, or add the name to"
                    + " the candidate's aliases)";
        }
        Set<String> named = wordsNaming(key, false);
        if (named.size() == 1) {
            String who = named.iterator().next();
            String other = otherGivenName(key, who);
            if (other != null) {
                String display = displayNameOf.getOrDefault(who, who);
                return "'" + name.strip().replaceAll("\\s+", " ") + "' is not a name of " + display + ", the only "
                        + what() + " of " + contest.id() + " in " + electionId + " it could mean: '" + other
                        + "' is none of their names (another person, or another election's candidate? check the"
                        + " election; if it is them, add the name to the candidate's aliases; if it is someone who"
                        + " left the race before the vote, list them under the contest's withdrawn: to read their"
                        + " polls)";
            }
        }
        String party = partiesWithoutCandidate.get(key);
        if (party != null && listVote) {
            return "unknown party '" + name + "' in " + contest.id() + ": " + party + " has no list in " + electionId
                    + " (not on the list ballot; if it stands, add it to the additional-member contest's parties in"
                    + " the election definition)";
        }
        if (party != null) {
            return "unknown candidate '" + name + "' in " + contest.id() + ": the party " + party
                    + " has no candidate in " + electionId + " (if it stood none, list it under the contest's withdrawn"
                    + " candidates in the election definition; if its candidate is missing, add them to candidates)";
        }
        Set<String> known = new LinkedHashSet<>(displayNames);
        known.addAll(byName.keySet());
        String suggestion = Names.closest(name, known)
                .map(k -> "; did you mean " + suggested(k) + "?")
                .orElse("");
        // A list's party under another name (the page its logo links to, "People's Party" for the PP): say where a
        // name goes, as a candidate's message does; before, a user went looking for an alias table of every election.
        return "unknown " + what() + " '" + name + "' in " + contest.id() + suggestion
                + ((listVote || contest instanceof AdditionalMemberContest) && suggestion.isEmpty()
                        ? " (if it is a party standing under another name, add the name to that party's aliases in the"
                                + " election definition)"
                        : "");
    }

    /**
     * A suggestion as the reader can use it: a name as the definition prints it, or an option's id. A folded alias
     * is neither: the Italian trial's 'EV' (Green Europe, in a June poll) was offered 'e', the fold of More Europe's
     * alias '+E'; it is now offered 'pe' (More Europe).
     */
    private String suggested(String key) {
        String id = byName.get(key);
        if (displayNames.contains(key) || id == null || id.equals(key)) {
            return "'" + key + "'";
        }
        String shown = displayNameOf.getOrDefault(id, partyNameOf.getOrDefault(id, id));
        return shown.equals(id) ? "'" + id + "'" : "'" + id + "' (" + shown + ")";
    }

    private String what() {
        return contest instanceof SingleWinnerContest && !listVote ? "candidate" : "party";
    }
}
