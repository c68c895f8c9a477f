package org.pollcast.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pollcast.poll.ForecastRun;

/**
 * The forecast history: one row per recorded forecast run (when, as of which date, from which stored polls,
 * with which seed) and each option's win probability in it.
 */
final class RunHistory {
    private final Path file;
    private final Connection db;

    RunHistory(Path file, Connection db) {
        this.file = file;
        this.db = db;
    }

    /** Records {@code run} and its win probabilities; returns its id. */
    long add(ForecastRun run) {
        try {
            return WriteTransaction.run(db, () -> {
                long id;
                try (PreparedStatement ps = db.prepareStatement(
                        "INSERT INTO forecast_run (election, run_at, checked_at, as_of, "
                                + "poll_ids, seed, sims, model_version, inputs) VALUES (?,?,?,?,?,?,?,?,?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    ps.setString(1, run.election());
                    ps.setString(2, run.runAt().toString());
                    ps.setString(3, run.checkedAt().toString());
                    ps.setString(4, run.asOf().toString());
                    ps.setString(
                            5,
                            String.join(
                                    ",",
                                    run.pollIds().stream().map(String::valueOf).toList()));
                    ps.setLong(6, run.seed());
                    ps.setLong(7, run.sims());
                    ps.setString(8, run.modelVersion());
                    ps.setString(9, run.inputs());
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                try (PreparedStatement ps =
                        db.prepareStatement("INSERT INTO forecast_win (run_id, option, p_win) VALUES (?,?,?)")) {
                    for (Map.Entry<String, Double> e : run.pWin().entrySet()) {
                        ps.setLong(1, id);
                        ps.setString(2, e.getKey());
                        ps.setDouble(3, e.getValue());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                return id;
            });
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot record the forecast run: " + e.getMessage(), e);
        }
    }

    /** Marks run {@code id} as confirmed at {@code at} (a run that found nothing new). */
    void touch(long id, Instant at) {
        try (PreparedStatement ps = db.prepareStatement("UPDATE forecast_run SET checked_at = ? WHERE id = ?")) {
            ps.setString(1, at.toString());
            ps.setLong(2, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot update the forecast run: " + e.getMessage(), e);
        }
    }

    /** The recorded runs of {@code election}, oldest first. */
    List<ForecastRun> runs(String election) {
        Map<Long, Map<String, Double>> wins = new LinkedHashMap<>();
        List<ForecastRun> out = new ArrayList<>();
        try (PreparedStatement w = db.prepareStatement("SELECT w.run_id, w.option, w.p_win FROM forecast_win w "
                        + "JOIN forecast_run r ON r.id = w.run_id WHERE r.election = ? ORDER BY w.rowid");
                PreparedStatement ps =
                        db.prepareStatement("SELECT * FROM forecast_run WHERE election = ? ORDER BY run_at, id")) {
            w.setString(1, election);
            try (ResultSet rs = w.executeQuery()) {
                while (rs.next()) {
                    wins.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getDouble(3));
                }
            }
            ps.setString(1, election);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<Long> ids = new ArrayList<>();
                    for (String id : rs.getString("poll_ids").split(",")) {
                        if (!id.isBlank()) {
                            ids.add(Long.parseLong(id));
                        }
                    }
                    long id = rs.getLong("id");
                    out.add(new ForecastRun(
                            id,
                            election,
                            Instant.parse(rs.getString("run_at")),
                            Instant.parse(rs.getString("checked_at")),
                            LocalDate.parse(rs.getString("as_of")),
                            ids,
                            rs.getLong("seed"),
                            rs.getLong("sims"),
                            wins.getOrDefault(id, Map.of()),
                            rs.getString("model_version"),
                            rs.getString("inputs")));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot read forecast runs: " + e.getMessage(), e);
        }
    }
}
