package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pollcast.BadInputException;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.Candidate;
import org.pollcast.election.Election;
import org.pollcast.election.ListRules;
import org.pollcast.election.Option;
import org.pollcast.election.Overhang;
import org.pollcast.election.Scope;
import org.pollcast.election.SeatMethod;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.VotingSystem;
import org.pollcast.election.WithdrawnCandidate;

class ElectionLoaderTest {
    private static final ElectionCatalog BUNDLED = new ElectionCatalog(new DataHome(Path.of("data")));

    @TempDir
    Path dir;

    @Test
    void everyBundledDefinitionLoadsAndCrossChecks() {
        List<Election> all = BUNDLED.all();
        assertThat(all)
                .extracting(Election::id)
                .containsExactly(
                        "london-2000",
                        "london-2004",
                        "london-2008",
                        "london-2012",
                        "london-2016",
                        "london-2021",
                        "london-2024",
                        "london-2028");
        for (Election e : all) {
            AdditionalMemberContest assembly =
                    (AdditionalMemberContest) e.contest("assembly").orElseThrow();
            assertThat(assembly.seats()).isEqualTo(25);
            assertThat(assembly.constituencySeats()).isEqualTo(14);
            assertThat(assembly.listSeats()).isEqualTo(11);
            assertThat(assembly.method()).isEqualTo(SeatMethod.DHONDT_MODIFIED);
            assertThat(assembly.threshold()).isEqualTo(5.0);
        }
    }

    @Test
    void mayoralSystemsFollowTheLaw() {
        // Supplementary Vote 2000–2021, first-past-the-post in 2024, Supplementary Vote again from 2028.
        assertThat(BUNDLED.resolve("london-2008").contest("mayor").orElseThrow().system())
                .isEqualTo(VotingSystem.SUPPLEMENTARY_VOTE);
        assertThat(BUNDLED.resolve("london-2024").contest("mayor").orElseThrow().system())
                .isEqualTo(VotingSystem.FPTP);
        Election e2028 = BUNDLED.resolve("london-2028");
        assertThat(e2028.contest("mayor").orElseThrow().system()).isEqualTo(VotingSystem.SUPPLEMENTARY_VOTE);
        assertThat(e2028.baseline()).isEqualTo("london-2024");
        assertThat(e2028.date()).isEqualTo(LocalDate.of(2028, 5, 4));
    }

    @Test
    void candidatesOf2008AreTheOfficialTen() {
        SingleWinnerContest mayor = (SingleWinnerContest)
                BUNDLED.resolve("london-2008").contest("mayor").orElseThrow();
        assertThat(mayor.candidates()).hasSize(10);
        assertThat(mayor.candidates().get(0)).isEqualTo(new Candidate("johnson", "Boris Johnson", "con"));
        assertThat(mayor.options().get(mayor.options().size() - 1).id()).isEqualTo(Option.OTHER);
    }

    @Test
    void resolvesAPathAsWellAsAnId() throws IOException {
        Path copy = dir.resolve("my-election.yaml");
        Files.copy(Path.of("data/elections/london-2012.yaml"), copy);
        assertThat(BUNDLED.resolve(copy.toString()).id()).isEqualTo("london-2012");
    }

