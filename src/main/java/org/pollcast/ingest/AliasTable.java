package org.pollcast.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pollcast.BadInputException;

/**
 * The alias table ({@code data/aliases.yaml}): canonical pollster names with their other spellings, party
 * ids with theirs, and candidates' nicknames keyed by full name. Matching is on folded names (see
 * {@link Names#fold}), so case, accents, punctuation and "plc" never need their own entry.
 */
public final class AliasTable {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Map<String, String> pollsterByFolded;
    private final Set<String> pollsters;
    private final Map<String, List<String>> partyAliases;
    private final Map<String, List<String>> candidateAliases;
    /** Folding is the costly part of a look-up, and a file names the same few pollsters on every row. */
    private final Map<String, Optional<String>> pollsterCache = new java.util.concurrent.ConcurrentHashMap<>();

    private AliasTable(Map<String, String> pollsterByFolded, Set<String> pollsters,
            Map<String, List<String>> partyAliases, Map<String, List<String>> candidateAliases) {
        this.pollsterByFolded = pollsterByFolded;
        this.pollsters = pollsters;
        this.partyAliases = partyAliases;
        this.candidateAliases = candidateAliases;
    }

    public static AliasTable empty() {
        return new AliasTable(Map.of(), Set.of(), Map.of(), Map.of());
    }

    /** Loads and merges alias files in order; a later file may add names but never re-point one. */
    public static AliasTable load(List<Path> files) {
        Map<String, String> pollsterByFolded = new LinkedHashMap<>();
        Set<String> pollsters = new LinkedHashSet<>();
        Map<String, List<String>> parties = new LinkedHashMap<>();
        Map<String, List<String>> candidates = new LinkedHashMap<>();
        for (Path file : files) {
            JsonNode root = read(file);
            for (Map.Entry<String, List<String>> e : section(file, root, "pollsters").entrySet()) {
                pollsters.add(e.getKey());
                List<String> names = new ArrayList<>(e.getValue());
                names.add(0, e.getKey());
                for (String alias : names) {
                    String previous = pollsterByFolded.putIfAbsent(Names.fold(alias), e.getKey());
                    if (previous != null && !previous.equals(e.getKey())) {
                        throw new BadInputException(file + ": field 'pollsters." + e.getKey() + "': alias '" + alias
                                + "' already names pollster '" + previous + "'");
                    }
                }
            }
            section(file, root, "parties").forEach((k, v) -> parties.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            section(file, root, "candidates").forEach((k, v) -> candidates.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        }
        return new AliasTable(Collections.unmodifiableMap(pollsterByFolded), Collections.unmodifiableSet(pollsters),
                Collections.unmodifiableMap(parties), Collections.unmodifiableMap(candidates));
    }

    private static JsonNode read(Path file) {
        try {
            JsonNode root = YAML.readTree(Files.readAllBytes(file));
            if (root == null || !root.isObject()) {
                throw new BadInputException(file + ": an alias file is a YAML mapping with pollsters, parties, candidates");
            }
            for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
                String f = it.next();
                if (!Set.of("pollsters", "parties", "candidates").contains(f)) {
                    throw new BadInputException(file + ": field '" + f + "': unknown; expected pollsters, parties or candidates");
                }
            }
            return root;
        } catch (JacksonException e) {
            throw new BadInputException(file + ":" + e.getLocation().getLineNr() + ": not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read alias table: " + e.getMessage());
        }
    }

    private static Map<String, List<String>> section(Path file, JsonNode root, String name) {
        JsonNode node = root.get(name);
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw new BadInputException(file + ": field '" + name + "': must be a mapping of name to a list of aliases");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            List<String> aliases = new ArrayList<>();
            JsonNode list = e.getValue();
            if (list != null && !list.isNull()) {
                if (!list.isArray()) {
                    throw new BadInputException(file + ": field '" + name + "." + e.getKey() + "': must be a list of aliases");
                }
                list.forEach(a -> aliases.add(a.asText()));
            }
            out.put(e.getKey(), aliases);
        }
        return out;
    }

    /** The canonical pollster for {@code name}, if known. */
    public Optional<String> pollster(String name) {
        return pollsterCache.computeIfAbsent(name, n -> Optional.ofNullable(pollsterByFolded.get(Names.fold(n))));
    }

    public Set<String> pollsters() {
        return pollsters;
    }

    public List<String> partyAliases(String partyId) {
        return partyAliases.getOrDefault(partyId, List.of());
    }

    public List<String> candidateAliases(String candidateName) {
        return candidateAliases.getOrDefault(candidateName, List.of());
    }
}
