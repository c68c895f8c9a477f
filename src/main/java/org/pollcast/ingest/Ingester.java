package org.pollcast.ingest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pollcast.BadInputException;
import org.pollcast.Counted;
import org.pollcast.election.Election;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.AddOutcome;
import org.pollcast.store.PollStore;
import org.pollcast.store.SourceTransaction;

/**
 * Ingests one source at a time: detect the format, then read, validate and store the polls one by one, all
 * in one transaction. Without skip-invalid, any problem rejects the whole file and the
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

    /**
     * Ingests {@code doc}. Polls go to the store as they are read, inside one transaction that is committed only
     * when the whole file is good (or skip-invalid keeps the good part); a dry run checks the file against a
     * scratch store, so it finds what a real run would. Memory does not grow with the file (see {@link
     * IngestTally} for the one exception, the polls skip-invalid rejects).
     */
    public IngestReport ingest(SourceDocument doc, PollStore store, IngestSettings settings) {
        PollFormat format = settings.format() != null ? settings.format() : detect(doc);
        // FiveThirtyEight's files hold every race: the one asked for is turned into a long CSV first, no larger than
        // the file (which is in memory already), its rows on their own line numbers.
        boolean fiveThirtyEight = format == PollFormat.LONG_CSV && FiveThirtyEightCsv.looksLike(doc.head());
        List<SkippedTable> otherRaces = List.of();
        if (fiveThirtyEight) {
            FiveThirtyEightCsv.Converted converted = FiveThirtyEightCsv.toLong(doc, settings.election());
            doc = converted.doc();
            otherRaces = converted.skipped();
        }
        Integer contextYear =
                settings.election() == null ? null : settings.election().date().getYear();
        boolean dryRun = settings.dryRun() || store == null;
        IngestTally tally = new IngestTally(doc.name(), settings.skipInvalid());
        List<Problem> readerProblems = new ArrayList<>();
        List<SkippedTable> skipped = new ArrayList<>(otherRaces);
        PollNormaliser normaliser = new PollNormaliser(
                doc.name(),
                catalog,
                settings.election(),
                settings.contest(),
                aliases,
                LocalDate.now(clock),
                settings.acceptNewPollsters(),
                store == null ? List.of() : store.houses());
        // A dry run with a store reads into a transaction of that store that is rolled back, never committed (finish);
        // with none, into a scratch store.
        try (PollStore scratch = store == null ? PollStore.scratch() : null;
                RawPolls raws = open(
                        format,
                        doc,
                        contextYear,
                        normaliser,
                        aliases,
                        readerProblems,
                        skipped,
                        settings.published(),
                        fiveThirtyEight);
                SourceTransaction<RawPoll> tx =
                        (store == null ? scratch : store).begin(doc.name(), doc.sha256(), format.code())) {
            if (format.isPage() && !raws.hasNext() && !readerProblems.isEmpty()) {
                throw failure(doc.name(), readerProblems, readerProblems.size(), 0);
            }
            readerProblems.forEach(tally::problem);
            // A page's tables, and FiveThirtyEight's questions of one survey, are told apart once all are read.
            SurveyQuestions questions =
                    new SurveyQuestions(id -> election(id, settings), format.isPage() || fiveThirtyEight);
            SurveyPopulations populations = new SurveyPopulations(questions::nearerBallot);
            // A page's report of a survey a table gave before, dated by its publication, is the stored one.
            ReportedSurveys reported =
                    new ReportedSurveys(format.reportsFewPolls() ? (store == null ? scratch : store) : null);
            while (raws.hasNext()) {
                RawPoll raw = raws.next();
                List<Problem> own = new ArrayList<>(raw.problems());
                Optional<PollNormaliser.Normalised> n = normaliser.normalise(raw, own);
                if (n.isPresent()
                        && own.isEmpty()
                        && !settings.admits(n.get().poll().contest())) {
                    continue; // a contest this run leaves out (see IngestSettings.onlyContests)
                }
                if (n.isEmpty() && own.isEmpty()) {
                    tally.skipped.addAll(normaliser.takeLeftOut()); // left out with a note, no fault
                    continue;
                }
                if (n.isPresent() && own.isEmpty()) {
                    store(
                            questions.offer(populations.offer(new SurveyPopulations.Offered(n.get(), raw))),
                            tally,
                            tx,
                            reported);
                } else {
                    tally.reject(raw, own);
                }
            }
            // After the reading: a reader that reads as it goes notes as it goes (FiveThirtyEightCsv).
            tally.skipped.addAll(skipped);
            store(questions.offer(populations.settle()), tally, tx, reported);
            store(questions.settle(), tally, tx, reported);
            tally.skipped.addAll(populations.takeNotes());
            tally.skipped.addAll(questions.takeNotes());
            // In the source's order, whichever check left a part out: a head-to-head table's row left out by its
            // table's question (row 3) was listed after the row its own figures left out (row 4).
            tally.skipped.sort(SkippedTable.IN_PAGE_ORDER);
            tally.existing(tx.flush());
            // Only the firms of polls stored: the Israeli table's "Pre-election seats" row, refused, named "38" a
            // pollster "stored as written" (a blind trial)
            normaliser.newPollsters().stream()
                    .filter(f -> tally.validPollsters.contains(f.toLowerCase(Locale.ROOT)))
                    .forEach(tally.newPollsters::add);
            tally.joinedSpellings.addAll(normaliser.joinedSpellings());
            // Likewise a near house: the Slovak table's exit-poll row "RTVS + Median" was noted as a firm stored apart
            normaliser.nearHouses().entrySet().stream()
                    .filter(n -> tally.validPollsters.contains(n.getKey().toLowerCase(Locale.ROOT)))
                    .forEach(n -> tally.nearHouses.add(n.getKey() + " (" + n.getValue() + ")"));
            return finish(doc, format, tally, tx, settings.skipInvalid(), dryRun);
        }
    }

    /**
     * The format by content: a page with no table whose figures are printed as a list of lines is a firm's release
     * page (read as HTML it was refused as "no poll table found", as text it was taken for a CSV).
     */
    private static PollFormat detect(SourceDocument doc) {
        PollFormat format = PollFormat.detect(doc.head());
        // The page's text, read once for every reader that looks at it (none looks at a PDF's).
        String prefix = doc.isPdf() ? "" : doc.prefix(ReleasePageReader.MAX_CHARS);
        if ((format == PollFormat.MARKDOWN || format == PollFormat.WIDE_CSV)
                && !doc.isPdf()
                && OpinionPollPageReader.looksLike(prefix)) {
            return PollFormat.POLL_PAGE; // one poll's parties in the rows of a table, not a table of polls
        }
        // A page about one poll whose summary line parts its figures by bars reads as Markdown, and one whose figures
        // have decimal commas ("PODEMOS-IU 7,0% (10), MÁS MADRID 12,8% ...") as a CSV: refused as a table with no
        // pollster column, or one with no 'pollster' column.
        if ((format == PollFormat.MARKDOWN || format == PollFormat.WIDE_CSV || format == PollFormat.RELEASE_PAGE)
                && !doc.isPdf()
                && PollSummaryReader.looksLike(prefix)) {
            return PollFormat.POLL_SUMMARY;
        }
        // A polling site's table saved as text; its page's "== Updated December 5 ... ==" line made it wikitext, with
        // no wiki table to read (270toWin's Georgia run-off page, a blind trial).
        if ((format == PollFormat.WIDE_CSV || format == PollFormat.WIKITEXT)
                && !doc.isPdf()
                && !PollFormat.hasWikiTable(doc.head())
                && ReleasePageReader.isText(doc.head())
                && SpacedTable.looksLike(prefix)
                // A release page's list under "Poll conducted by ..." is no table (review): the page's own readers
                // first
                && !ReleasePageReader.looksLike(prefix)
                && !PollPostReader.looksLike(prefix)
                && !PollCardReader.looksLike(prefix)) {
            return PollFormat.TEXT_TABLE;
        }
        if ((format != PollFormat.HTML && format != PollFormat.WIDE_CSV) || doc.isPdf()) {
            return format;
        }
        // A CSV's header has its columns: only a text whose first line is words is looked at as a page (a CSV's quoted
        // cells may hold lines such as "Eric Adams 26%").
        if (format == PollFormat.WIDE_CSV && !ReleasePageReader.isText(doc.head())) {
            return format;
        }
        if (format == PollFormat.WIDE_CSV && PollPostReader.looksLike(prefix)) {
            return PollFormat.POLL_POSTS; // an aggregator's posts: read as a release page, a party's line refused them
        }
        if (format == PollFormat.WIDE_CSV && PollCardReader.looksLike(prefix)) {
            return PollFormat.POLL_CARD; // an aggregator's page of one poll: its figures on lines, no prose around them
        }
        if (ReleasePageReader.looksLike(prefix)) {
            return PollFormat.RELEASE_PAGE;
        }
        // Text whose first line is words is no CSV: a page's words, refused as a release page without a list of
        // figures says ("missing required column 'pollster'" sent the reader looking for a header it never had).
        return format == PollFormat.WIDE_CSV ? PollFormat.RELEASE_PAGE : format;
    }

    /** The election of this id: the one the run names (perhaps by path), else the catalog's; empty if unknown. */
    private Optional<Election> election(String id, IngestSettings settings) {
        if (settings.election() != null && settings.election().id().equals(id)) {
            return Optional.of(settings.election());
        }
        try {
            return Optional.of(catalog.resolveId(id));
        } catch (BadInputException e) {
            return Optional.empty(); // nothing to choose a survey's question by
        }
    }

    /** Hands valid polls to the store, in their source's order. */
    private static void store(
            List<SurveyPopulations.Offered> polls,
            IngestTally tally,
            SourceTransaction<RawPoll> tx,
            ReportedSurveys reported) {
        for (SurveyPopulations.Offered o : polls) {
            tally.valid(o.poll());
            Optional<StoredPoll> survey = reported.storedAs(o.poll());
            if (survey.isPresent()) {
                tally.reportOf(o.poll(), o.raw(), survey.get());
                continue;
            }
            tally.existing(tx.add(o.poll(), o.normalised().location().toString(), o.raw()));
        }
    }

    private static RawPolls open(
            PollFormat format,
            SourceDocument doc,
            Integer contextYear,
            PollNormaliser normaliser,
            AliasTable aliases,
            List<Problem> problems,
            List<SkippedTable> skipped,
            LocalDate published,
            boolean fiveThirtyEight) {
        if (published != null && format != PollFormat.RELEASE_PAGE) {
            throw new BadInputException(doc.name() + ": --published dates a release page that prints no date of its"
                    + " own; this file was read as " + format.code() + ", whose polls carry their own dates");
        }
        return switch (format) {
            case LONG_CSV -> {
                RawPolls rows = CsvPollReader.readLong(doc, contextYear, normaliser::mayNameOption);
                yield fiveThirtyEight ? FiveThirtyEightCsv.minorsInOther(rows, normaliser, skipped) : rows;
            }
            case WIDE_CSV -> CsvPollReader.readWide(doc, contextYear, normaliser::mayNameOption);
            case POLLSTER_TABLES -> RawPolls.of(SurveyPolls.place(PollsterTablesReader.read(doc), normaliser, skipped));
            // A small list the parliament does not define is the others', as a page table's column of one is: France's
            // 2024 European polls name up to 18 of its 38 lists (PA 2.5, UPR 1, NPA 0.5 ...) on politpro's cards, and
            // the Swedish trial's one-poll pages a small party now and then; each refused the whole page as an unknown
            // party, where the same figures in a table went into Others.
            case POLL_CARD -> onePoll(PollCardReader.read(doc), normaliser, skipped);
            case POLL_PAGE -> onePoll(OpinionPollPageReader.read(doc), normaliser, skipped);
            case POLL_POSTS -> RawPolls.of(SurveyPolls.place(PollPostReader.read(doc), normaliser, skipped));
            case POLL_SUMMARY -> RawPolls.of(SurveyPolls.place(PollSummaryReader.read(doc), normaliser, skipped));
            // A news page's list names the parties its firm follows, as a table's columns do (1 News's "New
            // Conservative - 1%", "Advance New Zealand – 1%" in 2020): a small one the definition lacks is the
            // others', where it refused the page as an unknown party.
            case RELEASE_PAGE ->
                RawPolls.of(SurveyPolls.place(
                        ReleasePageReader.read(doc, aliases::pollstersNamedIn, published), normaliser, skipped, true));
            case HTML, WIKITEXT, MARKDOWN, TEXT_TABLE -> {
                String html = switch (format) {
                    case WIKITEXT -> WikitextPage.html(doc);
                    case MARKDOWN -> MarkdownPage.html(doc);
                    case TEXT_TABLE -> SpacedTable.html(doc, normaliser::mayNameOption);
                    default -> doc.text(HtmlPollTableReader.MAX_PAGE_CHARS);
                };
                HtmlPollTableReader.Page page =
                        HtmlPollTableReader.read(doc.name(), html, contextYear, normaliser::mayNameOption);
                problems.addAll(page.problems());
                skipped.addAll(page.skipped());
                List<RawPoll> runoffs = HypotheticalRunoffs.keepRunoffs(page.polls(), normaliser::placement, skipped);
                if (runoffs.isEmpty() && !page.polls().isEmpty() && problems.isEmpty()) {
                    // Every table was a hypothetical pair's, none a run-off of the election: as when none is read.
                    skipped.sort(SkippedTable.IN_PAGE_ORDER);
                    problems.add(new Problem(
                            doc.name(),
                            Location.wholeSource(),
                            null,
                            HtmlPollTableReader.noTableOfTheElection(skipped)));
                }
                // A small party the parliament does not list, in a table that prints no Others: the others'. Counted
                // there before the tables of another ballot are told: Italy 2022's Italexit column made the party
                // table look like a stranger's, beside the coalition table (Centre-right, Centre-left), and with
                // every table a stranger's the page was refused rather than the coalition table left out.
                List<SkippedTable> smallParties = new ArrayList<>();
                List<RawPoll> placed = new ArrayList<>();
                for (RawPoll p : runoffs) {
                    placed.add(normaliser
                            .placement(p)
                            .map(at -> SurveyPolls.unlistedInOther(p, at, true, smallParties))
                            .orElse(p));
                }
                List<RawPoll> own = new ArrayList<>(OtherBallotTables.keepOwn(placed, normaliser::strangers, skipped));
                Set<Integer> kept = new HashSet<>();
                own.forEach(p -> kept.add(p.location().table()));
                smallParties.stream().filter(n -> kept.contains(n.table())).forEach(skipped::add);
                own = HeadToHeadTables.leaveOutPairsOfHeadToHeadTables(own, normaliser::headToHead, skipped);
                skipped.sort(SkippedTable.IN_PAGE_ORDER);
                yield RawPolls.of(own);
            }
        };
    }

    /** Commits the file's polls, or says why nothing from it was stored. */
    private static IngestReport finish(
            SourceDocument doc,
            PollFormat format,
            IngestTally tally,
            SourceTransaction<RawPoll> tx,
            boolean skipInvalid,
            boolean dryRun) {
        if (tally.problemCount > 0 && !skipInvalid) {
            throw failure(doc.name(), tally.problems, tally.problemCount, tally.valid);
        }
        if (tally.valid == 0 && tally.problemCount == 0) {
            // A page's poll table may hold the previous result and no poll yet (an Assembly article before its
            // first poll): say so, rather than leave the reader wondering whether the table was read at all.
            throw new BadInputException(doc.name() + ": no polls found"
                    + (format.isPage() && tally.skipped.isEmpty()
                            ? ": its poll tables have no row of a poll's figures (an election's result row, notes,"
                                    + " dividers and rows of blanks are not polls)"
                            : "")
                    // A page's rows left out (head-to-heads judged by their figures) are named with why, as a CSV's
                    // are: "no row of a poll's figures" sent the reader looking for a fault in a table that had them.
                    + (!tally.skipped.isEmpty()
                            ? (format == PollFormat.POLLSTER_TABLES || format == PollFormat.RELEASE_PAGE
                                            ? ": every question was left out: "
                                            : ": every poll was left out: ")
                                    + String.join(
                                            "; ",
                                            tally.skipped.stream()
                                                    .map(SkippedTable::toString)
                                                    .toList())
                            : ""));
        }
        if (tally.conflictCount > 0 && !skipInvalid) {
            List<String> lines = new ArrayList<>();
            for (AddOutcome.Conflict c : tally.conflicts) {
                lines.add(doc.name() + ":" + c.location() + ": conflicts with the stored poll "
                        + c.incoming().key()
                        + " from " + c.stored().provenance().source() + ":"
                        + c.stored().provenance().location()
                        + ": stored " + c.stored().poll().shares() + ", this file "
                        + c.incoming().shares()
                        + ConflictHint.of(c.stored().poll(), c.incoming()));
            }
            if (tally.conflictCount > tally.conflicts.size()) {
                lines.add("... and "
                        + Counted.of(tally.conflictCount - tally.conflicts.size(), "more conflict", "more conflicts"));
            }
            throw new BadInputException(
                    doc.name() + ": " + Counted.of(tally.conflictCount, "poll", "polls") + " "
                            + Counted.word(tally.conflictCount, "conflicts", "conflict") + " with stored "
                            + "polls (same pollster, client, date, contest and scope, and for a run-off the same pair; other"
                            + " figures); nothing from this file was "
                            + "stored. Correct the file, or use --skip-invalid to store the rest",
                    lines);
        }
        // A dry run is not committed: its transaction rolls back as it closes, the store as it was.
        if (!dryRun) {
            tx.commit();
        }
        return new IngestReport(
                doc.name(),
                format,
                tally.valid,
                dryRun ? 0 : tx.added(),
                tally.duplicates,
                tally.problems,
                tally.conflicts,
                tally.rejectedPolls,
                dryRun,
                tally.readAs,
                tally.skipped,
                tally.newPollsters,
                tally.joinedSpellings,
                tally.nearHouses,
                tally.seatPolls,
                tally.seatHousesBesideShares);
    }

    /**
     * The error for a file with {@code total} problems, of which {@code problems} are the first, and {@code valid} valid
     * polls. One bad row of a published page (a row printed one cell short, its lead read as a share) refused the
     * page's other polls too, and only a file with several problems said how to keep them: a user cannot correct a
     * page someone else printed, so a file with valid polls says so whatever its number of problems.
     */
    private static BadInputException failure(String source, List<Problem> problems, int total, int valid) {
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
                lines.add("... and " + Counted.of(byMessage.size() - MAX_LISTED, "more problem", "more problems"));
                break;
            }
            lines.add(same.get(0)
                    + (same.size() > 1 ? " (and " + Counted.of(same.size() - 1, "more row", "more rows") + ")" : ""));
        }
        if (total > problems.size() && lines.size() <= MAX_LISTED) {
            lines.add("... and " + Counted.of(total - problems.size(), "more problem", "more problems"));
        }
        String first = lines.get(0);
        String summary = total == 1
                ? first + " (nothing from this file was stored"
                        + (valid > 0
                                ? "; --skip-invalid stores its " + Counted.of(valid, "valid poll", "valid polls")
                                        + " and writes the rest to a rejects file)"
                                : ")")
                : source + ": " + total + " problems; nothing from this file was stored (--skip-invalid "
                        + "stores the valid polls and writes the rest to a rejects file)";
        return new BadInputException(summary, total == 1 ? List.of() : lines);
    }

    /** A page of one poll, its small parties the definition leaves out counted in its others. */
    private static RawPolls onePoll(RawPoll poll, PollNormaliser normaliser, List<SkippedTable> skipped) {
        return RawPolls.of(List.of(normaliser
                .placement(poll)
                .map(at -> SurveyPolls.unlistedInOther(poll, at, true, skipped))
                .orElse(poll)));
    }
}
