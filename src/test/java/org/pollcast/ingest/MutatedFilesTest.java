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

    /** One damage: the text damaged, saying in {@code what} how. */
    private interface Damage {
        String apply(String text, Path source, SplittableRandom random, StringBuilder what);
    }

    /** One read of a damaged file: null when it was read or refused cleanly, else what went wrong. */
    private interface Attempt {
        String on(Path damaged, int n) throws IOException;
    }

    /**
     * Each source damaged {@code per} times from {@code seed}, written beside the others under its own extension and
     * read by {@code attempt}: what went wrong, one line per damaged file that failed inside pollcast.
     */
    private List<String> failures(List<Path> sources, int per, long seed, Damage damage, Attempt attempt)
            throws IOException {
        List<String> failures = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(seed);
        int tried = 0;
        for (Path source : sources) {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            String name = source.getFileName().toString();
            for (int i = 0; i < per; i++) {
                StringBuilder what = new StringBuilder();
                Path file = root.resolve("m" + tried + "-" + name);
                Files.writeString(file, damage.apply(text, source, random, what), StandardCharsets.UTF_8);
                String failure;
                try {
                    failure = attempt.on(file, tried);
                } catch (BadInputException refused) {
                    failure = null; // refused, saying why: as it should be
                } catch (RuntimeException | StackOverflowError e) {
                    failure = e.getClass().getSimpleName() + ": " + e.getMessage() + " at " + where(e);
                }
                if (failure != null) {
                    failures.add(name + " (" + what + "): " + failure);
                }
                tried++;
            }
        }
        assertThat(tried).isPositive();
        return failures;
    }

    private static List<Path> files(Path dir, java.util.function.Predicate<String> named) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> named.test(p.getFileName().toString()))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void damagedTablesAreReadOrRefusedNeverFailInside() throws IOException {
        List<Path> fixtures = files(
                IngestFixtures.RESOURCES,
                n -> (n.endsWith(".html") || n.endsWith(".csv")) && !n.endsWith(".expected.csv"));
        assertThat(fixtures).hasSizeGreaterThan(20);
        List<String> failures = failures(
                fixtures,
                PER_FIXTURE,
                20261203,
                (text, source, random, what) -> damage(text, source.toString().endsWith(".html"), random, what),
                (file, n) -> tryIngest(file, n % 2 == 0));
        assertThat(failures).isEmpty();
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
            definitions.addAll(files(dir, n -> n.endsWith(".yaml")));
        }
        assertThat(definitions).hasSizeGreaterThan(10);
        List<String> failures = failures(
                definitions,
                4 * PER_FIXTURE,
                3122026,
                (text, source, random, what) ->
                        random.nextInt(4) == 0 ? yamlDamage(text, random, what) : damage(text, false, random, what),
                (file, n) -> {
                    ElectionLoader.load(file);
                    return null;
                });
        assertThat(failures).isEmpty();
    }

    /** The alias table, the nightly configuration and the palette, damaged alike, are read or refused. */
    @Test
    void damagedSettingsFilesAreReadOrRefusedNeverFailInside() throws IOException {
        List<String> failures = failures(
                List.of(Path.of("data/aliases.yaml"), Path.of("data/nightly.yaml"), Path.of("data/palette.yaml")),
                10 * PER_FIXTURE,
                20261204,
                (text, source, random, what) ->
                        random.nextBoolean() ? yamlDamage(text, random, what) : damage(text, false, random, what),
                (file, n) -> {
                    String name = file.getFileName().toString();
                    if (name.endsWith("aliases.yaml")) {
                        AliasTable.load(List.of(file));
                    } else if (name.endsWith("nightly.yaml")) {
                        NightlyConfig.load(file);
                    } else {
                        org.pollcast.report.Palette.load(file);
                    }
                    return null;
                });
        assertThat(failures).isEmpty();
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
