package org.pollcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package layout of DESIGN.md, checked on the sources: imports run one way, cli → pipeline → report →
 * aggregate, simulate, backtest → ingest, store → poll → election, and the pure stages read no files.
 */
class LayeringTest {
    private static final Map<String, Integer> LAYER = Map.ofEntries(
            Map.entry("cli", 9),
            Map.entry("pipeline", 8),
            Map.entry("report", 7),
            Map.entry("aggregate", 6),
            Map.entry("simulate", 6),
            Map.entry("backtest", 6),
            Map.entry("ingest", 5),
            Map.entry("store", 5),
            Map.entry("poll", 4),
            Map.entry("election", 3),
            Map.entry("", 2));
    private static final Pattern IMPORT =
            Pattern.compile("^import (?:static )?org\\.pollcast\\.(?:([a-z]+)\\.|[A-Z])", Pattern.MULTILINE);
    private static final Pattern FQN = Pattern.compile(
            "(?<![\\w.])org\\.pollcast\\.(cli|pipeline|report|aggregate|simulate|backtest|ingest|store|poll)\\.");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("src/main/java/org/pollcast"))) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    private static String packageOf(Path file) {
        Path rel = Path.of("src/main/java/org/pollcast").relativize(file.getParent());
        return rel.toString().replace('/', '.');
    }

    @Test
    void importsRunDownTheLayersOnly() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path f : sources()) {
            String own = packageOf(f);
            String text = Files.readString(f);
            List<String> used = new ArrayList<>();
            Matcher m = IMPORT.matcher(text);
            while (m.find()) {
                used.add(m.group(1) == null ? "" : m.group(1));
            }
            Matcher q = FQN.matcher(text);
            while (q.find()) {
                used.add(q.group(1));
            }
            for (String other : used) {
                if (!other.equals(own)
                        && LAYER.get(other) >= LAYER.get(own)
                        && !(LAYER.get(other).equals(LAYER.get(own)) && !other.equals("cli"))) {
                    violations.add(f + " (" + own + ") uses " + other);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void simulateAndElectionReadNoFilesAndNoStore() throws IOException {
        Pattern io = Pattern.compile(
                "^import (java\\.nio\\.file|java\\.io\\.File|java\\.sql|org\\.pollcast\\.(ingest|store)|com\\.fasterxml)",
                Pattern.MULTILINE);
        List<String> violations = new ArrayList<>();
        for (Path f : sources()) {
            String own = packageOf(f);
            if ((own.equals("simulate") || own.equals("election"))
                    && io.matcher(Files.readString(f)).find()) {
                violations.add(f.toString());
            }
        }
        assertThat(violations).isEmpty();
    }
}
