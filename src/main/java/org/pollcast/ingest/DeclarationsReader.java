package org.pollcast.ingest;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pollcast.BadInputException;
import org.pollcast.election.Candidate;
import org.pollcast.election.Constituency;
import org.pollcast.election.CountArea;
import org.pollcast.election.Declaration;
import org.pollcast.election.Election;
import org.pollcast.election.Option;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.VotingSystem;

/**
 * Reads election-night declarations in the layout of data/results/london_mayor_constituency_results.csv:
 * {@code constituency,candidate,votes}, and optionally {@code year} (rows of other years are skipped, so the
 * bundled file can be replayed), {@code party} (ignored), {@code counted} (percent of the constituency's ballots
 * counted so far, for a running count; empty or absent means declared) and {@code round} ({@code 1}, the
 * default, or {@code 2_transfers}: second preferences counted for a finalist). A row may name a candidate by
 * name, surname, id or party. For an election led by its list vote ({@link Election#listLed()}) the options are the
 * parties and the rows are each constituency's list votes; the party column may then be headed {@code party}. The
 * file grows through the night: a row repeated with the same figures is
 * harmless, with other figures an error. Every problem names file, line and field.
 */
public final class DeclarationsReader {
    private DeclarationsReader() {}

    public static List<Declaration> read(Path file, Election election, AliasTable aliases) {
        // The Mayor, or an Assembly-only election's list vote: each constituency's list votes by party.
        SingleWinnerContest contest = election.lead()
                .orElseThrow(() -> new BadInputException(
                        election.source() + ": " + election.id() + " has no single-winner contest to declare"));
        List<Constituency> seats = election.countAreas(contest).stream()
                .map(CountArea::asConstituency)
                .toList();
        if (seats.isEmpty()) {
            throw new BadInputException(election.source() + ": " + election.id() + " defines no areas to declare: list"
                    + " them under contests." + contest.id() + ".areas (see docs/election-definitions.md)");
        }
        OptionResolver names = new OptionResolver(election, contest, aliases);
        try (CsvTable table = DeclarationRows.open(file)) {
            return read(table, election, contest, seats, names);
        }
    }

    private static List<Declaration> read(
            CsvTable table,
            Election election,
            SingleWinnerContest contest,
            List<Constituency> seats,
            OptionResolver names) {
        // A list vote's options are parties, and its file may say so: constituency,party,votes. A body of
        // constituencies
        // only's vote is its constituency results, whose layout names each candidate beside the party: read by party.
        List<String> header = table.header().stream().map(Columns::normalise).toList();
        boolean byParty = election.listLed()
                && header.contains("party")
                && (!header.contains("candidate") || election.constituenciesOnly());
        String field = byParty ? "party" : "candidate";
        // Both columns: a constituency result's layout (a candidate standing for a party), not a list vote's.
        boolean listByCandidate = election.listLed()
                && !election.constituenciesOnly()
                && header.contains("candidate")
                && header.contains("party");
        DeclarationRows rows = DeclarationRows.of(table, election, seats, "constituency", field, "votes");
        String name = rows.source();
        int seatCol = rows.column("constituency");
        int candCol = rows.column(field);
        int votesCol = rows.column("votes");
        int countedCol = rows.column("counted");
        int roundCol = rows.column("round");
        Map<String, Builder> byName = new LinkedHashMap<>();
        for (CsvTable.Row row : table) {
            if (!rows.thisYear(row)) {
                continue;
            }
            String where = rows.where(row);
            Constituency seat = rows.constituency(
                    row.get(seatCol), where, !contest.hasOwnAreas() ? "a constituency" : "a count area");
            String cand = row.get(candCol);
            String id = names.resolve(cand)
                    .orElseThrow(() -> new BadInputException(where + "'" + field + "': " + names.explain(cand)
                            + (listByCandidate
                                    ? "; the file names candidates as well as parties, as constituency results do, but"
                                            + " a list vote is declared by party (constituency,party,votes)"
                                    : "")));
            boolean standing = id.equals(Option.OTHER)
                    || contest.candidates().stream().map(Candidate::id).anyMatch(id::equals);
            if (!standing) {
                throw new BadInputException(where + "'" + field + "': '" + cand + "' is not standing in "
                        + election.id() + " " + contest.id() + " (withdrawn or not on the ballot)");
            }
            long votes = DeclarationRows.votes(row.get(votesCol), where + "'votes'");
            double counted = countedCol < 0 ? 1 : counted(row.get(countedCol), where + "'counted'");
            String round = roundCol < 0 || row.get(roundCol).isBlank() ? "1" : row.get(roundCol);
            if (!round.equals("1") && !round.equals("2_transfers")) {
                throw new BadInputException(where + "'round': '" + round + "'; expected 1 or 2_transfers");
            }
            if (round.equals("2_transfers") && contest.system() != VotingSystem.SUPPLEMENTARY_VOTE) {
                throw new BadInputException(where + "'round': second preferences, but " + election.id() + " "
                        + contest.id() + " is counted by " + contest.system().code());
            }
            if (round.equals("2_transfers") && id.equals(Option.OTHER)) {
                throw new BadInputException(where + "'candidate': second preferences go to a finalist, not others");
            }
            Builder b = byName.computeIfAbsent(seat.name(), k -> new Builder(seat.name(), row.line()));
            b.add(round.equals("1") ? b.votes : b.transfers, id, votes, row.line(), where, cand);
            if (round.equals("1")) {
                if (b.counted >= 0 && b.counted != counted) {
                    throw new BadInputException(where + "'counted': " + seat.name() + " declared twice with other "
                            + "figures: counted " + percent(b.counted) + " on line " + b.countedLine + ", "
                            + percent(counted) + " here");
                }
                b.counted = counted;
                b.countedLine = row.line();
            }
        }
        rows.requireRows(!byName.isEmpty());
        List<Declaration> out = new ArrayList<>();
        for (Builder b : byName.values()) {
            if (b.votes.isEmpty()) {
                throw new BadInputException(name + ":" + b.line + ": field 'votes': " + b.name
                        + " has second preferences but no first preferences");
            }
            Declaration d = new Declaration(b.name, b.votes, b.counted, b.transfers, b.line);
            if (d.namesEveryone(contest)) {
                checkTransfers(b, name);
            }
            out.add(d);
        }
        return out;
    }

