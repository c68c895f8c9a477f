package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.store.PollStore;

/**
 * Real published tables, damaged the ways files are damaged on the way to a newsroom (a line lost or doubled, a
 * number garbled, a cell split by a stray separator, a page cut off mid-tag, a span that claims a million columns),
 * must be read or refused with a {@link BadInputException}, never fail inside pollcast; and a refused file must leave
 * the store as it was. The damage is drawn from a fixed seed, so a failure is reproducible: the message gives the
 * fixture and the mutation. {@code -Dpollcast.mutations=N} draws N per fixture (default 2, to keep CI short).
 */
class MutatedFilesTest {
    private static final int PER_FIXTURE = Integer.getInteger("pollcast.mutations", 2);
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final String[] GARBAGE = {
        "",
        "-",
        "–",
        "abc",
        "-5",
        "1e9",
        "99999999999999999999",
        "0",
        "NaN",
        "12,3",
        "½",
        "\u0000",
        "\"",
        "%",
        "101%",
        "31/02/2021",
        "2021-13-45",
        "n/a",
        "\t",
        "<td>",
        "&amp;",
        "  ",
        "\uFEFF",
        "1,000,000,000"
    };
    private static final String[] HTML_DAMAGE = {
        "",
        "</table>",
        "<tr>",
        "</tr>",
        "<td>",
        "<th colspan=\"1000000\">x</th>",
        "<td rowspan=\"99999\">7%</td>",
        "<table>",
        "<!--",
        "]]>",
        "<td colspan=\"-3\">",
        "<td colspan=\"abc\">1</td>"
    };

    @TempDir
    Path root;

    private Ingester ingester;
    private ElectionCatalog catalog;

    @BeforeEach
    void places() throws IOException {
        DataHome home = IngestFixtures.dataWithOtherPlaces(root);
        catalog = new ElectionCatalog(home);
        ingester = new Ingester(catalog, AliasTable.load(List.of(home.aliases())), IngestFixtures.CLOCK);
    }

    @Test
    void damagedTablesAreReadOrRefusedNeverFailInside() throws IOException {
        List<Path> fixtures;
        try (Stream<Path> files = Files.list(IngestFixtures.RESOURCES)) {
            fixtures = files.filter(p -> {
                        String n = p.getFileName().toString();
                        return (n.endsWith(".html") || n.endsWith(".csv")) && !n.endsWith(".expected.csv");
                    })
                    .sorted()
                    .toList();
        }
        assertThat(fixtures).hasSizeGreaterThan(20);
        List<String> failures = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(20261203);
        int tried = 0;
        for (Path fixture : fixtures) {
            String text = Files.readString(fixture, StandardCharsets.UTF_8);
            boolean html = fixture.toString().endsWith(".html");
            for (int i = 0; i < PER_FIXTURE; i++) {
                StringBuilder what = new StringBuilder();
                String damaged = damage(text, html, random, what);
                Path file = root.resolve("m" + tried + (html ? ".html" : ".csv"));
                Files.writeString(file, damaged, StandardCharsets.UTF_8);
                tried++;
                String failure = tryIngest(file, random.nextBoolean());
                if (failure != null) {
                    failures.add(fixture.getFileName() + " (" + what + "): " + failure);
                }
            }
        }
        assertThat(failures).as("of " + tried + " damaged files").isEmpty();
    }

