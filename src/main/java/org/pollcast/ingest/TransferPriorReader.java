package org.pollcast.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.pollcast.BadInputException;
import org.pollcast.election.TransferPrior;

/** Reads the party-bloc prior for second preferences ({@code data/transfers/prior.yaml}). */
public final class TransferPriorReader {
    private TransferPriorReader() {
    }

    public static TransferPrior load(Path file) {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(Files.readAllBytes(file));
            Map<String, String> blocs = new HashMap<>();
            JsonNode b = root.path("blocs");
            for (Iterator<Map.Entry<String, JsonNode>> it = b.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                for (JsonNode party : e.getValue()) {
                    String previous = blocs.put(party.asText(), e.getKey());
                    if (previous != null) {
                        throw new BadInputException(file + ": field 'blocs." + e.getKey() + "': party '" + party.asText()
                                + "' is already in bloc '" + previous + "'");
                    }
                }
            }
            return new TransferPrior(number(root, "noSecondPreference", file), number(root, "sameBlocAffinity", file),
                    number(root, "concentration", file), blocs);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no transfer prior file");
        } catch (JacksonException e) {
            throw new BadInputException(file + ":" + e.getLocation().getLineNr() + ": not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        }
    }

    private static double number(JsonNode root, String field, Path file) {
        JsonNode n = root.get(field);
        if (n == null || !n.isNumber()) {
            throw new BadInputException(file + ": field '" + field + "': is required and must be a number");
        }
        return n.asDouble();
    }

}
