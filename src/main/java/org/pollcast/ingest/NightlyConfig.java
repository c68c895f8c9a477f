package org.pollcast.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.pollcast.BadInputException;
import org.pollcast.simulate.SimulationSettings;

/**
 * The nightly run's configuration (YAML): the election, the poll sources (files or URLs), where the store
 * and the report live, and the simulation size and seed. Relative paths are relative to the config file.
 */
public record NightlyConfig(Path file, String election, List<String> sources, Path db, Path out, long sims, long seed,
        boolean skipInvalid, boolean newPollsters, int timeoutSeconds) {

    private static final Set<String> FIELDS = Set.of("election", "sources", "db", "out", "sims", "seed", "skipInvalid",
            "newPollsters", "timeoutSeconds");

    public static NightlyConfig load(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such nightly configuration file");
        } catch (JacksonException e) {
            throw new BadInputException(file + ":" + e.getLocation().getLineNr() + ": not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new BadInputException(file + ": a nightly configuration is a YAML mapping with at least 'election'");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new BadInputException(file + ": field '" + f + "': unknown; expected one of " + new java.util.TreeSet<>(FIELDS));
            }
        }
        Path base = file.toAbsolutePath().getParent();
        String election = text(file, root, "election", null);
        if (election == null) {
            throw new BadInputException(file + ": field 'election': is required");
        }
        List<String> sources = new ArrayList<>();
        JsonNode s = root.get("sources");
        if (s != null && !s.isNull()) {
            if (!s.isArray()) {
                throw new BadInputException(file + ": field 'sources': must be a list of files or URLs");
            }
            for (JsonNode n : s) {
                String v = n.asText();
                sources.add(v.startsWith("http://") || v.startsWith("https://") ? v : base.resolve(v).normalize().toString());
            }
        }
        String db = text(file, root, "db", null);
        String out = text(file, root, "out", null);
        long sims = number(file, root, "sims", 100_000);
        long seed = number(file, root, "seed", SimulationSettings.DEFAULT_SEED);
        if (sims < 1) {
            throw new BadInputException(file + ": field 'sims': " + sims + " must be positive");
        }
        return new NightlyConfig(file, election, sources, db == null ? null : base.resolve(db).normalize(),
                out == null ? null : base.resolve(out).normalize(), sims, seed, bool(file, root, "skipInvalid"),
                bool(file, root, "newPollsters"), (int) number(file, root, "timeoutSeconds", 30));
    }

    private static String text(Path file, JsonNode root, String field, String dflt) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            return dflt;
        }
        if (!n.isValueNode() || n.asText().isBlank()) {
            throw new BadInputException(file + ": field '" + field + "': must be a non-empty text");
        }
        return n.asText();
    }

    private static long number(Path file, JsonNode root, String field, long dflt) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            return dflt;
        }
        if (!n.isIntegralNumber()) {
            throw new BadInputException(file + ": field '" + field + "': '" + n.asText() + "' is not a whole number");
        }
        return n.asLong();
    }

    private static boolean bool(Path file, JsonNode root, String field) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            return false;
        }
        if (!n.isBoolean()) {
            throw new BadInputException(file + ": field '" + field + "': must be true or false");
        }
        return n.asBoolean();
    }
}