    /**
     * Election definitions damaged the same ways (and by YAML's own hazards: a stray colon, dash or bracket) are
     * loaded or refused with a {@link BadInputException}.
     */
    @Test
    void damagedDefinitionsAreLoadedOrRefusedNeverFailInside() throws IOException {
        List<Path> definitions = new ArrayList<>();
        for (Path dir : List.of(
                Path.of("data/elections"),
                IngestFixtures.RESOURCES.resolve("elections"),
                Path.of("src/test/resources/westmidlands"))) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(definitions::add);
            }
        }
        assertThat(definitions).hasSizeGreaterThan(10);
        List<String> failures = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(3122026);
        int tried = 0;
        for (Path definition : definitions) {
            String text = Files.readString(definition, StandardCharsets.UTF_8);
            for (int i = 0; i < 4 * PER_FIXTURE; i++) {
                StringBuilder what = new StringBuilder();
                String damaged =
                        random.nextInt(4) == 0 ? yamlDamage(text, random, what) : damage(text, false, random, what);
                Path file = root.resolve("d" + tried + ".yaml");
                Files.writeString(file, damaged, StandardCharsets.UTF_8);
                tried++;
                try {
                    ElectionLoader.load(file);
                } catch (BadInputException refused) {
                    // refused, saying why: as it should be
                } catch (RuntimeException | StackOverflowError e) {
                    failures.add(definition.getFileName() + " (" + what + "): "
                            + e.getClass().getSimpleName() + ": " + e.getMessage() + " at " + where(e));
                }
            }
        }
        assertThat(failures).as("of " + tried + " damaged definitions").isEmpty();
    }

    /** The alias table, the nightly configuration and the palette, damaged alike, are read or refused. */
    @Test
    void damagedSettingsFilesAreReadOrRefusedNeverFailInside() throws IOException {
        List<String> failures = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(20261204);
        int tried = 0;
        for (String name : List.of("aliases.yaml", "nightly.yaml", "palette.yaml")) {
            String text = Files.readString(Path.of("data", name), StandardCharsets.UTF_8);
            for (int i = 0; i < 10 * PER_FIXTURE; i++) {
                StringBuilder what = new StringBuilder();
                String damaged =
                        random.nextBoolean() ? yamlDamage(text, random, what) : damage(text, false, random, what);
                Path file = root.resolve("s" + tried + "-" + name);
                Files.writeString(file, damaged, StandardCharsets.UTF_8);
                tried++;
                try {
                    switch (name) {
                        case "aliases.yaml" -> AliasTable.load(List.of(file));
                        case "nightly.yaml" -> NightlyConfig.load(file);
                        default -> org.pollcast.report.Palette.load(file);
                    }
                } catch (BadInputException refused) {
                    // refused, saying why
                } catch (RuntimeException | StackOverflowError e) {
                    failures.add(name + " (" + what + "): " + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + " at " + where(e));
                }
            }
        }
        assertThat(failures).as("of " + tried + " damaged settings files").isEmpty();
    }

    private static String yamlDamage(String text, SplittableRandom random, StringBuilder what) {
        String[] hazards = {":", "- ", "[", "]", "{", "}", "&a", "*a", "!!binary ", "? ", "|", ">", "#", "'", "\t", "~"
        };
        String g = hazards[random.nextInt(hazards.length)];
        int c = random.nextInt(text.length() + 1);
        what.append("'").append(g).append("' at ").append(c);
        return text.substring(0, c) + g + text.substring(c);
    }

    /** Null when the file was read or refused cleanly; else what went wrong. */
    private String tryIngest(Path file, boolean skipInvalid) {
        Path db = root.resolve("store.db");
        try (PollStore store = PollStore.open(db)) {
            int before = total(store);
            try {
                ingester.ingest(
                        file.toString(),
                        store,
                        IngestSettings.withDefaults()
                                .withSkipInvalid(skipInvalid)
                                .withAcceptNewPollsters(true));
            } catch (BadInputException refused) {
                if (total(store) != before) {
                    return "refused (" + refused.getMessage() + ") but the store went from " + before + " to "
                            + total(store) + " polls";
                }
            }
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage() + " at " + where(e);
        }
    }

    private int total(PollStore store) {
        return catalog.ids().stream().mapToInt(store::count).sum();
    }

    private static String where(Throwable e) {
        for (StackTraceElement s : e.getStackTrace()) {
            if (s.getClassName().startsWith("org.pollcast")) {
                return s.toString();
            }
        }
        return e.getStackTrace().length > 0 ? e.getStackTrace()[0].toString() : "?";
    }

    private static String damage(String text, boolean html, SplittableRandom random, StringBuilder what) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int kind = random.nextInt(html ? 8 : 7);
        int at = random.nextInt(lines.size());
        switch (kind) {
            case 0 -> {
                what.append("line ").append(at + 1).append(" lost");
                lines.remove(at);
            }
            case 1 -> {
                what.append("line ").append(at + 1).append(" doubled");
                lines.add(at, lines.get(at));
            }
            case 2, 3 -> {
                // A number garbled: the n-th number in the file, anywhere.
                Matcher m = NUMBER.matcher(text);
                List<int[]> spans = new ArrayList<>();
                while (m.find()) {
                    spans.add(new int[] {m.start(), m.end()});
                }
                if (spans.isEmpty()) {
                    return text;
                }
                int[] s = spans.get(random.nextInt(spans.size()));
                String g = GARBAGE[random.nextInt(GARBAGE.length)];
                what.append("number at ")
                        .append(s[0])
                        .append(" '")
                        .append(text, s[0], s[1])
                        .append("' -> '")
                        .append(g.replace("\u0000", "\\0"))
                        .append("'");
                return text.substring(0, s[0]) + g + text.substring(s[1]);
            }
            case 4 -> {
                int cut = random.nextInt(text.length() + 1);
                what.append("cut off at ").append(cut);
                return text.substring(0, cut);
            }
            case 5 -> {
                String line = lines.get(at);
                int c = line.isEmpty() ? 0 : random.nextInt(line.length());
                String g = random.nextBoolean() ? "," : ";";
                what.append("'").append(g).append("' into line ").append(at + 1);
                lines.set(at, line.substring(0, c) + g + line.substring(c));
            }
            case 6 -> {
                int other = random.nextInt(lines.size());
                what.append("lines ")
                        .append(at + 1)
                        .append(" and ")
                        .append(other + 1)
                        .append(" swapped");
                String a = lines.get(at);
                lines.set(at, lines.get(other));
                lines.set(other, a);
            }
            default -> {
                String g = HTML_DAMAGE[random.nextInt(HTML_DAMAGE.length)];
                int c = random.nextInt(text.length() + 1);
                what.append("'").append(g).append("' at ").append(c);
                return text.substring(0, c) + g + text.substring(c);
            }
        }
        return String.join("\n", lines);
    }
}