    /**
     * The finalists' second preferences come from the other candidates' ballots: where the first preferences give
     * every candidate (or an Others row), their sum cannot pass those ballots.
     */
    private static void checkTransfers(Builder b, String file) {
        long others = 0;
        for (Map.Entry<String, Long> e : b.votes.entrySet()) {
            others += b.transfers.containsKey(e.getKey()) ? 0 : e.getValue();
        }
        long transferred = 0;
        int line = 0;
        for (String id : b.transfers.keySet()) {
            transferred += b.transfers.get(id);
            line = Math.max(line, b.lines.get("2:" + id));
        }
        if (transferred > others) {
            throw new BadInputException(file + ":" + line + ": field 'votes': " + b.name + "'s second preferences for"
                    + " the finalists add up to " + transferred + ", more than the " + others + " first preferences"
                    + " of the other candidates there");
        }
    }

    private static String percent(double share) {
        return BigDecimal.valueOf(share * 100).stripTrailingZeros().toPlainString() + "%";
    }

    private static double counted(String cell, String where) {
        String s = cell.replace("%", "").trim();
        if (s.isEmpty()) {
            return 1;
        }
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new BadInputException(where + ": '" + cell + "' is not a percentage");
        }
        // Three digits with a leading zero, or past 100, are the thousands of an unquoted number in 'votes' split by
        // its separator (Mandu Reid's 1,017 read as 1 vote, 17% counted), not a share counted.
        boolean thousands = s.matches("\\d{3}") && (s.startsWith("0") || v > 100);
        if (thousands) {
            throw new BadInputException(
                    where + ": '" + cell + "' is no share counted: it reads as the last three digits"
                            + " of the votes before it, an unquoted number split by its thousands separator (1,017 read as 1"
                            + " vote, then 017): quote the votes (\"1,017\") or leave out the separator");
        }
        if (!(v > 0 && v <= 100)) {
            throw new BadInputException(where + ": " + cell + " is outside 0–100 (percent of ballots counted)");
        }
        return v / 100;
    }

    private static final class Builder {
        final String name;
        final int line;
        final Map<String, Long> votes = new LinkedHashMap<>();
        final Map<String, Long> transfers = new LinkedHashMap<>();
        final Map<String, Integer> lines = new HashMap<>();
        double counted = -1;
        int countedLine;

        Builder(String name, int line) {
            this.name = name;
            this.line = line;
        }

        void add(Map<String, Long> into, String id, long v, int at, String where, String printed) {
            String key = (into == votes ? "1:" : "2:") + id;
            Long before = into.get(id);
            if (before != null && before != v) {
                throw new BadInputException(where + "'votes': " + name + " declared twice with other figures: "
                        + printed + " has " + before + " on line " + lines.get(key) + ", " + v + " here");
            }
            into.put(id, v);
            lines.putIfAbsent(key, at);
        }
    }
}