    @Test
    void unknownIdListsTheKnownOnes() {
        assertThatThrownBy(() -> BUNDLED.resolve("london-2099"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("unknown election 'london-2099'")
                .hasMessageContaining("london-2008");
    }

    /** Each row: what is wrong, the line the message names, the text replaced, its replacement, the message. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown system|8|system: supplementary-vote|system: alternative-vote|field 'contests.mayor.system': unknown system 'alternative-vote'",
                "duplicate candidate id|11|{id: b, name: Bee, party: p}|{id: a, name: Bee, party: p}|field 'contests.mayor.candidates[1].id': duplicate id 'a'",
                "threshold above 100|17|threshold: 5|threshold: 105|field 'contests.assembly.threshold': 105.0 is outside 0–100",
                "negative threshold|17|threshold: 5|threshold: -1|field 'contests.assembly.threshold': -1.0 is outside 0–100",
                "seats do not add up|14|seats: 4|seats: 5|field 'contests.assembly.seats': seats do not add up: 2 constituencies + 2 list seats = 4, but seats is 5",
                "unknown method|16|method: dhondt-modified|method: hare|field 'contests.assembly.method': unknown method 'hare'",
                "plain D'Hondt beside constituencies|16|method: dhondt-modified|method: dhondt|field 'contests.assembly.method': 'dhondt' does not count the constituency seats a party already won (a parallel system, which pollcast does not count); the additional-member top-up is 'dhondt-modified'",
                "unknown field|15|listSeats: 2|listSeat: 2|field 'contests.assembly.listSeat': unknown field",
                "unknown party|10|party: p}|party: q}|field 'contests.mayor.candidates[0].party': unknown party 'q'",
                "bad date|3|date: 2030-05-02|date: 2030-02-30|field 'date': '2030-02-30' is not a date",
                "reserved id|10|{id: a, name: Ay|{id: other, name: Ay|field 'contests.mayor.candidates[0].id': 'other' is reserved",
                "duplicate constituency|21|{id: c2, name: Two}|{id: c1, name: Two}|field 'contests.assembly.constituencies[1].id': duplicate id 'c1'",
                "text for a number|14|seats: 4|seats: four|field 'contests.assembly.seats': expected a whole number, got 'four'",
                "fraction for a whole number|15|listSeats: 2|listSeats: 2.5|field 'contests.assembly.listSeats': expected a whole number, got '2.5'",
                "quoted number|17|threshold: 5|threshold: '5'|field 'contests.assembly.threshold': expected a number, got '5'",
                "list for a text|10|name: Ay, party: p}|name: [Ay], party: p}|field 'contests.mayor.candidates[0].name': expected a text, got a list",
                "mapping for a list|18|parties: [p]|parties: {p: 1}|field 'contests.assembly.parties': expected a list, got a mapping",
                "empty list item|18|parties: [p]|parties: [p, ~]|field 'contests.assembly.parties[1]': expected a text, got nothing",
                "not a boolean|5|{id: p, name: Party P}|{id: p, name: Party P, independent: 1}|field 'parties[0].independent': expected true or false, got '1'",
                "missing system|7|system: supplementary-vote|notes: no system|field 'contests.mayor.system': is required; one of supplementary-vote",
                "field of another system|17|threshold: 5|candidates: []|field 'contests.assembly.candidates': unknown field; expected one of [blocs,",
                "missing field|12|    method: dhondt-modified|    notes: none|field 'contests.assembly.method': is required",
                "unknown top-level field|2|name: Test election|title: Test election|field 'title': unknown field; expected one of [area, baseline, contests,",
                "alias of another candidate|11|{id: b, name: Bee, party: p}|{id: b, name: Bee, party: p, aliases: [AY]}|field 'contests.mayor.candidates[1].aliases[0]': alias 'AY' already names 'a'",
                "blank alias|11|{id: b, name: Bee, party: p}|{id: b, name: Bee, party: p, aliases: [' ']}|field 'contests.mayor.candidates[1].aliases[0]': must be a non-empty text",
            })
    void invalidDefinitionNamesFileLineAndField(String what, int line, String replace, String with, String expected)
            throws IOException {
        Path file = dir.resolve("test.yaml");
        assertThat(VALID).as(what).contains(replace);
        writeTo(file, VALID.replace(replace, with));
        assertThatThrownBy(() -> ElectionLoader.load(file))
                .as(what)
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ":" + line + ": ")
                .hasMessageContaining(expected);
    }

    /**
     * An alias that only repeats a name the option has (its id in capitals, its name without the accents, the same
     * alias twice) is accepted: three blind trials' definitions ("Lee" for Lee Jae-myung, "ABC" for {id: abc}, "Kevin de
     * Leon" for Kevin de León) were refused for one, and with them every forecast.
     */
    @Test
    void anAliasRepeatingItsOwnOptionsNameIsAccepted() throws IOException {
        Path file = dir.resolve("test.yaml");
        writeTo(
                file,
                VALID.replace(
                        "{id: b, name: Bee, party: p}", "{id: b, name: Bee, party: p, aliases: [B, bee, B2, b2.]}"));
        Election e = ElectionLoader.load(file);
        assertThat(e.contest("mayor")).isPresent();
    }

    @Test
    void withdrawnCandidatesAreCheckedLikeCandidates() throws IOException {
        String withdrawn = "      - {id: b, name: Bee, party: p}\n    withdrawn:\n      - %s\n";
        String[][] cases = {
            {"{id: a, name: Zed}", "13: field 'contests.mayor.withdrawn[0].id': 'a' is also a candidate"},
            {"{id: z, name: Bee}", "13: field 'contests.mayor.withdrawn[0].name': 'Bee' is also a candidate's name"},
            {"{id: z, name: Zed, party: q}", "13: field 'contests.mayor.withdrawn[0].party': unknown party 'q'"},
            {
                "{id: z, name: Zed, seat: 1}",
                "13: field 'contests.mayor.withdrawn[0].seat': unknown field; expected one of [aliases, id, name, note, party, withdrew]"
            },
        };
        for (String[] c : cases) {
            Path file = writeTo(
                    dir.resolve("w.yaml"),
                    VALID.replace("      - {id: b, name: Bee, party: p}\n", withdrawn.formatted(c[0])));
            assertThatThrownBy(() -> ElectionLoader.load(file))
                    .as(c[0])
                    .isInstanceOf(BadInputException.class)
                    .hasMessageStartingWith(file + ":" + c[1]);
        }
        Path ok = writeTo(
                dir.resolve("ok.yaml"),
                VALID.replace(
                        "      - {id: b, name: Bee, party: p}\n",
                        withdrawn
                                .formatted("{id: z, name: Zed, note: withdrew}")
                                .replace(
                                        "{id: b, name: Bee, party: p}",
                                        "{id: b, name: Bee, party: p, aliases: [Zed's party candidate]}")));
        SingleWinnerContest mayor =
                (SingleWinnerContest) ElectionLoader.load(ok).contest("mayor").orElseThrow();
        assertThat(mayor.withdrawn()).containsExactly(new WithdrawnCandidate("z", "Zed", null, "withdrew"));
        assertThat(mayor.candidates().get(1).aliases()).containsExactly("Zed's party candidate");
    }

    @Test
    void aContestListsOnlyScopesItsSystemCounts() throws IOException {
        Path bad = writeTo(
                dir.resolve("bad.yaml"),
                VALID.replace(
                        "    system: supplementary-vote\n",
                        "    system: supplementary-vote\n    scopes: [westminster]\n"));
        assertThatThrownBy(() -> ElectionLoader.load(bad))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(bad
                        + ":9: field 'contests.mayor.scopes[0]': 'westminster' is not a scope of supplementary-vote");
        Path ok = writeTo(
                dir.resolve("ok.yaml"),
                VALID.replace("    system: supplementary-vote\n", "    system: fptp\n    scopes: [westminster]\n"));
        SingleWinnerContest c =
                (SingleWinnerContest) ElectionLoader.load(ok).contest("mayor").orElseThrow();
        assertThat(c.scopes()).containsExactly(Scope.WESTMINSTER);
        assertThat(c.defaultScope()).isEqualTo(Scope.WESTMINSTER);
        // Without the list, an FPTP contest takes first preferences and run-offs, never Westminster polls.
        Path plain = writeTo(dir.resolve("plain.yaml"), VALID.replace("system: supplementary-vote", "system: fptp"));
        assertThat(ElectionLoader.load(plain).contest("mayor").orElseThrow().scopes())
                .containsExactly(Scope.FIRST_PREF, Scope.RUNOFF);
    }

    @Test
    void london2021NamesItsPlaceholdersAndWhoWithdrew() {
        SingleWinnerContest mayor = (SingleWinnerContest)
                BUNDLED.resolve("london-2021").contest("mayor").orElseThrow();
        Candidate porritt = mayor.candidates().stream()
                .filter(c -> c.id().equals("porritt"))
                .findFirst()
                .orElseThrow();
        assertThat(porritt.aliases()).containsExactly("Liberal Democrat candidate", "Siobhan Benita");
        assertThat(mayor.withdrawn())
                .extracting(WithdrawnCandidate::id, WithdrawnCandidate::name, WithdrawnCandidate::party)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("stewart", "Rory Stewart", "ind"));
        // Polls may name Stewart; the count and the forecast never do.
        assertThat(mayor.options())
                .extracting(Option::id)
                .doesNotContain("stewart")
                .last()
                .isEqualTo(Option.OTHER);
        assertThat(mayor.pollOptions())
                .extracting(Option::id)
                .contains("stewart")
                .last()
                .isEqualTo(Option.OTHER);
    }

    @Test
    void theValidDefinitionOfTheseTestsLoads() throws IOException {
        assertThat(ElectionLoader.load(writeTo(dir.resolve("test.yaml"), VALID)).id())
                .isEqualTo("test");
    }

    /**
     * What the single-winner contest elects, as the report says it: "Mayor" unless the definition says otherwise (a
     * party's primary elects its nominee: "Cuomo is 74% likely to be elected the Democratic nominee").
     */
    @Test
    void theOfficeIsMayorUnlessTheDefinitionNamesIt() throws IOException {
        assertThat(ElectionLoader.load(writeTo(dir.resolve("test.yaml"), VALID)).office())
                .isEqualTo("Mayor");
        Files.createDirectories(dir.resolve("primary"));
        Election primary = ElectionLoader.load(writeTo(
                dir.resolve("primary/test.yaml"),
                VALID.replaceFirst("\nname: ([^\n]*)\n", "\nname: $1\noffice: the Democratic nominee\n")));
        assertThat(primary.office()).isEqualTo("the Democratic nominee");
    }

    /** A polling blackout is a number of days, none unless stated; a negative or year-long one names the field. */
    @Test
    void aPollingBlackoutIsDaysAndNoneUnlessStated() throws IOException {
        assertThat(ElectionLoader.load(writeTo(dir.resolve("test.yaml"), VALID)).pollingBlackoutDays())
                .isZero();
        Files.createDirectories(dir.resolve("taiwan"));
        assertThat(ElectionLoader.load(writeTo(
                                dir.resolve("taiwan/test.yaml"),
                                VALID.replaceFirst("\nname: ([^\n]*)\n", "\nname: $1\npollingBlackout: 10\n")))
                        .pollingBlackoutDays())
                .isEqualTo(10);
        Files.createDirectories(dir.resolve("typo"));
        assertThatThrownBy(() -> ElectionLoader.load(writeTo(
                        dir.resolve("typo/test.yaml"),
                        VALID.replaceFirst("\nname: ([^\n]*)\n", "\nname: $1\npollingBlackout: 365\n"))))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("pollingBlackout")
                .hasMessageContaining("365 is not a number of days from 0 to 60");
    }

    /**
     * Headings name the additional-member body. A definition may name it ("Scottish Parliament"); else it is the area
     * and the contest's id, which keeps "London Assembly" for London without a word in its files.
     */
    @Test
    void anAdditionalMemberBodyIsNamedByItsDefinitionElseByAreaAndId() throws IOException {
        Election plain = ElectionLoader.load(writeTo(dir.resolve("test.yaml"), VALID));
        AdditionalMemberContest unnamed =
                (AdditionalMemberContest) plain.contest("assembly").orElseThrow();
        assertThat(unnamed.title(plain.area())).isEqualTo("Test Assembly");
        Files.createDirectories(dir.resolve("named"));
        Election named = ElectionLoader.load(writeTo(
                dir.resolve("named/test.yaml"),
                VALID.replace(
                        "    system: additional-member\n",
                        "    system: additional-member\n    name: Scottish Parliament\n")));
        assertThat(((AdditionalMemberContest) named.contest("assembly").orElseThrow()).title(named.area()))
                .isEqualTo("Scottish Parliament");
        Election london = BUNDLED.resolve("london-2024");
        assertThat(((AdditionalMemberContest) london.contest("assembly").orElseThrow()).title(london.area()))
                .isEqualTo("London Assembly");
    }

    /**
     * A pure list body (the Senedd from 2026: 16 constituencies of 6 list members, no first past the post) is an
     * additional-member contest with no constituencies: its regions' list seats are all its seats.
     */
    @Test
    void aPureListBodyHasRegionsAndNoConstituencies() throws IOException {
        Election e = ElectionLoader.load(writeTo(dir.resolve("test.yaml"), PURE_LIST));
        AdditionalMemberContest c =
                (AdditionalMemberContest) e.contest("senedd").orElseThrow();
        assertThat(c.constituencies()).isEmpty();
        assertThat(c.listSeats()).isEqualTo(12);
        assertThat(c.regions()).extracting(r -> r.listSeats()).containsExactly(6, 6);
        assertThat(c.constituenciesOf(c.regions().get(0))).isEmpty();

        // Plain D'Hondt, as a user writes it for closed lists, is the modified method with no constituency seats to
        // count.
        for (String plain : List.of("dhondt", "D'Hondt", "sainte-lague")) {
            Election named = ElectionLoader.load(
                    writeTo(dir.resolve("test.yaml"), PURE_LIST.replaceFirst("method: [a-z-]+", "method: " + plain)));
            assertThat(((AdditionalMemberContest) named.contest("senedd").orElseThrow()).method())
                    .isEqualTo(
                            plain.equals("sainte-lague")
                                    ? SeatMethod.SAINTE_LAGUE_MODIFIED
                                    : SeatMethod.DHONDT_MODIFIED);
        }

        // A body with constituencies is not a pure list: each of its regions needs one.
        Path mixed = writeTo(
                dir.resolve("test.yaml"),
                PURE_LIST.replace("seats: 12\n    listSeats", "seats: 13\n    listSeats")
                        + "    constituencies:\n      - {id: c1, name: One, region: north}\n");
        assertThatThrownBy(() -> ElectionLoader.load(mixed))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(mixed + ":16: ")
                .hasMessageContaining("list region 'south' has no constituency")
                .hasMessageContaining("a pure list, leaves 'constituencies' out");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "list seats short of the seats|11|listSeats: 12|listSeats: 10|field 'contests.senedd.seats': seats do not add up: 0 constituencies + 10 list seats = 10, but seats is 12 (with no constituencies every seat is a list seat: listSeats must equal seats)",
                "regions short of the list seats|16|{id: south, name: South, listSeats: 6}|{id: south, name: South, listSeats: 5}|field 'contests.senedd.regions': the regions' list seats add up to 11, but listSeats is 12",
                "a region electing nobody|17|{id: north, name: North, listSeats: 6}|{id: north, name: North, listSeats: 0}|field 'contests.senedd.regions[0].listSeats': must be a positive whole number: with no constituencies, a region with no list seats elects nobody",
            })
    void aPureListBodyWhoseSeatsDoNotAddUpNamesFileLineAndField(
            String what, int line, String replace, String with, String expected) throws IOException {
        Path file = dir.resolve("test.yaml");
        assertThat(PURE_LIST).as(what).contains(replace);
        String text = PURE_LIST.replace(replace, with);
        writeTo(file, text);
        assertThatThrownBy(() -> ElectionLoader.load(file))
                .as(what)
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ":" + line + ": ")
                .hasMessageContaining(expected);
    }

    /**
     * New Zealand's rules as a definition gives them: a party with one electorate is spared the 5% threshold, and the
     * house grows by overhang. Both are optional; without them a contest's house is fixed, as every bundled one's is.
     */
    @Test
    void aDefinitionMayWaiveTheThresholdAndKeepOverhang() throws IOException {
        Election fixed = ElectionLoader.load(writeTo(dir.resolve("test.yaml"), VALID));
        assertThat(((AdditionalMemberContest) fixed.contest("assembly").orElseThrow()).listRules())
                .isEqualTo(ListRules.FIXED_HOUSE);
        Election nz = ElectionLoader.load(writeTo(
                dir.resolve("test.yaml"),
                VALID.replace("threshold: 5\n", "threshold: 5\n    thresholdWaiver: 1\n    overhang: keep\n")));
        assertThat(((AdditionalMemberContest) nz.contest("assembly").orElseThrow()).listRules())
                .isEqualTo(new ListRules(1, Overhang.KEEP));
        Election absorb = ElectionLoader.load(writeTo(
                dir.resolve("test.yaml"), VALID.replace("threshold: 5\n", "threshold: 5\n    overhang: absorb\n")));
        assertThat(((AdditionalMemberContest) absorb.contest("assembly").orElseThrow()).listRules())
                .isEqualTo(ListRules.FIXED_HOUSE);
    }

    /**
     * Each row: what is wrong, the definition it is added to (the valid one, with no threshold, with list regions, or
     * a pure list body), the line the message names, the line added after the threshold, and the message.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a waiver of 0|valid|18|thresholdWaiver: 0|field 'contests.assembly.thresholdWaiver': must be a positive whole number of constituency seats (leave it out for no waiver)",
                "a negative waiver|valid|18|thresholdWaiver: -1|field 'contests.assembly.thresholdWaiver': -1 is not a whole number from 0 to 100,000",
                "a fractional waiver|valid|18|thresholdWaiver: 1.5|field 'contests.assembly.thresholdWaiver': expected a whole number, got '1.5'",
                "a waiver nobody can reach|valid|18|thresholdWaiver: 3|field 'contests.assembly.thresholdWaiver': 3 is more than the 2 constituencies: no party could win that many",
                "a waiver of no threshold|no threshold|18|thresholdWaiver: 1|field 'contests.assembly.thresholdWaiver': the threshold is 0: there is nothing to waive",
                "a waiver with no constituencies|pure list|15|thresholdWaiver: 1|field 'contests.senedd.thresholdWaiver': waives the threshold for a party with 1 constituency seats, but the contest has no constituencies",
                "an unknown overhang|valid|18|overhang: grow|field 'contests.assembly.overhang': unknown overhang 'grow'; known: absorb, keep",
                "overhang as a number|valid|18|overhang: 2|field 'contests.assembly.overhang': unknown overhang '2'; known: absorb, keep",
                "overhang kept with no constituencies|pure list|15|overhang: keep|field 'contests.senedd.overhang': 'keep' keeps constituency seats won beyond a party's share, but the contest has no constituencies",
                "a ballot polls ask of a pure list body|pure list|15|pollsAsk: list|field 'contests.senedd.pollsAsk': with no constituencies the list is the only ballot",
                "an unknown ballot polls ask|valid|18|pollsAsk: constituency|field 'contests.assembly.pollsAsk': unknown ballot 'constituency'; known: list, either",
                "overhang kept region by region|regional|18|overhang: keep|field 'contests.assembly.overhang': 'keep' allocates the whole house at once (New Zealand's rule), but this contest allocates its list seats region by region",
            })
    void newZealandsRulesAreCheckedAgainstTheRest(String what, String base, int line, String added, String expected)
            throws IOException {
        String text = switch (base) {
            case "valid" -> VALID;
            case "no threshold" -> VALID.replace("threshold: 5", "threshold: 0");
            case "regional" ->
                VALID.replace("    constituencies:\n      - {id: c1, name: One}\n      - {id: c2, name: Two}\n", "")
                        + "    regions:\n      - {id: r, name: R, listSeats: 2}\n"
                        + "    constituencies:\n      - {id: c1, name: One, region: r}\n"
                        + "      - {id: c2, name: Two, region: r}\n";
            default -> PURE_LIST;
        };
        String threshold =
                base.equals("pure list") || base.equals("no threshold") ? "threshold: 0\n" : "threshold: 5\n";
        assertThat(text).as(what).contains(threshold);
        Path file = writeTo(dir.resolve("test.yaml"), text.replace(threshold, threshold + "    " + added + "\n"));
        assertThatThrownBy(() -> ElectionLoader.load(file))
                .as(what)
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ":" + line + ": ")
                .hasMessageContaining(expected);
    }

    /**
     * Israel's surplus-vote agreements: pairs of the contest's lists, read into its rules; each misuse names the file,
     * line and field.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a pair|'[[p, q]]'|",
                "a list of three|'[[p, q, r]]'|field 'contests.senedd.surplusAgreements[0]': must be a pair of the contest's parties",
                "a party not standing|'[[p, x]]'|field 'contests.senedd.surplusAgreements[0][1]': 'x' is not one of the contest's parties (p, q, r)",
                "a party with itself|'[[p, p]]'|field 'contests.senedd.surplusAgreements[0]': names 'p' twice",
                "a party in two|'[[p, q], [q, r]]'|field 'contests.senedd.surplusAgreements[1]': 'q' is in two agreements",
                "list regions|'[[p, q]]'|field 'contests.senedd.surplusAgreements': surplus agreements are counted on the whole house by a divisor method, among lists only: this contest has list regions",
            })
    void surplusAgreementsArePairsOfTheContestsListsOnTheWholeHouse(String what, String pairs, String expected)
            throws IOException {
        String whole = PURE_LIST
                .replace(
                        "    regions:\n      - {id: north, name: North, listSeats: 6}\n"
                                + "      - {id: south, name: South, listSeats: 6}\n",
                        "")
                .replace("  - {id: q, name: Party Q}\n", "  - {id: q, name: Party Q}\n  - {id: r, name: Party R}\n")
                .replace("parties: [p, q]", "parties: [p, q, r]");
        String base = what.equals("list regions")
                ? PURE_LIST
                        .replace("parties: [p, q]", "parties: [p, q, r]")
                        .replace(
                                "  - {id: q, name: Party Q}\n",
                                "  - {id: q, name: Party Q}\n  - {id: r, name: Party R}\n")
                : whole;
        assertThat(base).as(what).contains("threshold: 0\n");
        Path file = writeTo(
                dir.resolve("test.yaml"),
                base.replace(
                        "threshold: 0\n", "threshold: 0\n    surplusAgreements: " + pairs.replace("'", "") + "\n"));
        if (expected == null || expected.isEmpty()) {
            Election e = ElectionLoader.load(file);
            assertThat(((AdditionalMemberContest) e.contest("senedd").orElseThrow())
                            .listRules()
                            .surplusAgreements())
                    .containsExactly(List.of("p", "q"));
            return;
        }
        assertThatThrownBy(() -> ElectionLoader.load(file))
                .as(what)
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ":")
                .hasMessageContaining(expected);
    }

    /**
     * A divisor method's first divisor (Sweden's Sainte-Laguë from 1.2) and largest remainder (Denmark's national
     * totals; Slovakia's by the Hagenbach-Bischoff quota), for a body of lists only; each misuse names the file, line and
     * field.
     */
    @Test
    void aListBodyStatesAFirstDivisorOrLargestRemainder() throws IOException {
        Path file = dir.resolve("test.yaml");
        Election sweden = ElectionLoader.load(writeTo(
                file, PURE_LIST.replace("method: dhondt-modified\n", "method: sainte-lague\n    firstDivisor: 1.2\n")));
        assertThat(((AdditionalMemberContest) sweden.contest("senedd").orElseThrow()).method())
                .isEqualTo(SeatMethod.SAINTE_LAGUE_MODIFIED.withFirstDivisor(1.2));
        Election denmark = ElectionLoader.load(
                writeTo(file, PURE_LIST.replace("method: dhondt-modified", "method: largest-remainder")));
        assertThat(((AdditionalMemberContest) denmark.contest("senedd").orElseThrow()).method())
                .isEqualTo(SeatMethod.LARGEST_REMAINDER);
        Election slovakia = ElectionLoader.load(
                writeTo(file, PURE_LIST.replace("method: dhondt-modified", "method: hagenbach-bischoff")));
        assertThat(((AdditionalMemberContest) slovakia.contest("senedd").orElseThrow()).method())
                .isEqualTo(SeatMethod.HAGENBACH_BISCHOFF);

        writeTo(file, PURE_LIST.replace("method: dhondt-modified\n", "method: sainte-lague\n    firstDivisor: 3.5\n"));
        assertThatThrownBy(() -> ElectionLoader.load(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(
                        file + ":14: field 'contests.senedd.firstDivisor': 3.5 is not over 0 and up to 3");
        writeTo(
                file,
                PURE_LIST.replace("method: dhondt-modified\n", "method: largest-remainder\n    firstDivisor: 1.2\n"));
        assertThatThrownBy(() -> ElectionLoader.load(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ":14: field 'contests.senedd.firstDivisor'")
                .hasMessageContaining("has no divisors");
        writeTo(file, VALID.replace("method: dhondt-modified", "method: largest-remainder"));
        assertThatThrownBy(() -> ElectionLoader.load(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(
                        "field 'contests.assembly.method': 'largest-remainder' counts no constituency seats");
    }

    private static final String PURE_LIST = """
                id: test
                name: Test election
                date: 2030-05-02
                parties:
                  - {id: p, name: Party P}
                  - {id: q, name: Party Q}
                contests:
                  senedd:
                    system: additional-member
                    name: Senedd
                    seats: 12
                    listSeats: 12
                    method: dhondt-modified
                    threshold: 0
                    parties: [p, q]
                    regions:
                      - {id: north, name: North, listSeats: 6}
                      - {id: south, name: South, listSeats: 6}
                """;

    private static final String VALID = """
                id: test
                name: Test election
                date: 2030-05-02
                parties:
                  - {id: p, name: Party P}
                contests:
                  mayor:
                    system: supplementary-vote
                    candidates:
                      - {id: a, name: Ay, party: p}
                      - {id: b, name: Bee, party: p}
                  assembly:
                    system: additional-member
                    seats: 4
                    listSeats: 2
                    method: dhondt-modified
                    threshold: 5
                    parties: [p]
                    constituencies:
                      - {id: c1, name: One}
                      - {id: c2, name: Two}
                """;

    @Test
    void brokenYamlNamesTheLine() throws IOException {
        Path file = writeTo(dir.resolve("broken.yaml"), "id: x\nname: [unclosed\ndate: 2030-01-01\n");
        assertThatThrownBy(() -> ElectionLoader.load(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ":")
                .hasMessageContaining("not valid YAML")
                .satisfies(e -> assertThat(e.getMessage()).as("one line").doesNotContain("\n"));
    }

    @Test
    void aDuplicateKeyNamesBothLines() throws IOException {
        Path top = writeTo(
                dir.resolve("top.yaml"), VALID.replace("date: 2030-05-02\n", "date: 2030-05-02\ndate: 2030-05-09\n"));
        assertThatThrownBy(() -> ElectionLoader.load(top))
                .isInstanceOf(BadInputException.class)
                .hasMessage(top + ":4: field 'date': duplicate key; first given on line 3");
        Path nested = writeTo(
                dir.resolve("nested.yaml"),
                VALID.replace("    listSeats: 2\n", "    listSeats: 2\n    listSeats: 3\n"));
        assertThatThrownBy(() -> ElectionLoader.load(nested))
                .isInstanceOf(BadInputException.class)
                .hasMessage(nested + ":16: field 'contests.assembly.listSeats': duplicate key; first given on line 15");
        Path flow = writeTo(
                dir.resolve("flow.yaml"), VALID.replace("{id: a, name: Ay, party: p}", "{id: a, name: Ay, id: b}"));
        assertThatThrownBy(() -> ElectionLoader.load(flow))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(flow + ":10: field 'contests.mayor.candidates[0].id': duplicate key");
    }

    @Test
    void anUnknownKeyNamesItsLineAndTheKnownOnes() throws IOException {
        Path file = writeTo(
                dir.resolve("unknown.yaml"), VALID.replace("{id: c1, name: One}", "{id: c1, name: One, seat: 1}"));
        assertThatThrownBy(() -> ElectionLoader.load(file))
                .isInstanceOf(BadInputException.class)
                .hasMessage(
                        file
                                + ":20: field 'contests.assembly.constituencies[0].seat': unknown field; expected one of [id, name, region]");
    }

    @Test
    void deepNestingIsAClearErrorNotAStackOverflow() throws IOException {
        Path deep =
                writeTo(dir.resolve("deep.yaml"), VALID + "notes: " + "[".repeat(50_000) + "]".repeat(50_000) + "\n");
        assertThatThrownBy(() -> ElectionLoader.load(deep))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(deep + ":22: field 'notes")
                .hasMessageEndingWith("nested more than 20 levels deep");
        StringBuilder blocks = new StringBuilder(VALID).append("notes:\n");
        for (int i = 1; i <= 30; i++) {
            blocks.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        Path indented = writeTo(dir.resolve("indented.yaml"), blocks.toString());
        assertThatThrownBy(() -> ElectionLoader.load(indented))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(indented + ":")
                .hasMessageEndingWith("nested more than 20 levels deep");
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead() throws IOException {
        Path huge = writeTo(dir.resolve("huge.yaml"), VALID + "notes: " + "x".repeat(2 << 20) + "\n");
        assertThatThrownBy(() -> ElectionLoader.load(huge))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(huge + ": ")
                .hasMessageContaining("bytes is too large for an election definition file");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a list|1|- id: test|an election definition is a YAML mapping with id, name, date, baseline, notes, area, office, pollingBlackout, parties, contests, but this file holds a list",
                "a scalar|1|just some text|but this file holds 'just some text'",
                "nothing|1|# only a comment|but this file holds nothing",
                "an alias|2|id: &x test\\nname: *x|field 'name': YAML aliases (*x) are not supported",
                "two documents|3|id: a\\n---\\nid: b|a second YAML document; an election definition is one mapping",
            })
    void aFileThatIsNotOneMappingSaysWhatItHolds(String what, int line, String text, String expected)
            throws IOException {
        Path file = writeTo(dir.resolve("shape.yaml"), text.replace("\\n", "\n") + "\n");
        assertThatThrownBy(() -> ElectionLoader.load(file))
                .as(what)
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ":" + line + ": ")
                .hasMessageContaining(expected);
    }

    @Test
    void aMissingFileSaysSo() {
        Path file = dir.resolve("absent.yaml");
        assertThatThrownBy(() -> ElectionLoader.load(file))
                .isInstanceOf(BadInputException.class)
                .hasMessage(file + ": no such election definition file");
    }

    @Test
    void baselineMustExistAndComeEarlier() throws IOException {
        Path elections = Files.createDirectories(dir.resolve("data/elections"));
        Files.copy(Path.of("data/elections/london-2000.yaml"), elections.resolve("london-2000.yaml"));
        Files.writeString(
                elections.resolve("later.yaml"),
                Files.readString(Path.of("data/elections/london-2008.yaml"))
                        .replace("id: london-2008", "id: later")
                        .replace("baseline: london-2004", "baseline: london-2004x"));
        ElectionCatalog catalog = new ElectionCatalog(new DataHome(dir.resolve("data")));
        assertThatThrownBy(catalog::all)
                .isInstanceOf(BadInputException.class)
                // The line, as every other definition error has it, and what to do.
                .hasMessageContaining("later.yaml:" + lineOf(elections.resolve("later.yaml"), "baseline:")
                        + ": field 'baseline': unknown election 'london-2004x': define it in ")
                .hasMessageContaining("or leave the baseline out");
    }

    @Test
    void fileNameMustMatchId() throws IOException {
        Path elections = Files.createDirectories(dir.resolve("data/elections"));
        Files.copy(Path.of("data/elections/london-2000.yaml"), elections.resolve("renamed.yaml"));
        ElectionCatalog catalog = new ElectionCatalog(new DataHome(dir.resolve("data")));
        assertThatThrownBy(() -> catalog.resolve("renamed"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("field 'id': 'london-2000' does not match the file name 'renamed'");
    }

    /**
     * A definition replaced by one of the same size within the file system's time granularity (or copied keeping its
     * time, as cp -p and rsync -t do) kept its size and time of change, and the catalogue served the old definition:
     * a corrected name never reached the report. The catalogue keys what it keeps on the file's bytes.
     */
    @Test
    void aDefinitionEditedToTheSameSizeAndTimeIsReadAgain() throws IOException {
        Path elections = Files.createDirectories(dir.resolve("data/elections"));
        Path file = elections.resolve("london-2028.yaml");
        Files.copy(Path.of("data/elections/london-2028.yaml"), file);
        ElectionCatalog catalog = new ElectionCatalog(new DataHome(dir.resolve("data")));
        assertThat(catalog.resolve("london-2028").name()).isEqualTo("London Mayor and London Assembly elections 2028");
        assertThat(catalog.resolve("london-2028")).isSameAs(catalog.resolve("london-2028")); // kept while unchanged
        // and shared by every catalogue of the process (each command, notebook cell and backtest step builds one)
        ElectionCatalog another = new ElectionCatalog(new DataHome(dir.resolve("data")));
        assertThat(another.resolve("london-2028")).isSameAs(catalog.resolve("london-2028"));

        java.nio.file.attribute.FileTime then = Files.getLastModifiedTime(file);
        long size = Files.size(file);
        Files.writeString(
                file,
                Files.readString(file)
                        .replace(
                                "London Mayor and London Assembly elections 2028",
                                "London Mayor and London Assembly election, 2028"));
        Files.setLastModifiedTime(file, then);
        assertThat(Files.size(file)).isEqualTo(size);
        assertThat(catalog.resolve("london-2028").name()).isEqualTo("London Mayor and London Assembly election, 2028");
        assertThat(another.resolve("london-2028").name()).isEqualTo("London Mayor and London Assembly election, 2028");
    }

    private static int lineOf(Path file, String start) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start + " not in " + file);
    }

    private static Path writeTo(Path file, String text) throws IOException {
        Files.writeString(file, text);
        return file;
    }
}
