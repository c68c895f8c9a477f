package org.pollcast.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The nightly run's configuration (YAML): the election, the poll sources (files or URLs), where the store
 * and the report live, the simulation size and seed (null: the simulator's default), and whether the report
 * draws how the race moved ({@code raceChart}, default true). Relative paths are relative to the config file.
 */
public record NightlyConfig(
        Path file,
        String election,
        List<String> sources,
        Path db,
        Path out,
        long sims,
        Long seed,
        boolean skipInvalid,
        boolean newPollsters,
        int timeoutSeconds,
        boolean raceChart) {

    /** The file as written, bound by Jackson (unknown and duplicate keys are errors); absent fields are null. */
    record Spec(
            String election,
            List<String> sources,
            String db,
            String out,
            Long sims,
            Long seed,
            Boolean skipInvalid,
            Boolean newPollsters,
            Integer timeoutSeconds,
            Boolean raceChart) {}

    public static NightlyConfig load(Path file) {
        YamlFile<Spec> src = YamlFile.read(file, Spec.class, "nightly configuration");
        Spec spec = src.value();
        Path base = file.toAbsolutePath().getParent();
        String election = src.requiredText(spec.election(), "election");
        List<String> sources = new ArrayList<>();
        if (spec.sources() != null) {
            for (int i = 0; i < spec.sources().size(); i++) {
                String v = src.requiredText(spec.sources().get(i), YamlFile.at("sources", i));
                sources.add(
                        v.startsWith("http://") || v.startsWith("https://")
                                ? v
                                : base.resolve(v).normalize().toString());
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
                !Boolean.FALSE.equals(spec.raceChart()));
    }
}
