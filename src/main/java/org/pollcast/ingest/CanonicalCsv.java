package org.pollcast.ingest;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.pollcast.election.Contest;
import org.pollcast.election.Election;
import org.pollcast.election.Option;
import org.pollcast.poll.Poll;

/**
 * The canonical poll file: wide CSV, one row per poll (contest and scope), descriptive columns first, then
 * one column per option id (in the definition's order, only options some poll reports), then notes,
 * citation and poll_id. {@code data/polls/} holds these; {@code pollcast export} writes them; ingesting one
 * gives back the same polls.
 */
public final class CanonicalCsv {
    static final List<String> LEADING = List.of(
            "election",
            "contest",
            "scope",
            "pollster",
            "client",
            "fieldwork_start",
            "fieldwork_end",
            "published",
            "date_precision",
            "sample_size",
            "population",
            "mode",
            "dont_know");
    static final List<String> TRAILING = List.of("notes", "citation", "poll_id");

    private CanonicalCsv() {}

    /** The option ids some poll reports, contest by contest in the definition's order. */
    public static Set<String> reportedOptions(Election election, List<Poll> polls) {
        Set<String> options = new LinkedHashSet<>();
        for (Contest c : election.contests().values()) {
            for (Option o : c.pollOptions()) {
                if (polls.stream()
                        .anyMatch(p -> p.contest().equals(c.id()) && p.shares().containsKey(o.id()))) {
                    options.add(o.id());
                }
            }
        }
        return options;
    }

    public static void write(Election election, List<Poll> polls, Writer out) throws IOException {
        Set<String> options = reportedOptions(election, polls);
        List<String> header = new ArrayList<>(LEADING);
        header.addAll(options);
        header.addAll(TRAILING);
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setRecordSeparator('\n')
                        .setHeader(header.toArray(String[]::new))
                        .get())) {
            for (Poll p : polls) {
                List<String> row = new ArrayList<>(header.size());
                row.add(p.election());
                row.add(p.contest());
                row.add(p.scope().code());
                // The name as published: ingesting the file again maps it back to the house through the aliases.
                row.add(p.publishedAs());
                row.add(p.client());
                row.add(text(p.fieldworkStart()));
                row.add(text(p.fieldworkEnd()));
                row.add(text(p.published()));
                row.add(p.datePrecision().code());
                row.add(p.sampleSize() == null ? "" : p.sampleSize().toString());
                row.add(nullToEmpty(p.population()));
                row.add(nullToEmpty(p.mode()));
                row.add(p.dontKnow() == null ? "" : number(p.dontKnow()));
                for (String o : options) {
                    Double v = p.shares().get(o);
                    row.add(v == null ? "" : number(v));
                }
                row.add(nullToEmpty(p.notes()));
                row.add(nullToEmpty(p.citation()));
                row.add(nullToEmpty(p.externalId()));
                csv.printRecord(row.stream().map(SpreadsheetSafe::cell).toList());
            }
        }
    }

    /** 44 rather than 44.0; 43.25 stays 43.25. */
    public static String number(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String text(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
