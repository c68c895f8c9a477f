package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.election.Election;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.simulate.ShareInput;

/**
 * With no polls, the prior forecasts the candidates whose party stood at the baseline election; the others are inside
 * "Others", and the forecast names them. A blind trial on West Yorkshire 2024 (baseline 2021) found its forecast
 * table without Jonathan Tilt, an independent who won 8.5%, and no word of him. london-2024 (baseline 2021, bundled
 * results, no polls) has five such candidates.
 */
class FoldedIntoOthersTest {
    @TempDir
    Path tmp;

    @Test
    void aPriorForecastNamesTheCandidatesItLeavesInsideOthers() {
        Workspace ws = Workspace.of(null, tmp.resolve("store.db"));
        Election e = ws.catalog().resolve("london-2024");
        SingleWinnerContest mayor = e.first(SingleWinnerContest.class).orElseThrow();
        ShareInput prior = Forecasts.baselineInput(ws, e, mayor, LocalDate.of(2024, 4, 1));
        assertThat(prior.options()).doesNotContain("cox", "campbell");
        String note = OthersNote.of(e, mayor, prior);
        assertThat(note)
                .startsWith("Howard Cox (reform), Natalie Campbell (ind), Andreas Michli (ind), Tarun Ghulati (ind),"
                        + " Nick Scanlon (britain-first) are on the ballot but not forecast on their own")
                .contains("no party of theirs has a count of its own in london-2021")
                .endsWith("inside Others ("
                        + String.format(
                                java.util.Locale.ROOT,
                                "%.1f",
                                prior.mean()[prior.options().indexOf("other")]) + "%)");
        for (String name : prior.names()) {
            if (!name.equals("Others")) {
                assertThat(note).doesNotContain(name); // only those left out are named
            }
        }
    }

    /**
     * A what-if on a candidate counted among "other" says so: "unknown option 'cox'" said nothing of Howard Cox being
     * on the ballot (a blind trial's --if "selker>1" on Pennsylvania's Constitution candidate). A name that stood
     * nowhere is refused as before, with no such word.
     */
    @Test
    void aWhatIfOnACandidateInsideOthersSaysSo() {
        Workspace ws = Workspace.of(null, tmp.resolve("store.db"));
        Election e = ws.catalog().resolve("london-2024");
        SingleWinnerContest mayor = e.first(SingleWinnerContest.class).orElseThrow();
        ShareInput prior = Forecasts.baselineInput(ws, e, mayor, LocalDate.of(2024, 4, 1));
        java.util.List<String> texts = java.util.List.of("cox>5");
        assertThatThrownBy(() -> Forecasts.parseNamingOthers(
                        mayor, prior, texts, in -> org.pollcast.simulate.Conditions.parse(texts, in)))
                .isInstanceOf(org.pollcast.BadInputException.class)
                .hasMessageContaining("unknown option 'cox'")
                .hasMessageEndingWith("cox (Howard Cox) stood but is forecast among 'other', with the candidates no"
                        + " poll names: a condition or shift on 'other' covers them together");
        java.util.List<String> shift = java.util.List.of("cox+2");
        assertThatThrownBy(() -> Forecasts.parseNamingOthers(
                        mayor, prior, shift, in -> org.pollcast.simulate.Shifts.parse(shift, in)))
                .hasMessageContaining("--shift: unknown option 'cox'")
                .hasMessageContaining("cox (Howard Cox) stood but is");
        java.util.List<String> lead = java.util.List.of("khan-cox>5");
        assertThatThrownBy(() -> Forecasts.parseNamingOthers(
                        mayor, prior, lead, in -> org.pollcast.simulate.Conditions.parse(lead, in)))
                .as("the second side of a lead")
                .hasMessageContaining("cox (Howard Cox) stood but is");
        java.util.List<String> nobody = java.util.List.of("coxon>5");
        assertThatThrownBy(() -> Forecasts.parseNamingOthers(
                        mayor, prior, nobody, in -> org.pollcast.simulate.Conditions.parse(nobody, in)))
                .hasMessageContaining("unknown option 'coxon'")
                .hasMessageNotContaining("stood but");
    }

