package org.pollcast.ingest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pollcast.BadInputException;
import org.pollcast.poll.Poll;
import org.pollcast.poll.PollKey;
import org.pollcast.store.AddOutcome;
import org.pollcast.store.PollStore;

/**
 * Ingests one source at a time: read, detect the format, parse, validate every poll, then add the file's
 * polls to the store in one transaction. Without skip-invalid, any problem rejects the whole file and the
 * store is left exactly as it was; with it, each rejected poll is reported with its source rows, for the
 * rejects file.
 */
public final class Ingester {
    /** Problems listed in full before the rest are counted. */
    private static final int MAX_LISTED = 25;

    private final ElectionCatalog catalog;
    private final AliasTable aliases;
    private final Clock clock;

    public Ingester(ElectionCatalog catalog, AliasTable aliases, Clock clock) {
        this.catalog = catalog;
        this.aliases = aliases;
        this.clock = clock;
    }

    /** Ingests {@code fileOrUrl}; {@code store} may be null for a dry run. */
    public IngestReport ingest(String fileOrUrl, PollStore store, IngestSettings settings) {
        return ingest(SourceDocument.read(fileOrUrl, settings.timeout(), settings.maxDownloadBytes()), store, settings);
    }

    public IngestReport ingest(SourceDocument doc, PollStore store, IngestSettings settings) {
        PollFormat format = settings.format() != null ? settings.format() : PollFormat.detect(doc.text());
        Integer contextYear =
                settings.election() == null ? null : settings.election().date().getYear();
        List<Problem> problems = new ArrayList<>();
        List<RawPoll> raws = switch (format) {
            case LONG_CSV -> CsvPollReader.readLong(doc, contextYear, problems);
            case WIDE_CSV -> CsvPollReader.readWide(doc, contextYear, problems);
            case HTML -> HtmlPollTableReader.read(doc, contextYear, problems);
        };
        if (format == PollFormat.HTML && raws.isEmpty() && !problems.isEmpty()) {
            throw failure(doc.name(), problems);
        }
        PollNormaliser normaliser = new PollNormaliser(
                doc.name(), catalog, settings.election(), aliases, LocalDate.now(clock), settings.acceptNewPollsters());
        Map<PollKey, PollNormaliser.Normalised> polls = new LinkedHashMap<>();
        Map<PollKey, RawPoll> rawOf = new LinkedHashMap<>();
        List<Problem> rejected = new ArrayList<>(problems);
        List<RejectedPoll> rejectedPolls = new ArrayList<>();
        int repeatedInFile = 0;
        for (RawPoll raw : raws) {
            List<Problem> own = new ArrayList<>(raw.problems());
            Optional<PollNormaliser.Normalised> n = normaliser.normalise(raw, own);
            if (n.isPresent() && own.isEmpty()) {
                PollNormaliser.Normalised earlier =
                        polls.putIfAbsent(n.get().poll().key(), n.get());
                if (earlier == null) {
                    rawOf.put(n.get().poll().key(), raw);
                } else if (earlier.poll().sameFigures(n.get().poll())) {
                    repeatedInFile++;
                } else {
                    own.add(new Problem(
                            doc.name(),
                            raw.location(),
                            null,
                            "the same poll (" + n.get().poll().key() + ") as at " + earlier.location()
                                    + " but with other figures"));
                }
            }
            if (!own.isEmpty()) {
                rejected.addAll(own);
                rejectedPolls.add(new RejectedPoll(doc.name(), raw.rows(), own));
            }
        }
        if (!rejected.isEmpty() && !settings.skipInvalid()) {
            throw failure(doc.name(), rejected);
        }
        if (polls.isEmpty() && rejected.isEmpty()) {
            throw new BadInputException(doc.name() + ": no polls found");
        }
        if (settings.dryRun() || store == null) {
            return new IngestReport(doc.name(), format, polls.size(), 0, 0, rejected, List.of(), rejectedPolls, true);
        }
        List<Map.Entry<Poll, String>> entries = new ArrayList<>();
        polls.values()
                .forEach(n -> entries.add(new AbstractMap.SimpleImmutableEntry<>(
                        n.poll(), n.location().toString())));
        AddOutcome outcome = store.add(doc.name(), doc.sha256(), format.code(), entries, settings.skipInvalid());
        if (!outcome.committed()) {
            List<String> lines = new ArrayList<>();
            for (AddOutcome.Conflict c : outcome.conflicts()) {
                lines.add(doc.name() + ":" + c.location() + ": conflicts with the stored poll "
                        + c.incoming().key()
                        + " from " + c.stored().provenance().source() + ":"
                        + c.stored().provenance().location()
                        + ": stored " + c.stored().poll().shares() + ", this file "
                        + c.incoming().shares());
            }
            throw new BadInputException(
                    doc.name() + ": " + outcome.conflicts().size() + " poll(s) conflict with stored "
                            + "polls (same pollster, client, date, contest and scope; other figures); nothing from this file was "
                            + "stored. Correct the file, or use --skip-invalid to store the rest",
                    lines);
        }
        for (AddOutcome.Conflict c : outcome.conflicts()) {
            RawPoll raw = rawOf.get(c.incoming().key());
            rejectedPolls.add(new RejectedPoll(
                    doc.name(),
                    raw.rows(),
                    List.of(new Problem(
                            doc.name(),
                            raw.location(),
                            null,
                            "conflicts with the stored poll " + c.incoming().key() + " from "
                                    + c.stored().provenance().source() + ":"
                                    + c.stored().provenance().location() + ": stored "
                                    + c.stored().poll().shares() + ", this file "
                                    + c.incoming().shares()))));
        }
        return new IngestReport(
                doc.name(),
                format,
                polls.size(),
                outcome.added(),
                outcome.duplicates() + repeatedInFile,
                rejected,
                outcome.conflicts(),
                rejectedPolls,
                false);
    }

    private static BadInputException failure(String source, List<Problem> problems) {
        List<String> lines = new ArrayList<>();
        // An unknown name in a column header fails on every row of that column: say it once.
        Map<String, List<Problem>> byMessage = new LinkedHashMap<>();
        int n = 0;
        for (Problem p : problems) {
            boolean nameProblem =
                    p.message().startsWith("unknown ") || p.message().contains("could mean more than one");
            String key = nameProblem ? p.field() + "\u0001" + p.message() : Integer.toString(n++);
            byMessage.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
        }
        for (List<Problem> same : byMessage.values()) {
            if (lines.size() == MAX_LISTED) {
                lines.add("... and " + (byMessage.size() - MAX_LISTED) + " more problems");
                break;
            }
            lines.add(same.get(0) + (same.size() > 1 ? " (and " + (same.size() - 1) + " more rows)" : ""));
        }
        String first = lines.get(0);
        String summary = problems.size() == 1
                ? first + " (nothing from this file was stored)"
                : source + ": " + problems.size() + " problems; nothing from this file was stored (--skip-invalid "
                        + "stores the valid polls and writes the rest to a rejects file)";
        return new BadInputException(summary, problems.size() == 1 ? List.of() : lines);
    }
}
