package org.pollcast.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pollcast.simulate.LiveForecast;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Election night's report folder: {@code index.html} ({@link NightPage}, or {@link ListNightPage} for an election
 * led by its list vote, whose data files head the options {@code party}), the moves charts in {@code charts/},
 * {@code projection.csv}
 * (the {@code live --format csv} table), {@code projection.json} (the {@code live --format json} record),
 * {@code data/moves.csv} (every candidate after each declaration) and {@code data/constituencies.csv}; with the
 * Assembly projected, its seats chart and {@code data/assembly.csv}, {@code data/assembly-constituencies.csv} and
 * {@code data/assembly-blocs.csv} ({@link NightAssemblyData}).
 */
public final class NightFiles {
    private NightFiles() {}

    /** Writes the page's files into {@code work}; returns the charts drawn. */
    public static List<ChartSpec> write(NightInput in, Palette bundled, Path work) throws IOException {
        // Each party of the election its colour, the same on every chart and the page (Palette.forElection).
        Palette palette = bundled.forElection(in.election());
        List<ChartSpec> moves = NightCharts.all(in, palette);
        ChartSpec seats = in.projection().assembly() == null ? null : NightAssemblySection.chart(in, palette);
        List<ChartSpec> charts = new ArrayList<>(moves);
        if (seats != null) {
            charts.add(seats);
        }
        for (ChartSpec c : charts) {
            ChartRenderer.writePng(c, work.resolve("charts"));
        }
        // An election without a Mayor is about seats, and its page leads with them.
        String page = in.listLed()
                ? ListNightPage.render(in, moves, seats, palette)
                : NightPage.render(in, moves, seats, palette);
        Files.writeString(work.resolve("index.html"), page, StandardCharsets.UTF_8);
        Files.writeString(work.resolve("projection.csv"), Tables.csv(projection(in)), StandardCharsets.UTF_8);
        // live --format json's record: the Assembly in the forecast JSON's shape when projected, left out when not.
        Files.writeString(work.resolve("projection.json"), LiveJson.write(in.projection()), StandardCharsets.UTF_8);
        Files.createDirectories(work.resolve("data"));
        Files.writeString(work.resolve("data/moves.csv"), Tables.csv(moves(in)), StandardCharsets.UTF_8);
        Files.writeString(
                work.resolve("data/constituencies.csv"), Tables.csv(constituencies(in)), StandardCharsets.UTF_8);
        if (seats != null) {
            Files.writeString(
                    work.resolve("data/assembly.csv"),
                    Tables.csv(NightAssemblyData.parties(in)),
                    StandardCharsets.UTF_8);
            Files.writeString(
                    work.resolve("data/assembly-constituencies.csv"),
                    Tables.csv(NightAssemblyData.constituencies(in)),
                    StandardCharsets.UTF_8);
            Files.writeString(
                    work.resolve("data/assembly-blocs.csv"),
                    Tables.csv(NightAssemblyData.blocs(in)),
                    StandardCharsets.UTF_8);
        }
        return charts;
    }

    /** One row per step and candidate: how each candidate's chance and bands moved with each declaration. */
    static Table moves(NightInput in) {
        IntColumn step = IntColumn.create("declared");
        StringColumn added = StringColumn.create("constituency");
        DoubleColumn counted = Tables.decimals(DoubleColumn.create("counted_%"), 1);
        StringColumn id = StringColumn.create(option(in));
        DoubleColumn win = Tables.chances(DoubleColumn.create("win_%"));
        DoubleColumn[] p = {
            Tables.decimals(DoubleColumn.create("p05"), 2),
            Tables.decimals(DoubleColumn.create("p25"), 2),
            Tables.decimals(DoubleColumn.create("p50"), 2),
            Tables.decimals(DoubleColumn.create("p75"), 2),
            Tables.decimals(DoubleColumn.create("p95"), 2)
        };
        DoubleColumn sims = Tables.decimals(DoubleColumn.create("sims"), 0);
        for (NightInput.Step s : in.steps()) {
            for (LiveForecast.Candidate c : s.forecast().candidates()) {
                step.append(s.declared());
                added.append(
                        s.runoff()
                                ? "second preferences"
                                : s.added() == null ? "" : s.added().constituency());
                Tables.append(counted, 100 * s.forecast().counted());
                id.append(c.id());
                Tables.append(win, 100 * c.pWin());
                Tables.append(p[0], c.firstPref().p05());
                Tables.append(p[1], c.firstPref().p25());
                Tables.append(p[2], c.firstPref().p50());
                Tables.append(p[3], c.firstPref().p75());
                Tables.append(p[4], c.firstPref().p95());
                Tables.append(sims, s.sims());
            }
        }
        return Table.create("moves", step, added, counted, id, win, p[0], p[1], p[2], p[3], p[4], sims);
    }

    /**
     * {@code live --format csv}'s table; for a list vote, with its shares named as the forecast's
     * {@code data/list-vote.csv} names them ({@code list_share}, and {@code vote_share} for a body of constituencies
     * only's vote, as its {@code data/vote.csv}; one round, so no run-off column either way).
     */
    static Table projection(NightInput in) {
        Table t = LiveTables.candidates(in.projection());
        if (in.listLed()) {
            t.column("first_pref").setName(in.leadVote().shareColumn());
        }
        return t;
    }

    /** What a row's option is: a Mayor's candidate, or a party on the list. */
    private static String option(NightInput in) {
        return in.listLed() ? "party" : "candidate";
    }

    /** One row per constituency and candidate: status, who leads there and each candidate's share. */
    static Table constituencies(NightInput in) {
        StringColumn name = StringColumn.create("constituency");
        StringColumn status = StringColumn.create("status");
        DoubleColumn counted = Tables.decimals(DoubleColumn.create("counted_%"), 1);
        StringColumn leader = StringColumn.create("leader");
        DoubleColumn lead = Tables.chances(DoubleColumn.create("leads_%"));
        StringColumn id = StringColumn.create(option(in));
        DoubleColumn share = Tables.decimals(DoubleColumn.create("share"), 2);
        for (LiveForecast.Seat s : in.projection().constituencyStatus()) {
            String who = NightMap.winner(s, NightMap.declaration(in, s.constituency()));
            for (Map.Entry<String, Double> e : s.share().entrySet()) {
                name.append(s.constituency());
                status.append(s.status());
                Tables.append(counted, 100 * s.counted());
                leader.append(who);
                Tables.append(lead, NightMap.declared(s) ? 100 : 100 * s.pLead());
                id.append(e.getKey());
                Tables.append(share, e.getValue());
            }
        }
        return Table.create("constituencies", name, status, counted, leader, lead, id, share);
    }
}
