package org.pollcast.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.pollcast.BadInputException;
import org.pollcast.election.Election;

/**
 * Where each kind of official result is read from: every file of {@code data/results/} named
 * {@code <prefix>_<kind>.csv}, read as one table, the bundled {@code london_} file first and then the others in name
 * order. A place's results go in files of their own named by its series ({@code wm_mayor_results.csv} holds
 * {@code wm-2021}'s and {@code wm-2024}'s rows); {@link RowOwners} says which election each row is for. Every
 * reader of {@code data/results/} finds its files here, so a new place's file is never read by one and missed by
 * another.
 */
public final class ResultFiles {
    /**
     * The prefix of the bundled files: London's, and the files other places' rows were appended to before each
     * place had files of its own (told apart by an {@code election} column or their candidates' names).
     */
    public static final String SHARED = "london";

    /** The kinds of results file; {@code data/results/SOURCES.md} gives each one's columns. */
    public enum Kind {
        MAYOR_RESULTS("mayor_results"),
        MAYOR_SECOND_PREFERENCES("mayor_second_preferences"),
        MAYOR_CONSTITUENCY_RESULTS("mayor_constituency_results"),
        TURNOUT("election_turnout"),
        ASSEMBLY_CONSTITUENCY_RESULTS("assembly_constituency_results"),
        ASSEMBLY_CONSTITUENCY_VOTE_TOTALS("assembly_constituency_vote_totals"),
        ASSEMBLY_LIST_RESULTS("assembly_list_results"),
        ASSEMBLY_REGIONAL_LIST_RESULTS("assembly_regional_list_results"),
        CONSTITUENCY_ZONES("constituency_zones");

        private final String name;

        Kind(String name) {
            this.name = name;
        }

        /** The file of this kind for {@code prefix}: {@code wm} gives {@code wm_mayor_results.csv}. */
        public String fileName(String prefix) {
            return prefix + "_" + name + ".csv";
        }

        /** The prefix of {@code fileName} when it names a file of this kind, else null. */
        String prefixOf(String fileName) {
            String suffix = "_" + name + ".csv";
            if (!fileName.endsWith(suffix) || fileName.startsWith(".")) {
                return null;
            }
            String prefix = fileName.substring(0, fileName.length() - suffix.length());
            return prefix.isEmpty() ? null : prefix;
        }
    }

    private ResultFiles() {}

    /**
     * The files of {@code kind} in {@code home}'s results folder, {@code london_} first, then by name; listed again
     * at every call, so a file added or removed since the last is seen.
     */
    public static List<ResultFile> find(DataHome home, Kind kind) {
        Path dir = home.results();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<ResultFile> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String prefix = kind.prefixOf(p.getFileName().toString());
                if (prefix != null && Files.isRegularFile(p)) {
                    found.add(new ResultFile(p, prefix));
                }
            }
        } catch (IOException e) {
            throw new BadInputException(dir + ": cannot list the results files: " + e.getMessage());
        }
        found.sort(Comparator.comparing((ResultFile f) -> !f.shared())
                .thenComparing(f -> f.path().getFileName().toString()));
        return List.copyOf(found);
    }

    /** One results file and the SHA-256 of its bytes, as {@link #stamp} saw them. */
    public record Stamp(Path path, String sha256) {}

    /**
     * Every results file of every kind with the hash of its content, in name order: what a result learned from the
     * files and kept for later (a fitted transfer prior) was learned from. An equal stamp, unchanged files; a place's
     * file added, removed or edited gives another. The content, not the size and time of change: a corrected figure
     * of the same width, saved within the same second (or copied keeping its time), kept the same size and time,
     * and the value learned from the old figure was served on ({@link ContentHash}).
     */
    public static List<Stamp> stamp(DataHome home) {
        Path dir = home.results();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Stamp> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                boolean results = false;
                for (Kind kind : Kind.values()) {
                    results |= kind.prefixOf(name) != null;
                }
                if (results && Files.isRegularFile(p)) {
                    out.add(new Stamp(p, ContentHash.of(p)));
                }
            }
        } catch (IOException e) {
            throw new BadInputException(dir + ": cannot list the results files: " + e.getMessage());
        }
        return List.copyOf(out);
    }

    /**
     * The names of the files of {@code files} named for {@code election}'s series, else of all of them: where a
     * message says an election's figures came from.
     */
    public static String namesFor(List<ResultFile> files, Election election) {
        List<ResultFile> own =
                files.stream().filter(f -> f.prefix().equals(election.series())).toList();
        return names(own.isEmpty() ? files : own);
    }

    /** The names of {@code files}, for messages: "london_mayor_results.csv, wm_mayor_results.csv". */
    public static String names(List<ResultFile> files) {
        return files.isEmpty()
                ? "none"
                : String.join(
                        ", ",
                        files.stream()
                                .map(f -> f.path().getFileName().toString())
                                .toList());
    }
}
