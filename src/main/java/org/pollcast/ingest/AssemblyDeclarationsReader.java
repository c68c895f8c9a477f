package org.pollcast.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pollcast.BadInputException;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.AssemblyDeclaration;
import org.pollcast.election.Constituency;
import org.pollcast.election.Election;
import org.pollcast.election.Option;

/**
 * Reads election-night Assembly constituency declarations in the layout of
 * data/results/london_assembly_constituency_results.csv: {@code constituency,party,votes}, and optionally
 * {@code year} (rows of other years are skipped, so the bundled file can be replayed) and {@code candidate}
 * (needed only to tell two independents apart); other columns ({@code elected}, {@code source},
 * {@code complete}) are ignored: the winner is counted, not read. Every row is a final declaration: the
 * Assembly's running counts are not modelled. A row repeated with the same figures is harmless, with other
 * figures an error. Every problem names file, line and field.
 */
public final class AssemblyDeclarationsReader {
    private AssemblyDeclarationsReader() {}

    public static List<AssemblyDeclaration> read(Path file, Election election, AliasTable aliases) {
        AdditionalMemberContest contest = election.first(AdditionalMemberContest.class)
                .orElseThrow(() -> new BadInputException(
                        election.source() + ": " + election.id() + " has no Assembly to declare"));
        OptionResolver names = new OptionResolver(election, contest, aliases);
        try (CsvTable table = DeclarationRows.open(file)) {
            return read(table, election, contest, names);
        }
    }

    private static List<AssemblyDeclaration> read(
            CsvTable table, Election election, AdditionalMemberContest contest, OptionResolver names) {
        DeclarationRows rows =
                DeclarationRows.of(table, election, contest.constituencies(), "constituency", "party", "votes");
        int seatCol = rows.column("constituency");
        int partyCol = rows.column("party");
        int candCol = rows.column("candidate");
        int votesCol = rows.column("votes");
        Map<String, Builder> bySeat = new LinkedHashMap<>();
        for (CsvTable.Row row : table) {
            if (!rows.thisYear(row)) {
                continue;
            }
            String where = rows.where(row);
            Constituency seat = rows.constituency(row.get(seatCol), where, "an Assembly constituency");
            String party = row.get(partyCol);
            String id = names.resolve(party)
                    .orElseThrow(() -> new BadInputException(where + "'party': " + names.explain(party)));
            if (!id.equals(Option.OTHER) && !contest.parties().stream().anyMatch(p -> p.id().equals(id))) {
                throw new BadInputException(
                        where + "'party': '" + party + "' does not stand in " + election.id() + " " + contest.id());
            }
            String candidate = candCol < 0 ? "" : row.get(candCol).trim();
            boolean independent =
                    id.equals("ind") || contest.parties().stream().anyMatch(p -> p.id().equals(id) && p.independent());
            // A party stands one candidate in a constituency; independents ("ind") are told apart by name.
            String key = independent ? id + "|" + Names.fold(candidate) : id;
            long votes = DeclarationRows.votes(row.get(votesCol), where + "'votes'");
            String label = candidate.isEmpty() ? party : candidate + " (" + party + ")";
            bySeat.computeIfAbsent(seat.name(), k -> new Builder(seat.name(), row.line()))
                    .add(key, id, label, votes, row.line(), where);
        }
        rows.requireRows(!bySeat.isEmpty());
        List<AssemblyDeclaration> out = new ArrayList<>();
        for (Builder b : bySeat.values()) {
            long[] v = b.votes.stream().mapToLong(Long::longValue).toArray();
            AssemblyDeclaration d = new AssemblyDeclaration(b.name, b.parties, b.labels, v, b.line);
            d.othersLead().ifPresent(why -> {
                throw new BadInputException(b.whereOf.get(Option.OTHER) + "'votes': " + why);
            });
            out.add(d);
        }
        return out;
    }

    private static final class Builder {
        final String name;
        final int line;
        final List<String> parties = new ArrayList<>();
        final List<String> labels = new ArrayList<>();
        final List<Long> votes = new ArrayList<>();
        final Map<String, Integer> rowOf = new HashMap<>();
        final Map<String, Integer> lineOf = new HashMap<>();
        final Map<String, String> whereOf = new HashMap<>();

        Builder(String name, int line) {
            this.name = name;
            this.line = line;
        }

        void add(String key, String party, String label, long v, int at, String where) {
            Integer i = rowOf.get(key);
            if (i != null) {
                if (votes.get(i) != v) {
                    throw new BadInputException(where + "'votes': " + name + " declared twice with other figures: "
                            + labels.get(i) + " has " + votes.get(i) + " on line " + lineOf.get(key) + ", " + v
                            + " here");
                }
                return;
            }
            rowOf.put(key, parties.size());
            lineOf.put(key, at);
            whereOf.put(key, where);
            parties.add(party);
            labels.add(label);
            votes.add(v);
        }
    }
}
