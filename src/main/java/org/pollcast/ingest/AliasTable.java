package org.pollcast.ingest;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The alias table ({@code data/aliases.yaml}): canonical pollster names with their other spellings, party
 * ids with theirs, and candidates' nicknames keyed by full name. Matching is on folded names (see
 * {@link Names#fold}), so case, accents, punctuation and "plc" never need their own entry.
 */
public final class AliasTable {
    private final Map<String, String> pollsterByFolded;
    /** Each pollster name and alias as written, to its pollster. */
    private final Map<String, String> pollsterNames;

    private final Set<String> pollsters;
    private final Map<String, List<String>> partyAliases;
    private final Map<String, List<String>> candidateAliases;
    /** Every party id, party alias, candidate name and candidate alias, folded. */
    private final Set<String> optionNames = new HashSet<>();
    /**
     * Each pollster name and alias folded with its spaces taken out, to the pollster, when only one pollster has it:
     * tables run a firm's name together ("FindOutNow" in the Senedd's 2026 table, for Find Out Now), and read as a new
     * firm it would be a house of its own, its polls' lean counted apart from the firm's other polls.
     */
    private final Map<String, String> pollsterBySpaceless = new HashMap<>();
    /** Folding is the costly part of a look-up, and a file names the same few pollsters on every row. */
    private final Map<String, Optional<String>> pollsterCache = new java.util.concurrent.ConcurrentHashMap<>();

    private AliasTable(
            Map<String, String> pollsterByFolded,
            Map<String, String> pollsterNames,
            Set<String> pollsters,
            Map<String, List<String>> partyAliases,
            Map<String, List<String>> candidateAliases) {
        this.pollsterByFolded = pollsterByFolded;
        this.pollsterNames = pollsterNames;
        this.pollsters = pollsters;
        this.partyAliases = partyAliases;
        this.candidateAliases = candidateAliases;
        Set<String> shared = new HashSet<>();
        pollsterByFolded.forEach((folded, pollster) -> {
            String key = spaceless(folded);
            String previous = pollsterBySpaceless.putIfAbsent(key, pollster);
            if (previous != null && !previous.equals(pollster)) {
                shared.add(key);
            }
        });
        shared.forEach(pollsterBySpaceless::remove); // two firms' names run together alike: neither is meant
        partyAliases.forEach((id, names) -> {
            optionNames.add(Names.fold(id));
            names.forEach(n -> optionNames.add(Names.fold(n)));
        });
        candidateAliases.forEach((name, names) -> {
            optionNames.add(Names.fold(name));
            names.forEach(n -> optionNames.add(Names.fold(n)));
        });
    }

    public static AliasTable empty() {
        return new AliasTable(Map.of(), Map.of(), Set.of(), Map.of(), Map.of());
    }

    /**
     * An alias file as written, bound by Jackson (unknown and duplicate keys are errors). A name with no other
     * spellings may be written {@code Panelbase: []} or just {@code Panelbase:}.
     */
    record Spec(
            @JsonSetter(contentNulls = Nulls.AS_EMPTY) Map<String, List<String>> pollsters,
            @JsonSetter(contentNulls = Nulls.AS_EMPTY) Map<String, List<String>> parties,
            @JsonSetter(contentNulls = Nulls.AS_EMPTY) Map<String, List<String>> candidates) {}

    /** Loads and merges alias files in order; a later file may add names but never re-point one. */
    public static AliasTable load(List<Path> files) {
        return of(files.stream()
                .map(f -> YamlFile.read(f, Spec.class, "alias table"))
                .toList());
    }

    /**
     * pollcast's own alias table, then {@code extra} files merged after it: for a data folder without an {@code
     * aliases.yaml}. Its firms' other names are general ("Savanta ComRes" is ComRes, "CNN/SSRS" is SSRS for CNN), and
     * without them a folder of one's own stored a known firm under each name it published as, a house apiece.
     */
    public static AliasTable bundledWith(List<Path> extra) {
        List<YamlFile<Spec>> sources = new ArrayList<>();
        sources.add(YamlFile.bundled("aliases.yaml", Spec.class, "alias table"));
        extra.forEach(f -> sources.add(YamlFile.read(f, Spec.class, "alias table")));
        return of(sources);
    }

    private static AliasTable of(List<YamlFile<Spec>> sources) {
        Map<String, String> pollsterByFolded = new LinkedHashMap<>();
        Map<String, String> pollsterNames = new LinkedHashMap<>();
        Set<String> pollsters = new LinkedHashSet<>();
        Map<String, List<String>> parties = new LinkedHashMap<>();
        Map<String, List<String>> candidates = new LinkedHashMap<>();
        for (YamlFile<Spec> src : sources) {
            Spec spec = src.value();
            section(src, spec.pollsters(), "pollsters").forEach((pollster, aliases) -> {
                pollsters.add(pollster);
                String path = YamlFile.at("pollsters", pollster);
                claim(src, pollsterByFolded, pollster, pollster, path);
                pollsterNames.putIfAbsent(pollster, pollster);
                for (int i = 0; i < aliases.size(); i++) {
                    claim(src, pollsterByFolded, aliases.get(i), pollster, YamlFile.at(path, i));
                    pollsterNames.putIfAbsent(aliases.get(i), pollster);
                }
            });
            section(src, spec.parties(), "parties")
                    .forEach((k, v) ->
                            parties.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            section(src, spec.candidates(), "candidates")
                    .forEach((k, v) -> candidates
                            .computeIfAbsent(k, x -> new ArrayList<>())
                            .addAll(v));
        }
        return new AliasTable(
                Collections.unmodifiableMap(pollsterByFolded),
                Collections.unmodifiableMap(pollsterNames),
                Collections.unmodifiableSet(pollsters),
                Collections.unmodifiableMap(parties),
                Collections.unmodifiableMap(candidates));
    }

    /** A section's names and their aliases, none blank ({@code ~} in a list of aliases reads as blank). */
    private static Map<String, List<String>> section(
            YamlFile<Spec> src, Map<String, List<String>> section, String name) {
        if (section == null) {
            return Map.of();
        }
        section.forEach((key, aliases) -> {
            src.requiredText(key, YamlFile.at(name, key));
            for (int i = 0; i < aliases.size(); i++) {
                src.requiredText(aliases.get(i), YamlFile.at(YamlFile.at(name, key), i));
            }
        });
        return section;
    }

    /** Points the folded {@code alias} at {@code pollster}; an alias of another pollster already is an error. */
    private static void claim(
            YamlFile<Spec> src, Map<String, String> pollsterByFolded, String alias, String pollster, String path) {
        String previous = pollsterByFolded.putIfAbsent(Names.fold(alias), pollster);
        if (previous != null && !previous.equals(pollster)) {
            throw src.fail(path, "alias '" + alias + "' already names pollster '" + previous + "'");
        }
    }

    /** The canonical pollster for {@code name}, if known: by its folded name, else by that name's letters run together. */
    public Optional<String> pollster(String name) {
        return pollsterCache.computeIfAbsent(name, n -> {
            String folded = Names.fold(n);
            String pollster = pollsterByFolded.get(folded);
            return Optional.ofNullable(pollster != null ? pollster : pollsterBySpaceless.get(spaceless(folded)));
        });
    }

    private static String spaceless(String folded) {
        return folded.replace(" ", "");
    }

    /**
     * The known firms {@code text} names, one name each as the table writes it (the longest of its names found), in
     * the order of the table: a release page's firm is the one its words name.
     */
    public List<String> pollstersNamedIn(String text) {
        // A possessive is the firm's name: "YouGov's latest poll" names YouGov (folded, "yougovs" named no firm).
        String folded = " " + Names.fold(text.replaceAll("(?<=\\p{L})['’]s\\b", "")) + " ";
        // The names the text holds, in the table's order (name to its house), then each kept unless every mention of it
        // is inside a longer one found.
        Map<String, String> hits = new LinkedHashMap<>();
        pollsterNames.forEach((name, pollster) -> {
            String f = Names.fold(name);
            if (!f.isEmpty() && folded.contains(" " + f + " ")) {
                hits.put(name, pollster);
            }
        });
        List<String> found = hits.keySet().stream().map(Names::fold).toList();
        Map<String, String> byHouse = new LinkedHashMap<>();
        hits.forEach((name, pollster) -> {
            if (!onlyInside(folded, Names.fold(name), found)) {
                // The longest name found, by its folded letters: "YouGov Plc" is "YouGov" found again.
                byHouse.merge(
                        pollster,
                        name,
                        (a, b) -> Names.fold(b).length() > Names.fold(a).length() ? b : a);
            }
        });
        return List.copyOf(byHouse.values());
    }

    /**
     * Whether every mention of the firm name {@code f} in {@code folded} is part of a longer firm name found there:
     * "Ipsos/MRBI" names Ipsos MRBI (the Irish Times' series, Ipsos B&A's house), not Ipsos as well, and a page naming
     * it was refused as naming two firms.
     */
    private static boolean onlyInside(String folded, String f, List<String> found) {
        String word = " " + f + " ";
        for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
            int start = at;
            boolean inside = found.stream()
                    .filter(longer -> longer.length() > f.length() && longer.contains(f))
                    .anyMatch(longer -> {
                        String w = " " + longer + " ";
                        for (int l = folded.indexOf(w); l >= 0; l = folded.indexOf(w, l + 1)) {
                            if (l <= start && start + word.length() <= l + w.length()) {
                                return true;
                            }
                        }
                        return false;
                    });
            if (!inside) {
                return false;
            }
        }
        return true;
    }

    public Set<String> pollsters() {
        return pollsters;
    }

    /** The party ids this table names. */
    public Set<String> partyIds() {
        return partyAliases.keySet();
    }

    public List<String> partyAliases(String partyId) {
        return partyAliases.getOrDefault(partyId, List.of());
    }

    public List<String> candidateAliases(String candidateName) {
        return candidateAliases.getOrDefault(candidateName, List.of());
    }

    /**
     * True when {@code name} is a party or candidate this table knows ("Ref" is Reform UK), whatever the election:
     * a table's column header may be read before its election is known.
     */
    public boolean namesOption(String name) {
        return optionNames.contains(Names.fold(name));
    }
}