    /**
     * From polls, the candidates no poll names are inside "Others" too, and the forecast names them: its table dropped
     * them without a word (a blind trial on Toronto 2018, whose polls named Tory and Keesmaat of 35 candidates).
     */
    @Test
    void aForecastFromPollsNamesTheCandidatesNoPollNames() {
        Workspace ws = Workspace.of(null, tmp.resolve("store.db"));
        Election e = ws.catalog().resolve("london-2024");
        SingleWinnerContest mayor = e.first(SingleWinnerContest.class).orElseThrow();
        ShareInput prior = Forecasts.baselineInput(ws, e, mayor, LocalDate.of(2024, 4, 1));
        // The polls name one fewer than the prior forecast: its first candidate is left out too.
        int from = 1;
        int n = prior.options().size();
        double[] mean = java.util.Arrays.copyOfRange(prior.mean(), from, n);
        mean[prior.options().indexOf("other") - from] += prior.mean()[0]; // its share goes to the others
        ShareInput fromPolls = new ShareInput(
                prior.election(),
                prior.asOf(),
                prior.daysToElection(),
                prior.options().subList(from, n),
                prior.names().subList(from, n),
                prior.parties().subList(from, n),
                mean,
                java.util.Arrays.copyOfRange(prior.se(), from, n),
                true,
                "average of 1 poll");
        String first = prior.names().get(0);
        assertThat(OthersNote.of(e, mayor, fromPolls))
                .isEqualTo("6 candidates no poll names are on the ballot but not forecast on their own (" + first
                        + ", Howard Cox, Natalie Campbell, Andreas Michli, Tarun Ghulati and 1 more): their votes are"
                        + " inside Others ("
                        + String.format(
                                java.util.Locale.ROOT,
                                "%.1f",
                                mean[prior.options().indexOf("other") - from]) + "%)");
    }

    /**
     * A vote between parties names what no poll names as parties, not candidates: Austria's 2024 list vote said "1
     * candidate no poll names is on the ballot" of KEINE, a party list (a blind trial's rebuilt definition).
     */
    @Test
    void aListVoteCallsThePartiesNoPollNamesParties() {
        Workspace ws = Workspace.of(null, tmp.resolve("store.db"));
        Election e = ws.catalog().resolve("src/test/resources/ingest/elections/austria-2019.yaml");
        SingleWinnerContest list = e.lead().orElseThrow();
        java.util.List<String> ids = new java.util.ArrayList<>();
        java.util.List<String> names = new java.util.ArrayList<>();
        java.util.List<String> parties = new java.util.ArrayList<>();
        for (var c : list.candidates()) {
            if (!c.id().equals("jetzt")) {
                ids.add(c.id());
                names.add(c.name());
                parties.add(c.party());
            }
        }
        ids.add("other");
        names.add("Others");
        parties.add(null);
        double[] mean = new double[ids.size()];
        java.util.Arrays.fill(mean, 100.0 / ids.size());
        ShareInput polls = new ShareInput(
                e.id(), LocalDate.of(2019, 9, 22), 7, ids, names, parties, mean, new double[ids.size()], true, "polls");
        assertThat(OthersNote.of(e, list, polls))
                .startsWith("1 party no poll names is on the ballot but not forecast on its own (JETZT): its vote is"
                        + " inside Others (");
    }

    /** A forecast from polls that name every candidate has no such note. */
    @Test
    void aForecastFromPollsNamingEveryoneHasNoSuchNote() {
        Workspace ws = Workspace.of(null, tmp.resolve("store.db"));
        Election e = ws.catalog().resolve("london-2024");
        SingleWinnerContest mayor = e.first(SingleWinnerContest.class).orElseThrow();
        java.util.List<String> ids = new java.util.ArrayList<>();
        java.util.List<String> names = new java.util.ArrayList<>();
        java.util.List<String> parties = new java.util.ArrayList<>();
        for (var c : mayor.candidates()) {
            ids.add(c.id());
            names.add(c.name());
            parties.add(c.party());
        }
        double[] mean = new double[ids.size()];
        java.util.Arrays.fill(mean, 100.0 / ids.size());
        ShareInput everyone = new ShareInput(
                e.id(), LocalDate.of(2024, 4, 1), 31, ids, names, parties, mean, new double[ids.size()], true, "polls");
        assertThat(OthersNote.of(e, mayor, everyone)).isNull();
    }
}
