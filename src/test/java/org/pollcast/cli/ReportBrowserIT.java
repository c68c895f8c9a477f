package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real headless browser: Debian's Chromium, which {@code .ci/setup} installs (the tests
 * install nothing). Runs in Maven's integration-test phase (failsafe).
 */
class ReportBrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path tmp;

    /** The london-2012 report that the first two tests read, written once for the class (below). */
    @TempDir
    static Path shared;

    private static Path report2012;

    private static JsonNode probe2012;

    /** A laptop's width and a phone's, in CSS pixels. */
    private static final int[] WIDTHS = {1280, 390};

    /**
     * london-2012's report from its bundled polls and one poll whose pollster, client and source are HTML, written
     * once for the class: the first test reads it for escaping, the second for its layout and files. Writing the
     * report is most of each test's time, the browser a second or two.
     */
    private static synchronized Path report2012() throws IOException {
        if (report2012 == null) {
            Path db = shared.resolve("store.db");
            Path polls = shared.resolve("hostile.csv");
            Files.writeString(polls, ReportAndNightlyTest.HOSTILE_POLLS);
            CliRun ingest = CliRun.in(
                    db,
                    "ingest",
                    "--election",
                    "london-2012",
                    "--new-pollsters",
                    "data/polls/london-2012.csv",
                    polls.toString());
            assertThat(ingest.status()).as(ingest.err()).isZero();
            Path out = shared.resolve("report");
            // What the browser is asked of is the page's layout and text, not the figures' precision: 1,000
            // simulations (and so 1,000 a date for how the race moved) keep the class, the integration phase's
            // longest, shorter.
            CliRun r = CliRun.in(
                    db, "report", "london-2012", "--as-of", "2012-04-26", "--sims", "1000", "--out", out.toString());
            assertThat(r.status()).as(r.err()).isZero();
            report2012 = out;
        }
        return report2012;
    }

    @Test
    void hostileNamesShowAsTextInTheBrowserAndTheReportRenders() throws Exception {
        assertThat(Files.isExecutable(CHROMIUM))
                .as(CHROMIUM + " is missing: run .ci/setup (as root, or with sudo)")
                .isTrue();
        Path out = report2012();

        String dom = probe2012().get("1280").get("html").asText();
        assertThat(dom).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
        for (String id : List.of(
                "win-table",
                "average-table",
                "house-effects-table",
                "polls-table",
                "assembly-table",
                "bloc-table",
                "constituency-table",
                "settings-table")) {
            assertThat(dom).as(id).contains("id=\"" + id + "\"");
        }
        for (String c : ReportAndNightlyTest.CHARTS) {
            assertThat(dom).as(c).contains("id=\"chart-" + c + "\"").contains("src=\"charts/" + c + ".png\"");
        }
        Path shot = tmp.resolve("shot.png");
        chromium(out.resolve("index.html"), "--screenshot=" + shot, "--window-size=1280,2400");
        BufferedImage png = ImageIO.read(shot.toFile());
        assertThat(ReportAndNightlyTest.distinctColours(png))
                .as("a blank screenshot has one colour")
                .isGreaterThan(50);
    }

    /**
     * The report as a reader sees it at 1280 px (a laptop) and 390 px (a phone): nothing wider than the page,
     * every chart with words a screen reader reads (alt text, caption, a table of its numbers), the tile map
     * with all 14 constituencies, the folder under 1.5 MB, and forecast.csv with every contest. The report is the
     * class's london-2012 one: its one poll with HTML in its names adds a row to the tables and nothing wider.
     */
    @Test
    void reportFitsALaptopAndAPhoneAndEveryChartHasText() throws Exception {
        assertThat(Files.isExecutable(CHROMIUM))
                .as(CHROMIUM + " is missing: run .ci/setup (as root, or with sudo)")
                .isTrue();
        Path out = report2012();
        long bytes;
        try (java.util.stream.Stream<Path> files = Files.walk(out)) {
            bytes = files.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
        assertThat(bytes).as("report folder size").isLessThan(1_500_000L);
        String csv = Files.readString(out.resolve("forecast.csv"));
        assertThat(csv)
                .contains("\nmayor,London,johnson,")
                .contains(",largest party,")
                .contains(",bloc,");
        for (String c : org.pollcast.report.TileMapTest.LONDON) {
            assertThat(csv).as(c).contains("\nassembly," + c + ",");
        }
        // The charts of the forecast, and the two of how the race moved.
        assertFits(probe2012(), ReportAndNightlyTest.CHARTS.size() + 2, 14);
    }

    /**
     * Election night's page ({@code report --declared --declared-assembly}) at 1280 and 390 px: nothing wider than
     * the page, both maps with all 14 constituencies, and every chart (the bands drawn as SVG, the moves and the
     * Assembly's seats as PNGs) with words.
     */
    @Test
    void nightPageFitsALaptopAndAPhone() throws Exception {
        assertThat(Files.isExecutable(CHROMIUM))
                .as(CHROMIUM + " is missing: run .ci/setup (as root, or with sudo)")
                .isTrue();
        Path declared = tmp.resolve("night.csv");
        StringBuilder rows = new StringBuilder("year,constituency,candidate,party,votes,source\n");
        Files.readAllLines(Path.of("data/results/london_mayor_constituency_results.csv")).stream()
                .filter(l -> l.startsWith("2021,North East,") || l.startsWith("2021,South West,"))
                .forEach(l -> rows.append(l).append('\n'));
        Files.writeString(declared, rows);
        // The Assembly too, one constituency behind the Mayor (LE2021's North East only).
        Path assembly = tmp.resolve("assembly.csv");
        StringBuilder seats = new StringBuilder("year,constituency,party,candidate,votes\n");
        Files.readAllLines(Path.of("data/results/london_assembly_constituency_results.csv")).stream()
                .filter(l -> l.startsWith("2021,North East,"))
                .forEach(l -> seats.append(String.join(",", java.util.Arrays.copyOf(l.split(",", -1), 5)))
                        .append('\n'));
        Files.writeString(assembly, seats);
        Path out = tmp.resolve("night");
        CliRun r = CliRun.in(
                tmp.resolve("store.db"),
                "report",
                "london-2021",
                "--declared",
                declared.toString(),
                "--declared-assembly",
                assembly.toString(),
                "--sims",
                "4000",
                "--step-sims",
                "1000",
                "--out",
                out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        // The bands, how it moved (two), the Assembly's seats; the Mayor's map and the Assembly's.
        assertFits(probe(out), 4, 28);
    }

    /**
     * The night's page of an election without a Mayor (London 2021's Assembly alone, Bexley and Bromley's real list
     * votes, src/test/resources/listnight): the seats chart, the list vote's bands and its two moves charts, one map.
     */
    @Test
    void listLedNightPageFitsALaptopAndAPhone() throws Exception {
        assertThat(Files.isExecutable(CHROMIUM))
                .as(CHROMIUM + " is missing: run .ci/setup (as root, or with sudo)")
                .isTrue();
        Path data = tmp.resolve("assembly-alone");
        org.pollcast.ingest.IngestFixtures.copyDataAssemblyAlone(data);
        Path out = tmp.resolve("list-night");
        CliRun r = CliRun.in(
                tmp.resolve("list-night.db"),
                "report",
                "london-2021",
                "--data",
                data.toString(),
                "--declared",
                "src/test/resources/listnight/london-2021-list-bexley-and-bromley.csv",
                "--sims",
                "4000",
                "--step-sims",
                "1000",
                "--out",
                out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertFits(probe(out), 4, 14);
    }

    /**
     * At a laptop's width and a phone's (each frame really that wide), the page measured by {@code probe} is no wider
     * than its frame, nothing overflows it, and it has {@code charts} charts, each with text, {@code tiles} tile-map
     * squares and no unlabelled SVG.
     */
    private static void assertFits(JsonNode probe, int charts, int tiles) {
        for (int width : WIDTHS) {
            JsonNode at = probe.get(Integer.toString(width));
            assertThat(at.get("viewport").asInt()).as("viewport at " + width).isEqualTo(width);
            assertThat(at.get("pageWidth").asInt())
                    .as("page width at " + width + " px")
                    .isLessThanOrEqualTo(width);
            assertThat(at.get("overflowing").toString())
                    .as("wider than the page at " + width)
                    .isEqualTo("[]");
            assertThat(at.get("charts").asInt()).as("charts").isEqualTo(charts);
            assertThat(at.get("chartsWithoutText").toString())
                    .as("charts without alt text, caption or table")
                    .isEqualTo("[]");
            assertThat(at.get("tiles").asInt()).as("tile map squares").isEqualTo(tiles);
            assertThat(at.get("svgWithoutLabel").asInt()).isZero();
        }
    }

    /** The 2012 report's measurements, taken once for the two tests that read it. */
    private synchronized JsonNode probe2012() throws Exception {
        if (probe2012 == null) {
            probe2012 = probe(report2012());
        }
        return probe2012;
    }

    /**
     * Lays the report out in one frame per width in {@link #WIDTHS} (a window cannot be made narrower than 500 px
     * in headless Chromium; a frame can) and measures each from a script in the outer page, with the frame's DOM as
     * the browser built it: one Chromium launch for both widths, as each launch costs a second or two of CI's
     * processor. The report itself has no script, and the outer page reads the frames' DOM only because all are
     * local files. Returns an object keyed by width.
     */
    private static JsonNode probe(Path report) throws Exception {
        Path frame = report.resolveSibling("frame-" + report.getFileName() + ".html"); // beside it
        StringBuilder frames = new StringBuilder();
        for (int width : WIDTHS) {
            frames.append("<iframe data-w=\"")
                    .append(width)
                    .append("\" src=\"")
                    .append(report.getFileName())
                    .append("/index.html\" style=\"display:block;width:")
                    .append(width)
                    .append("px;height:1500px;border:0\"></iframe>");
        }
        Files.writeString(
                frame,
                "<!DOCTYPE html><html><body style=\"margin:0\">" + frames + "<script>"
                        + "var out={},left=" + WIDTHS.length + ";"
                        + "[].slice.call(document.querySelectorAll('iframe')).forEach(function(f){"
                        + "f.addEventListener('load',function(){"
                        + "var doc=this.contentDocument,d=doc.documentElement,all=[].slice.call(doc.querySelectorAll('body *'));"
                        // Inside a .scroll box a wide table scrolls on its own; the box itself must fit.
                        + "var over=all.filter(function(e){var r=e.getBoundingClientRect();return r.width>0&&r.right>d.clientWidth+1"
                        + "&&!(e.parentElement&&e.parentElement.closest('.scroll'))&&!e.closest('svg')})"
                        + ".map(function(e){return e.tagName+'#'+e.id+'.'+e.className}).slice(0,10);"
                        + "var figs=[].slice.call(doc.querySelectorAll('figure.chart'));"
                        // A chart is a PNG with alt text, or an SVG with real text and a label (the night's bands).
                        + "var bare=figs.filter(function(f){var i=f.querySelector('img')||f.querySelector('svg[aria-label]');"
                        + "return !i||(i.alt||i.getAttribute('aria-label')).trim().length<40||!f.querySelector('figcaption')||!f.querySelector('table')})"
                        + ".map(function(f){return f.id});"
                        + "out[this.getAttribute('data-w')]={viewport:d.clientWidth,"
                        + "pageWidth:d.scrollWidth,overflowing:over,charts:figs.length,chartsWithoutText:bare,"
                        + "tiles:doc.querySelectorAll('svg.tilemap g.tile').length,"
                        + "svgWithoutLabel:doc.querySelectorAll('svg:not([aria-label]):not([aria-hidden=true])').length,"
                        + "html:d.outerHTML};"
                        + "if(--left===0){var p=document.createElement('pre');p.id='probe';p.textContent=JSON.stringify(out);"
                        + "document.body.appendChild(p);}});});</script></body></html>");
        String dom = chromium(
                frame,
                "--dump-dom",
                "--hide-scrollbars",
                "--allow-file-access-from-files",
                "--virtual-time-budget=10000",
                "--window-size=1400,1600");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "<pre id=\"probe\">(.*?)</pre>", java.util.regex.Pattern.DOTALL)
                .matcher(dom);
        assertThat(m.find())
                .as("the probe ran: " + dom.substring(0, Math.min(400, dom.length())))
                .isTrue();
        return new ObjectMapper()
                .readTree(m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
    }

    /** Runs headless Chromium on {@code page}; returns its standard output. */
    private static String chromium(Path page, String... args) throws Exception {
        // --no-sandbox: CI runs as root. The networking flags stop Chromium reaching out (the machine has no network).
        List<String> cmd = new ArrayList<>(List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(shared, "chrome")));
        cmd.addAll(List.of(args));
        cmd.add(page.toUri().toString());
        Path stdout = Files.createTempFile(shared, "chromium", ".out");
        Path log = Files.createTempFile(shared, "chromium", ".log");
        Process p = new ProcessBuilder(cmd)
                .redirectOutput(stdout.toFile())
                .redirectError(log.toFile())
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 120 s: " + Files.readString(log));
        }
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }
}
