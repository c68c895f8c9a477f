package org.pollcast.election;

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
import java.util.List;
import java.util.Map;
import org.pollcast.BadInputException;

/**
 * The party-bloc prior for second preferences ({@code data/transfers/prior.yaml}, where its calibration is
 * documented): a ballot whose first choice i is eliminated names j second with probability
 * {@code (1 − none) · s_j · a(i,j) / Σ_{k≠i} s_k · a(i,k)}, s being first-preference support and a the
 * same-bloc affinity (1 across blocs).
 *
 * @param concentration the Dirichlet concentration the simulator uses around this table
 */
public record TransferPrior(double noSecondPreference, double sameBlocAffinity, double concentration,
        Map<String, String> blocOfParty) {

    public TransferPrior {
        if (!(noSecondPreference >= 0 && noSecondPreference < 1)) {
            throw new IllegalArgumentException("noSecondPreference is " + noSecondPreference + ", expected 0 to below 1");
        }
        if (!(sameBlocAffinity > 0 && sameBlocAffinity < 1e6)) {
            throw new IllegalArgumentException("sameBlocAffinity is " + sameBlocAffinity + ", expected > 0");
        }
        if (!(concentration > 0 && concentration < 1e9)) {
            throw new IllegalArgumentException("concentration is " + concentration + ", expected > 0");
        }
        blocOfParty = Map.copyOf(blocOfParty);
    }

    public static TransferPrior load(Path file) {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(Files.readAllBytes(file));
            Map<String, String> blocs = new HashMap<>();
            JsonNode b = root.path("blocs");
            for (Iterator<Map.Entry<String, JsonNode>> it = b.properties().iterator(); it.hasNext();) {
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

    /**
     * The table for options {@code ids} (with parties {@code parties}, null for none) and first-preference
     * {@code support} in any unit. Options with no party, and {@code other}, are blocs of their own.
     */
    public TransferTable table(List<String> ids, List<String> parties, double[] support) {
        int n = ids.size();
        String[] bloc = new String[n];
        for (int i = 0; i < n; i++) {
            String party = parties.get(i);
            bloc[i] = party != null && blocOfParty.containsKey(party) ? blocOfParty.get(party) : "own:" + ids.get(i);
        }
        double[][] rows = new double[n][n];
        for (int i = 0; i < n; i++) {
            double total = 0;
            for (int k = 0; k < n; k++) {
                if (k != i) {
                    total += Math.max(0, support[k]) * (bloc[i].equals(bloc[k]) ? sameBlocAffinity : 1);
                }
            }
            for (int j = 0; j < n; j++) {
                if (j != i && total > 0) {
                    rows[i][j] = (1 - noSecondPreference) * Math.max(0, support[j]) * (bloc[i].equals(bloc[j]) ? sameBlocAffinity : 1) / total;
                }
            }
        }
        return TransferTable.fromShares(ids, rows);
    }
}
