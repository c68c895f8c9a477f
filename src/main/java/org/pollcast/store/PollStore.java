package org.pollcast.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pollcast.BadInputException;
import org.pollcast.election.Scope;
import org.pollcast.poll.DatePrecision;
import org.pollcast.poll.ForecastRun;
import org.pollcast.poll.Poll;
import org.pollcast.poll.PollKey;
import org.pollcast.poll.Provenance;
import org.pollcast.poll.StoredPoll;
import org.sqlite.SQLiteConfig;

/**
 * The embedded poll store. Open it with {@link #open(Path)}; it creates the file and migrates the schema.
 */
public final class PollStore implements AutoCloseable {
    /** Migrations in order; the schema version is the number of migrations applied. */
    private static final List<String> MIGRATIONS = List.of("V1__polls.sql", "V2__forecast_history.sql");
    /** The schema version this pollcast writes: the number of migrations. */
    public static final int SCHEMA_VERSION = MIGRATIONS.size();
    private static final int BUSY_TIMEOUT_MS = 60_000;

    private final Path file;
    private final Connection db;

    private PollStore(Path file, Connection db) {
        this.file = file;
        this.db = db;
    }

    /** Opens (creating if needed) the store at {@code file} and brings its schema up to date. */
    public static PollStore open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new BadInputException(file + ": cannot create the poll store: folder " + parent + " does not exist");
            }
            if (Files.exists(file) && !isSqlite(file)) {
                throw new BadInputException(file + ": not a pollcast store (not an SQLite database)");
            }
            SQLiteConfig config = new SQLiteConfig();
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
            config.enforceForeignKeys(true);
            // Writers take the write lock when the transaction begins, so two ingests queue on the busy
            // timeout instead of failing on a lock upgrade half-way through a file.
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            Connection db = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try {
                useWriteAheadLog(db);
                PollStore store = new PollStore(file, db);
                store.migrate();
                return store;
            } catch (SQLException | RuntimeException e) {
                db.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot open the poll store: " + e.getMessage(), e);
        }
    }

    /**
     * Switches to WAL, so readers never block the writer and a second writer waits on the busy timeout.
     * SQLite answers "busy" at once, without calling the busy handler, when two connections switch a new
     * file's journal mode together, so the switch is retried here for as long as the busy timeout allows.
     */
    @SuppressWarnings("try") // rs is opened only to be closed: the PRAGMA's answer is not needed
    private static void useWriteAheadLog(Connection db) throws SQLException {
        long deadline = System.nanoTime() + BUSY_TIMEOUT_MS * 1_000_000L;
        for (int attempt = 0;; attempt++) {
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("PRAGMA journal_mode=WAL")) {
                return;
            } catch (SQLException e) {
                boolean busy = e.getErrorCode() == org.sqlite.SQLiteErrorCode.SQLITE_BUSY.code
                        || e.getErrorCode() == org.sqlite.SQLiteErrorCode.SQLITE_LOCKED.code;
                if (!busy || System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(Math.min(200, 5L << Math.min(attempt, 6)));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static boolean isSqlite(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(16);
            return head.length == 0 || new String(head, StandardCharsets.US_ASCII).startsWith("SQLite format 3");
        } catch (IOException e) {
            return false;
        }
    }

    public Path file() {
        return file;
    }

    /** The schema version of the open file. */
    public int schemaVersion() {
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot read the schema version", e);
        }
    }

    private void migrate() throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL)");
        }
        db.setAutoCommit(false);
        try {
            int version = schemaVersion();
            if (version > MIGRATIONS.size()) {
                throw new BadInputException(file + ": the store has schema version " + version
                        + ", newer than this pollcast knows (" + MIGRATIONS.size() + "); upgrade pollcast");
            }
            for (int v = version; v < MIGRATIONS.size(); v++) {
                try (Statement st = db.createStatement()) {
                    for (String sql : statements(MIGRATIONS.get(v))) {
                        st.execute(sql);
                    }
                }
                try (PreparedStatement ps = db.prepareStatement("INSERT INTO schema_version VALUES (?, ?)")) {
                    ps.setInt(1, v + 1);
                    ps.setString(2, Instant.now().toString());
                    ps.executeUpdate();
                }
            }
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    private static List<String> statements(String resource) {
        try (InputStream in = PollStore.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + resource);
            }
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)--.*$", "");
            List<String> out = new ArrayList<>();
            for (String s : sql.split(";")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + resource, e);
        }
    }

    /**
     * Adds one file's polls in one transaction. A poll whose key is already stored with the same figures is a
     * duplicate and adds nothing; with other figures it is a conflict. Conflicts abort the whole file unless
     * {@code skipConflicts}, in which case only the conflicting polls are left out.
     *
     * @param polls poll and its location in the source ("line 17", "table 2 row 5")
     */
    public AddOutcome add(String sourceUri, String sha256, String format, List<Map.Entry<Poll, String>> polls,
            boolean skipConflicts) {
        String now = Instant.now().toString();
        try {
            db.setAutoCommit(false);
            try {
                List<AddOutcome.Conflict> conflicts = new ArrayList<>();
                List<Map.Entry<Poll, String>> fresh = new ArrayList<>();
                int duplicates = 0;
                // One read of what is stored for these elections, inside the write transaction, instead of a
                // query per poll.
                Map<PollKey, StoredPoll> stored = new java.util.HashMap<>();
                for (String election : polls.stream().map(e -> e.getKey().election()).distinct().toList()) {
                    for (StoredPoll sp : select("WHERE p.election = ?", election)) {
                        stored.put(sp.poll().key(), sp);
                    }
                }
                for (Map.Entry<Poll, String> e : polls) {
                    Optional<StoredPoll> existing = Optional.ofNullable(stored.get(e.getKey().key()));
                    if (existing.isEmpty()) {
                        fresh.add(e);
                    } else if (existing.get().poll().sameFigures(e.getKey())) {
                        duplicates++;
                    } else {
                        conflicts.add(new AddOutcome.Conflict(e.getKey(), e.getValue(), existing.get()));
                    }
                }
                if (!conflicts.isEmpty() && !skipConflicts) {
                    db.rollback();
                    return new AddOutcome(0, duplicates, conflicts, false);
                }
                if (!fresh.isEmpty()) {
                    long sourceId = insertSource(sourceUri, sha256, format, now);
                    try (PreparedStatement pollInsert = db.prepareStatement(POLL_INSERT, Statement.RETURN_GENERATED_KEYS);
                            PreparedStatement shareInsert = db.prepareStatement(SHARE_INSERT)) {
                        for (Map.Entry<Poll, String> e : fresh) {
                            insert(pollInsert, shareInsert, e.getKey(), sourceId, e.getValue(), now);
                        }
                        shareInsert.executeBatch();
                    }
                }
                db.commit();
                return new AddOutcome(fresh.size(), duplicates, conflicts, true);
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot store polls from " + sourceUri + ": " + e.getMessage(), e);
        }
    }

    private long insertSource(String uri, String sha256, String format, String now) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(
                "INSERT INTO source (uri, sha256, format, ingested_at) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, uri);
            ps.setString(2, sha256);
            ps.setString(3, format);
            ps.setString(4, now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static final String POLL_INSERT = "INSERT INTO poll (election, contest, scope, pollster, client, "
            + "poll_date, fieldwork_start, fieldwork_end, published, date_precision, sample_size, population, mode, "
            + "dont_know, partial, notes, citation, external_id, source_id, source_location, ingested_at) "
            + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String SHARE_INSERT = "INSERT INTO share (poll_id, position, option, share) VALUES (?,?,?,?)";

    private static void insert(PreparedStatement ps, PreparedStatement shares, Poll p, long sourceId, String location,
            String now) throws SQLException {
        long pollId;
        {
            int i = 1;
            ps.setString(i++, p.election());
            ps.setString(i++, p.contest());
            ps.setString(i++, p.scope().code());
            ps.setString(i++, p.pollster());
            ps.setString(i++, p.client());
            ps.setString(i++, p.date().toString());
            setDate(ps, i++, p.fieldworkStart());
            setDate(ps, i++, p.fieldworkEnd());
            setDate(ps, i++, p.published());
            ps.setString(i++, p.datePrecision().code());
            if (p.sampleSize() == null) {
                ps.setNull(i++, Types.INTEGER);
            } else {
                ps.setInt(i++, p.sampleSize());
            }
            ps.setString(i++, p.population());
            ps.setString(i++, p.mode());
            if (p.dontKnow() == null) {
                ps.setNull(i++, Types.REAL);
            } else {
                ps.setDouble(i++, p.dontKnow());
            }
            ps.setInt(i++, p.partial() ? 1 : 0);
            ps.setString(i++, p.notes());
            ps.setString(i++, p.citation());
            ps.setString(i++, p.externalId());
            ps.setLong(i++, sourceId);
            ps.setString(i++, location);
            ps.setString(i, now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                pollId = keys.getLong(1);
            }
        }
        int position = 0;
        for (Map.Entry<String, Double> s : p.shares().entrySet()) {
            shares.setLong(1, pollId);
            shares.setInt(2, position++);
            shares.setString(3, s.getKey());
            shares.setDouble(4, s.getValue());
            shares.addBatch();
        }
    }

    private static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, d.toString());
        }
    }

    /** The polls matching {@code q}, in date order (then pollster, contest, scope). */
    public List<StoredPoll> polls(PollQuery q) {
        StringBuilder where = new StringBuilder("WHERE p.election = ?");
        List<String> args = new ArrayList<>(List.of(q.election()));
        if (q.pollster() != null) {
            where.append(" AND p.pollster = ?");
            args.add(q.pollster());
        }
        if (q.since() != null) {
            where.append(" AND p.poll_date >= ?");
            args.add(q.since().toString());
        }
        if (q.until() != null) {
            where.append(" AND p.poll_date <= ?");
            args.add(q.until().toString());
        }
        try {
            return select(where.toString(), args.toArray(String[]::new));
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot read polls: " + e.getMessage(), e);
        }
    }

    /** Every stated sample size in the store (all elections), by pollster. */
    public Map<String, List<Integer>> statedSampleSizes() {
        Map<String, List<Integer>> by = new LinkedHashMap<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT pollster, sample_size FROM poll WHERE sample_size IS NOT NULL ORDER BY pollster, sample_size")) {
            while (rs.next()) {
                by.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getInt(2));
            }
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot read sample sizes: " + e.getMessage(), e);
        }
        return by;
    }

    /** Records a forecast run and its win probabilities; returns its id. */
    public long addRun(ForecastRun run) {
        try {
            db.setAutoCommit(false);
            try {
                long id;
                try (PreparedStatement ps = db.prepareStatement("INSERT INTO forecast_run (election, run_at, checked_at, as_of, "
                        + "poll_ids, seed, sims) VALUES (?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                    ps.setString(1, run.election());
                    ps.setString(2, run.runAt().toString());
                    ps.setString(3, run.checkedAt().toString());
                    ps.setString(4, run.asOf().toString());
                    ps.setString(5, String.join(",", run.pollIds().stream().map(String::valueOf).toList()));
                    ps.setLong(6, run.seed());
                    ps.setLong(7, run.sims());
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                try (PreparedStatement ps = db.prepareStatement("INSERT INTO forecast_win (run_id, option, p_win) VALUES (?,?,?)")) {
                    for (Map.Entry<String, Double> e : run.pWin().entrySet()) {
                        ps.setLong(1, id);
                        ps.setString(2, e.getKey());
                        ps.setDouble(3, e.getValue());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                db.commit();
                return id;
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot record the forecast run: " + e.getMessage(), e);
        }
    }

    /** Marks run {@code id} as confirmed at {@code at} (a run that found nothing new). */
    public void touchRun(long id, java.time.Instant at) {
        try (PreparedStatement ps = db.prepareStatement("UPDATE forecast_run SET checked_at = ? WHERE id = ?")) {
            ps.setString(1, at.toString());
            ps.setLong(2, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot update the forecast run: " + e.getMessage(), e);
        }
    }

    /** The recorded runs of {@code election}, oldest first. */
    public List<ForecastRun> runs(String election) {
        Map<Long, Map<String, Double>> wins = new LinkedHashMap<>();
        List<ForecastRun> out = new ArrayList<>();
        try (PreparedStatement w = db.prepareStatement("SELECT w.run_id, w.option, w.p_win FROM forecast_win w "
                + "JOIN forecast_run r ON r.id = w.run_id WHERE r.election = ? ORDER BY w.rowid");
                PreparedStatement ps = db.prepareStatement("SELECT * FROM forecast_run WHERE election = ? ORDER BY run_at, id")) {
            w.setString(1, election);
            try (ResultSet rs = w.executeQuery()) {
                while (rs.next()) {
                    wins.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getDouble(3));
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
                    out.add(new ForecastRun(id, election, java.time.Instant.parse(rs.getString("run_at")),
                            java.time.Instant.parse(rs.getString("checked_at")), LocalDate.parse(rs.getString("as_of")), ids,
                            rs.getLong("seed"), rs.getLong("sims"), wins.getOrDefault(id, Map.of())));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot read forecast runs: " + e.getMessage(), e);
        }
    }

    /** How many polls the store holds for {@code election}. */
    public int count(String election) {
        try (PreparedStatement ps = db.prepareStatement("SELECT COUNT(*) FROM poll WHERE election = ?")) {
            ps.setString(1, election);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot count polls: " + e.getMessage(), e);
        }
    }

    private List<StoredPoll> select(String where, String... args) throws SQLException {
        String sql = "SELECT p.*, s.uri, s.sha256 FROM poll p JOIN source s ON s.id = p.source_id " + where
                + " ORDER BY p.poll_date, p.pollster, p.client, p.contest, p.scope";
        Map<Long, StoredPoll> polls = new LinkedHashMap<>();
        Map<Long, Map<String, Double>> shares = new LinkedHashMap<>();
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    shares.put(id, new LinkedHashMap<>());
                    polls.put(id, new StoredPoll(id, pollOf(rs, Map.of()), new Provenance(rs.getString("uri"),
                            rs.getString("sha256"), rs.getString("source_location"), Instant.parse(rs.getString("ingested_at")))));
                }
            }
        }
        if (polls.isEmpty()) {
            return List.of();
        }
        String ids = String.join(",", polls.keySet().stream().map(String::valueOf).toList());
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT poll_id, option, share FROM share WHERE poll_id IN (" + ids
                        + ") ORDER BY poll_id, position")) {
            while (rs.next()) {
                shares.get(rs.getLong(1)).put(rs.getString(2), rs.getDouble(3));
            }
        }
        List<StoredPoll> out = new ArrayList<>(polls.size());
        polls.forEach((id, sp) -> out.add(new StoredPoll(id, withShares(sp.poll(), shares.get(id)), sp.provenance())));
        return out;
    }

    private static Poll pollOf(ResultSet rs, Map<String, Double> shares) throws SQLException {
        int sample = rs.getInt("sample_size");
        Integer sampleSize = rs.wasNull() ? null : sample;
        double dk = rs.getDouble("dont_know");
        Double dontKnow = rs.wasNull() ? null : dk;
        return new Poll(rs.getString("election"), rs.getString("contest"), Scope.fromCode(rs.getString("scope")).orElseThrow(),
                rs.getString("pollster"), rs.getString("client"), date(rs.getString("fieldwork_start")),
                date(rs.getString("fieldwork_end")), date(rs.getString("published")),
                DatePrecision.fromCode(rs.getString("date_precision")).orElseThrow(), sampleSize, rs.getString("population"),
                rs.getString("mode"), shares, dontKnow, rs.getInt("partial") == 1, rs.getString("notes"),
                rs.getString("citation"), rs.getString("external_id"));
    }

    private static Poll withShares(Poll p, Map<String, Double> shares) {
        return new Poll(p.election(), p.contest(), p.scope(), p.pollster(), p.client(), p.fieldworkStart(), p.fieldworkEnd(),
                p.published(), p.datePrecision(), p.sampleSize(), p.population(), p.mode(), shares, p.dontKnow(), p.partial(),
                p.notes(), p.citation(), p.externalId());
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot close the poll store", e);
        }
    }
}
