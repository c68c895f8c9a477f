package org.pollcast.election;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.pollcast.BadInputException;

/**
 * Reads one election definition from YAML and validates it completely before anything uses it. Every error
 * names the file and the field path ({@code contests.assembly.threshold}), and unknown fields are errors
 * (a misspelt {@code listSeat} must not silently become zero).
 */
public final class ElectionLoader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> TOP_FIELDS = Set.of("id", "name", "date", "baseline", "parties", "contests", "notes");
    private static final Set<String> SINGLE_FIELDS = Set.of("system", "candidates", "notes");
    private static final Set<String> AMS_FIELDS = Set.of("system", "seats", "listSeats", "method", "threshold",
            "parties", "constituencies", "blocs", "notes");

    private final Path file;

    private ElectionLoader(Path file) {
        this.file = file;
    }

    /** Loads and validates {@code file}; throws {@link BadInputException} naming file and field. */
    public static Election load(Path file) {
        return new ElectionLoader(file).read();
    }

    private Election read() {
        JsonNode root;
        try {
            root = YAML.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such election definition file");
        } catch (JacksonException e) {
            throw new BadInputException(file + ":" + e.getLocation().getLineNr() + ": not valid YAML: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw fail("", "the file must be a YAML mapping with id, name, date and contests");
        }
        checkFields(root, "", TOP_FIELDS);
        String id = requiredText(root, "id");
        if (!id.matches("[a-z0-9][a-z0-9._-]*")) {
            throw fail("id", "'" + id + "' must be lower case letters, digits, '-', '_' or '.'");
        }
        String name = requiredText(root, "name");
        LocalDate date = date(root, "date");
        String baseline = optionalText(root, "baseline");
        List<Party> parties = list(root, "parties", false, (node, path) -> {
            checkFields(node, path, Set.of("id", "name", "independent"));
            JsonNode ind = node.get("independent");
            if (ind != null && !ind.isBoolean()) {
                throw fail(path + ".independent", "must be true or false");
            }
            return new Party(key(node, path + ".id"), requiredText(node, path + ".name"), ind != null && ind.asBoolean());
        });
        unique(parties, Party::id, "parties", "id");
        Map<String, Party> partyById = new LinkedHashMap<>();
        parties.forEach(p -> partyById.put(p.id(), p));

        JsonNode contestsNode = root.get("contests");
        if (contestsNode == null || !contestsNode.isObject() || contestsNode.isEmpty()) {
            throw fail("contests", "at least one contest is required (e.g. mayor, assembly)");
        }
        Map<String, Contest> contests = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = contestsNode.properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            contests.put(e.getKey(), contest(e.getKey(), e.getValue(), partyById));
        }
        return new Election(id, name, date, baseline, parties, contests, file);
    }

    private Contest contest(String contestId, JsonNode node, Map<String, Party> parties) {
        String path = "contests." + contestId;
        if (!contestId.matches("[a-z][a-z0-9_-]*")) {
            throw fail(path, "contest id '" + contestId + "' must be lower case letters, digits, '-' or '_'");
        }
        if (!node.isObject()) {
            throw fail(path, "must be a mapping with a system");
        }
        String systemCode = requiredText(node, path + ".system");
        VotingSystem system = VotingSystem.fromCode(systemCode).orElseThrow(() -> fail(path + ".system",
                "unknown system '" + systemCode + "'; known: " + codes(VotingSystem.values())));
        if (system.isSingleWinner()) {
            checkFields(node, path, SINGLE_FIELDS);
            List<Candidate> candidates = list(node, path + ".candidates", true, (c, cPath) -> {
                checkFields(c, cPath, Set.of("id", "name", "party"));
                String party = optionalText(c, cPath + ".party");
                if (party != null && !parties.containsKey(party)) {
                    throw fail(cPath + ".party", "unknown party '" + party + "'; define it under parties");
                }
                return new Candidate(key(c, cPath + ".id"), requiredText(c, cPath + ".name"), party);
            });
            unique(candidates, Candidate::id, path + ".candidates", "id");
            unique(candidates, Candidate::name, path + ".candidates", "name");
            return new SingleWinnerContest(contestId, system, candidates);
        }
        checkFields(node, path, AMS_FIELDS);
        int seats = positiveInt(node, path + ".seats");
        int listSeats = nonNegativeInt(node, path + ".listSeats");
        String methodCode = requiredText(node, path + ".method");
        SeatMethod method = SeatMethod.fromCode(methodCode).orElseThrow(() -> fail(path + ".method",
                "unknown method '" + methodCode + "'; known: " + codes(SeatMethod.values())));
        double threshold = number(node, path + ".threshold");
        if (!(threshold >= 0 && threshold <= 100)) {
            throw fail(path + ".threshold", threshold + " is outside 0–100 (percent of valid list votes)");
        }
        List<Party> standing = list(node, path + ".parties", true, (p, pPath) -> {
            if (!p.isTextual() || !parties.containsKey(p.asText())) {
                throw fail(pPath, "unknown party '" + p.asText() + "'; define it under parties");
            }
            return parties.get(p.asText());
        });
        unique(standing, Party::id, path + ".parties", "id");
        List<Constituency> constituencies = list(node, path + ".constituencies", true, (c, cPath) -> {
            checkFields(c, cPath, Set.of("id", "name"));
            return new Constituency(key(c, cPath + ".id"), requiredText(c, cPath + ".name"));
        });
        unique(constituencies, Constituency::id, path + ".constituencies", "id");
        unique(constituencies, Constituency::name, path + ".constituencies", "name");
        if (constituencies.size() + listSeats != seats) {
            throw fail(path + ".seats", "seats do not add up: " + constituencies.size() + " constituencies + "
                    + listSeats + " list seats = " + (constituencies.size() + listSeats) + ", but seats is " + seats);
        }
        List<Bloc> blocs = list(node, path + ".blocs", false, (b, bPath) -> {
            checkFields(b, bPath, Set.of("id", "label", "who", "parties", "atLeast"));
            String who = requiredText(b, bPath + ".who");
            if (!Set.of("any", "mayor", "parties").contains(who)) {
                throw fail(bPath + ".who", "'" + who + "' is not any, mayor or parties");
            }
            List<String> members = list(b, bPath + ".parties", who.equals("parties"), (m, mPath) -> {
                if (!m.isTextual() || standing.stream().noneMatch(x -> x.id().equals(m.asText()))) {
                    throw fail(mPath, "unknown party '" + m.asText() + "' (not standing in " + contestId + ")");
                }
                return m.asText();
            });
            int atLeast = positiveInt(b, bPath + ".atLeast");
            if (atLeast > seats) {
                throw fail(bPath + ".atLeast", atLeast + " is more than the " + seats + " seats");
            }
            return new Bloc(key(b, bPath + ".id"), requiredText(b, bPath + ".label"), who, members, atLeast);
        });
        unique(blocs, Bloc::id, path + ".blocs", "id");
        return new AdditionalMemberContest(contestId, seats, listSeats, method, threshold, standing, constituencies, blocs);
    }

    // ---- small typed readers; each failure names the field path ----

    private interface ItemReader<T> {
        T read(JsonNode node, String path);
    }

    private <T> List<T> list(JsonNode parent, String path, boolean required, ItemReader<T> reader) {
        JsonNode node = parent.get(leaf(path));
        if (node == null || node.isNull()) {
            if (required) {
                throw fail(path, "is required and must be a non-empty list");
            }
            return List.of();
        }
        if (!node.isArray() || (required && node.isEmpty())) {
            throw fail(path, "must be a non-empty list");
        }
        List<T> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            out.add(reader.read(node.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    private <T> void unique(List<T> items, Function<T, String> key, String path, String field) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String k = key.apply(items.get(i));
            if (!seen.add(k)) {
                throw fail(path + "[" + i + "]." + field, "duplicate " + field + " '" + k + "'");
            }
        }
    }

    private void checkFields(JsonNode node, String path, Set<String> allowed) {
        if (!node.isObject()) {
            throw fail(path, "must be a mapping");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!allowed.contains(f)) {
                String where = path.isEmpty() ? f : path + "." + f;
                throw fail(where, "unknown field; expected one of " + new java.util.TreeSet<>(allowed));
            }
        }
    }

    private String key(JsonNode node, String path) {
        String k = requiredText(node, path);
        if (!k.matches("[a-z0-9][a-z0-9_-]*")) {
            throw fail(path, "'" + k + "' must be lower case letters, digits, '-' or '_'");
        }
        if (k.equals(Option.OTHER)) {
            throw fail(path, "'" + Option.OTHER + "' is reserved for the 'all others' share");
        }
        return k;
    }

    private String requiredText(JsonNode parent, String path) {
        String v = optionalText(parent, path);
        if (v == null) {
            throw fail(path, "is required");
        }
        return v;
    }

    private String optionalText(JsonNode parent, String path) {
        JsonNode n = parent.get(leaf(path));
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isValueNode() || n.asText().isBlank()) {
            throw fail(path, "must be a non-empty text");
        }
        return n.asText().trim();
    }

    private LocalDate date(JsonNode parent, String path) {
        String v = requiredText(parent, path);
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw fail(path, "'" + v + "' is not a date (YYYY-MM-DD)");
        }
    }

    private double number(JsonNode parent, String path) {
        JsonNode n = parent.get(leaf(path));
        if (n == null || !n.isNumber()) {
            throw fail(path, "is required and must be a number, got " + (n == null ? "nothing" : "'" + n.asText() + "'"));
        }
        return n.asDouble();
    }

    private int positiveInt(JsonNode parent, String path) {
        int v = nonNegativeInt(parent, path);
        if (v == 0) {
            throw fail(path, "must be a positive whole number");
        }
        return v;
    }

    private int nonNegativeInt(JsonNode parent, String path) {
        JsonNode n = parent.get(leaf(path));
        if (n == null || !n.isIntegralNumber() || n.asLong() < 0 || n.asLong() > 100_000) {
            throw fail(path, "is required and must be a whole number ≥ 0, got " + (n == null ? "nothing" : "'" + n.asText() + "'"));
        }
        return n.asInt();
    }

    private static String leaf(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        int bracket = last.indexOf('[');
        return bracket >= 0 ? last.substring(0, bracket) : last;
    }

    private static String codes(Enum<?>[] values) {
        return String.join(", ", Arrays.stream(values).map(v -> v instanceof VotingSystem s ? s.code()
                : ((SeatMethod) v).code()).toList());
    }

    private BadInputException fail(String field, String message) {
        return new BadInputException(file + ": " + (field.isEmpty() ? "" : "field '" + field + "': ") + message);
    }
}
