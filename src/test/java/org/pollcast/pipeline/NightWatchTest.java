package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;

/**
 * The watch's loop on a clock of its own: the "feed" writes the declarations file between looks, as a newsroom's
 * would, and the page is a counter. What it must do: write once per settled change, never while a file changes
 * between two looks, keep going past a refused file, stop when the night is over, and stop at its time limit.
 */
class NightWatchTest {
    @TempDir
    Path dir;

    /** A clock whose sleeping runs the feed's next step. */
    private static final class Feed implements NightWatch.Clock {
        final List<Consumer<Long>> steps = new ArrayList<>();
        long now;

        @Override
        public long nanos() {
            return now;
        }

        @Override
        public void sleep(Duration d) {
            now += d.toNanos();
            for (Consumer<Long> s : steps) {
                s.accept(now);
            }
        }

        /** Runs {@code step} once, at the first look at or after {@code at}. */
        void at(Duration at, Runnable step) {
            boolean[] done = {false};
            steps.add(t -> {
                if (!done[0] && t >= at.toNanos()) {
                    done[0] = true;
                    step.run();
                }
            });
        }
    }

    private static void write(Path f, String text) {
        try {
            Files.writeString(f, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static NightReports.NightPage page(int declared, boolean over) {
        return new NightReports.NightPage(new ReportResult(Path.of("night"), 2, 1000, 0.1, 0.1, 0), declared, 14, over);
    }

    @Test
    void writesOncePerChangeAndStopsWhenTheNightIsOver() {
        Path f = dir.resolve("night.csv");
        write(f, "constituency,candidate,votes\n");
        Feed clock = new Feed();
        // A declaration at 30 s and 60 s; the night's page says it is over after the second.
        clock.at(Duration.ofSeconds(30), () -> write(f, "constituency,candidate,votes\nA,x,1\n"));
        clock.at(Duration.ofSeconds(60), () -> write(f, "constituency,candidate,votes\nA,x,1\nB,x,2\n"));
        List<Integer> pages = new ArrayList<>();
        List<String> out = new ArrayList<>();
        NightWatch.End end = NightWatch.watch(
                List.of(f),
                () -> {
                    pages.add(pages.size());
                    return page(pages.size() - 1, pages.size() == 3);
                },
                Duration.ofSeconds(10),
                Duration.ofHours(1),
                clock,
                out::add,
                e -> {});
        assertThat(pages).hasSize(3); // the start, then each declaration; none while nothing changed
        assertThat(end).isEqualTo(NightWatch.End.NIGHT_OVER);
        assertThat(out.get(out.size() - 1)).contains("The night is over");
        assertThat(out.get(0)).contains("0 of 14 declared");
    }

    @Test
    void aFileStillBeingWrittenIsNotReadUntilItSettles() {
        Path f = dir.resolve("night.csv");
        write(f, "constituency,candidate,votes\n");
        Feed clock = new Feed();
        int[] writes = {0};
        // The feed rewrites the file at every look for its first 5 seconds (a slow writer), then stops.
        clock.steps.add(t -> {
            if (t <= Duration.ofSeconds(5).toNanos()) {
                write(f, "constituency,candidate,votes\n" + "A,x," + (++writes[0]) + "\n");
            }
        });
        List<String> seen = new ArrayList<>();
        NightWatch.watch(
                List.of(f),
                () -> {
                    try {
                        seen.add(Files.readString(f));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return page(seen.size(), seen.size() == 1);
                },
                Duration.ofSeconds(10),
                Duration.ofHours(1),
                clock,
                s -> {},
                e -> {});
        // Written once, from the file as the writer left it, never from a version it was still replacing.
        assertThat(seen).containsExactly("constituency,candidate,votes\nA,x," + writes[0] + "\n");
    }

    @Test
    void aRefusedFileKeepsTheLastPageAndTheWatchGoesOn() {
        Path f = dir.resolve("night.csv");
        write(f, "constituency,candidate,votes\nA,x,1\n");
        Feed clock = new Feed();
        clock.at(Duration.ofSeconds(30), () -> write(f, "constituency,candidate,votes\nA,x,one\n")); // a slip
        // Mended, with the next declaration.
        clock.at(Duration.ofSeconds(60), () -> write(f, "constituency,candidate,votes\nA,x,1\nB,x,2\n"));
        List<String> errors = new ArrayList<>();
        int[] calls = {0};
        NightWatch.End end = NightWatch.watch(
                List.of(f),
                () -> {
                    calls[0]++;
                    if (calls[0] == 2) {
                        throw new BadInputException("night.csv:2: field 'votes': 'one' is not a whole number");
                    }
                    return page(calls[0], calls[0] == 3);
                },
                Duration.ofSeconds(10),
                Duration.ofHours(1),
                clock,
                s -> {},
                errors::add);
        assertThat(calls[0]).isEqualTo(3);
        assertThat(end).isEqualTo(NightWatch.End.NIGHT_OVER);
        assertThat(errors)
                .singleElement()
                .asString()
                .contains("night.csv:2: field 'votes'")
                .contains("the page stays as it was");
    }

    @Test
    void waitsForAFileNotThereYetAndStopsAtItsTimeLimit() {
        Path f = dir.resolve("night.csv");
        Feed clock = new Feed();
        List<String> out = new ArrayList<>();
        int[] calls = {0};
        NightWatch.End end = NightWatch.watch(
                List.of(f),
                () -> {
                    calls[0]++;
                    return page(0, false);
                },
                Duration.ofSeconds(10),
                Duration.ofMinutes(5),
                clock,
                out::add,
                e -> {});
        assertThat(end).isEqualTo(NightWatch.End.TIME_LIMIT);
        assertThat(calls[0]).isZero();
        assertThat(out).first().asString().startsWith("waiting for ").endsWith("night.csv to appear");
        assertThat(out).filteredOn(s -> s.startsWith("waiting")).hasSize(1); // said once, not every look
        assertThat(clock.now).isGreaterThanOrEqualTo(Duration.ofMinutes(5).toNanos());
    }
}
