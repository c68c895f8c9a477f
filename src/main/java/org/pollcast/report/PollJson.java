package org.pollcast.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.pollcast.election.Election;
import org.pollcast.poll.Poll;
import org.pollcast.poll.Provenance;
import org.pollcast.poll.StoredPoll;

/** Polls as JSON: {@code {"election": ..., "polls": [{... "shares": {...}, "provenance": {...}}]}}. */
public record PollJson(String election, LocalDate electionDate, List<Entry> polls) {

    public PollJson {
        polls = List.copyOf(polls);
    }

    public static String write(Election election, List<StoredPoll> polls) {
        return Json.write(new PollJson(
                election.id(), election.date(), polls.stream().map(Entry::of).toList()));
    }

    /**
     * One stored poll: its figures as published (shares in percent by option id), where it came from and when it was
     * stored. Unknown values ({@code published}, {@code sampleSize}, {@code dontKnow}, ...) are null.
     *
     * @param pollster    the house (the alias table's name: ComRes for a Savanta ComRes poll), as house effects group
     *     polls
     * @param publishedAs the name the poll was published under ("Savanta ComRes"), as the table, the export and
     *     {@code pollster-accuracy} give it; the house's own name when it published under that
     * @param date        the date the poll speaks for: the end of fieldwork, else the publication date
     * @param pollId      the id given by the source file, if any
     */
    public record Entry(
            long id,
            String contest,
            String scope,
            String pollster,
            String publishedAs,
            String client,
            LocalDate date,
            LocalDate fieldworkStart,
            LocalDate fieldworkEnd,
            LocalDate published,
            String datePrecision,
            Integer sampleSize,
            String population,
            String mode,
            Map<String, Double> shares,
            Double dontKnow,
            boolean partial,
            String notes,
            String citation,
            String pollId,
            Provenance provenance) {

        public Entry {
            shares = Json.ordered(shares);
        }

        static Entry of(StoredPoll sp) {
            Poll p = sp.poll();
            return new Entry(
                    sp.id(),
                    p.contest(),
                    p.scope().code(),
                    p.pollster(),
                    p.publishedAs(),
                    p.client(),
                    p.date(),
                    p.fieldworkStart(),
                    p.fieldworkEnd(),
                    p.published(),
                    p.datePrecision().code(),
                    p.sampleSize(),
                    p.population(),
                    p.mode(),
                    p.shares(),
                    p.dontKnow(),
                    p.partial(),
                    p.notes(),
                    p.citation(),
                    p.externalId(),
                    Provenance.of(sp.provenance()));
        }
    }

    /** The file (or URL) and place in it a poll was read from, the file's SHA-256, and when it was stored. */
    public record Provenance(String source, String sha256, String location, Instant ingestedAt) {

        static Provenance of(org.pollcast.poll.Provenance p) {
            return new Provenance(p.source(), p.sha256(), p.location(), p.ingestedAt());
        }
    }
}
