package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --out} of a command that writes one file, given a folder (the report's habit: a journalist who had just
 * run {@code report --out night/} ran {@code forecast --out night/}). It was refused only after the whole run, 100,000
 * simulations, with the rename's words: {@code cannot write: /tmp/.night.9193922377855893268.tmp -> /tmp/night: Is a
 * directory}. Now it is refused before any work, saying what to give, and the folder is left as it was.
 */
class OutIsAFolderTest {
    @TempDir
    Path tmp;

    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(status, out.toString(), err.toString());
    }

    private Path folderWithNotes() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("night"));
        Files.writeString(folder.resolve("notes.txt"), "my notes\n");
        return folder;
    }

    private void assertUntouched(Path folder) throws IOException {
        try (Stream<Path> all = Files.list(folder)) {
            assertThat(all).containsExactly(folder.resolve("notes.txt"));
        }
        assertThat(Files.readString(folder.resolve("notes.txt"))).isEqualTo("my notes\n");
        try (Stream<Path> beside = Files.list(tmp)) {
            assertThat(beside.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void forecastOutAFolderIsRefusedBeforeSimulating() throws IOException {
        Path folder = folderWithNotes();
        String db = tmp.resolve("p.db").toString();
        Run r = run(
                "forecast",
                "london-2012",
                "--as-of",
                "2012-04-26",
                "--sims",
                "2000",
                "--db",
                db,
                "--out",
                folder.toString());
        assertThat(r.status()).isEqualTo(2);
        // One line, and no "Loaded ... bundled polls": nothing was read or simulated first.
        assertThat(r.err().lines())
                .singleElement()
                .isEqualTo("pollcast: " + folder + ": cannot write: it is a folder; --out takes a file name" + " ("
                        + folder.resolve("forecast.txt") + ", say)");
        assertThat(r.out()).isEmpty();
        assertUntouched(folder);
    }

    @Test
    void liveDrawsAFolderIsRefusedNamingItsOption() throws IOException {
        Path folder = folderWithNotes();
        Path night = Files.writeString(tmp.resolve("declared.csv"), "constituency,candidate,votes\n");
        Run r = run(
                "live",
                "london-2021",
                "--declared",
                night.toString(),
                "--db",
                tmp.resolve("p.db").toString(),
                "--draws",
                folder.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines())
                .singleElement()
                .isEqualTo("pollcast: " + folder + ": cannot write: it is a folder; --draws takes a file name" + " ("
                        + folder.resolve("draws.csv") + ", say)");
        assertUntouched(folder);
    }

    @Test
    void exportOutAFolderIsRefusedSayingSo() throws IOException {
        Path folder = folderWithNotes();
        String db = tmp.resolve("p.db").toString();
        assertThat(run("polls", "london-2012", "--db", db).status()).isZero();
        Run r = run("export", "london-2012", "--db", db, "--out", folder.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines())
                .singleElement()
                .isEqualTo("pollcast: " + folder + ": cannot write: it is a folder; --out takes a file name" + " ("
                        + folder.resolve("london-2012.csv") + ", say)");
        assertUntouched(folder);
    }
}
