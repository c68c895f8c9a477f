package org.pollcast.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The nightly run's configuration (YAML): the election, the poll sources (files or URLs), where the store
 * and the report live, the simulation size and seed (null: the simulator's default), the download limits of URL sources
 * ({@code timeoutSeconds}, default 30; {@code maxDownloadMb}, default 8), and whether the report draws how the race
 * moved ({@code raceChart}, default true). Relative paths are relative to the config file, the election's too when it
 * is given as the path of a definition file.
 *
 * <p>A source is a path or URL, or a mapping {@code {source: polls.csv, contest: mayor}} that says which contest its
 * polls are about, as {@code ingest --contest} does: a CSV whose columns name parties fits the Mayor, the Assembly and
 * Westminster alike, and is refused until told.
 */
public record NightlyConfig(
        Path file,
        String election,
        List<Source> sources,
        Path db,
        Path out,
        long sims,
        Long seed,
        boolean skipInvalid,
        boolean newPollsters,
        int timeoutSeconds,
        int maxDownloadMb,
        boolean raceChart) {

    /** A poll file or URL, and the contest its polls are about (null: read from the file, as ingest does). */
    public record Source(String location, String contest) {}

    /** The fields a source given as a mapping may have. */
    private static final List<String> SOURCE_FIELDS = List.of("source", "contest");

    /**
     * The file as written, bound by Jackson (unknown and duplicate keys are errors); absent fields are null. A source
     * is a text or a mapping, so it is bound as either and read by {@link #source}.
     */
    record Spec(
            String election,
            List<Object> sources,
            String db,
            String out,
            Long sims,
            Long seed,
            Boolean skipInvalid,
            Boolean newPollsters,
            Integer timeoutSeconds,
            Integer maxDownloadMb,
            Boolean raceChart) {}

    public static NightlyConfig load(Path file) {
        YamlFile<Spec> src = YamlFile.read(file, Spec.class, "nightly configuration");
        Spec spec = src.value();
        Path base = file.toAbsolutePath().getParent();
        String election = src.requiredText(spec.election(), "election");
        if (ElectionCatalog.isPath(election)) {
            // Like every other path here, relative to the config: resolved from the working directory, the same
            // configuration read another definition (or none) when cron started it elsewhere.
            election = base.resolve(election).normalize().toString();
        }
        List<Source> sources = new ArrayList<>();
        if (spec.sources() != null) {
            for (int i = 0; i < spec.sources().size(); i++) {
                sources.add(source(src, base, spec.sources().get(i), YamlFile.at("sources", i)));
            }
        }
        String db = src.text(spec.db(), "db");
        String out = src.text(spec.out(), "out");
        long sims = spec.sims() == null ? 100_000 : spec.sims();
        if (sims < 1) {
            throw src.fail("sims", sims + " must be positive");
        }
        int timeout = spec.timeoutSeconds() == null ? 30 : spec.timeoutSeconds();
        if (timeout < 1) {
            throw src.fail("timeoutSeconds", timeout + " must be positive");
        }
        // ingest's --max-download: a poll page larger than the default could not be followed by nightly at all.
        int maxDownload =
                spec.maxDownloadMb() == null ? (int) (IngestSettings.DEFAULT_MAX_DOWNLOAD >> 20) : spec.maxDownloadMb();
        if (maxDownload < 1 || maxDownload > 4096) {
            throw src.fail("maxDownloadMb", maxDownload + " is not a size from 1 to 4096 MB");
        }
        return new NightlyConfig(
                file,
                election,
                sources,
                db == null ? null : base.resolve(db).normalize(),
                out == null ? null : base.resolve(out).normalize(),
                sims,
                spec.seed(),
                Boolean.TRUE.equals(spec.skipInvalid()),
                Boolean.TRUE.equals(spec.newPollsters()),
                timeout,
                maxDownload,
                !Boolean.FALSE.equals(spec.raceChart()));
    }

    /** A source as written: a path or URL, or a mapping of {@code source} and {@code contest}. */
    private static Source source(YamlFile<Spec> src, Path base, Object item, String path) {
        String location;
        String contest = null;
        if (item instanceof Map<?, ?> map) {
            for (Object key : map.keySet()) {
                if (!SOURCE_FIELDS.contains(String.valueOf(key))) {
                    throw src.fail(
                            YamlFile.at(path, String.valueOf(key)), "unknown field; expected one of " + SOURCE_FIELDS);
                }
            }
            location = src.requiredText(
                    text(src, map.get("source"), YamlFile.at(path, "source")), YamlFile.at(path, "source"));
            contest =
                    src.text(text(src, map.get("contest"), YamlFile.at(path, "contest")), YamlFile.at(path, "contest"));
        } else {
            location = src.requiredText(text(src, item, path), path);
        }
        if (!SourceDocument.isAddress(location) && location.matches("[A-Za-z][A-Za-z0-9+.-]*://.*")) {
            // Resolved as a path, "ftp://host/polls.csv" failed every night as "<config folder>/ftp:/host/polls.csv:
            // no such file", a name the newsroom never wrote.
            throw src.fail(
                    path,
                    "'" + location + "' is an address pollcast cannot read: give an http:// or https:// URL, a"
                            + " file:/// address or a path");
        }
        // An address (http, https, or the file:/// a browser shows for a saved page) is passed on as written, for
        // ingest to read; resolved as a path it became "<config folder>/file:/..." and the run failed, "no such file".
        return new Source(
                SourceDocument.isAddress(location)
                        ? location
                        : base.resolve(location).normalize().toString(),
                contest);
    }

    /** {@code value} as text (null stays null), or an error: a list or mapping where a text belongs. */
    private static String text(YamlFile<Spec> src, Object value, String path) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw src.fail(path, "expected a file, a URL or a mapping {source: FILE, contest: ID}");
        }
        return String.valueOf(value);
    }
}
