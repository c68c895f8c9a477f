package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pollcast.ingest.IngestFixtures.ALIASES;
import static org.pollcast.ingest.IngestFixtures.CATALOG;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pollcast.election.Election;

class OptionResolverTest {

    private static OptionResolver resolver(String election, String contest) {
        Election e = CATALOG.resolve(election);
        return new OptionResolver(e, e.contest(contest).orElseThrow(), ALIASES);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "london-2008|mayor|Boris Johnson|johnson",
                "london-2008|mayor|JOHNSON|johnson",
                "london-2008|mayor|Boris|johnson",
                "london-2008|mayor|Johnson (Con)|johnson",
                "london-2008|mayor|Conservative|johnson",
                "london-2008|mayor|Sian Berry|berry",
                "london-2008|mayor|Siân Berry|berry",
                "london-2008|mayor|Others|other",
                "london-2008|mayor|O'Connor|oconnor",
                "london-2024|mayor|Khan Lab|khan",
                "london-2024|mayor|Sadiq Khan Labour|khan",
                "london-2024|mayor|Zoe Garbett|garbett",
                "london-2024|mayor|Count Binface|binface",
                "london-2024|mayor|Reform|cox",
                "london-2012|assembly|Lib Dem|ld",
                "london-2012|assembly|Conservatives|con",
                "london-2012|assembly|UKIP|ukip",
                "london-2028|mayor|Labour|lab",
                "london-2028|mayor|Reform UK|reform",
                "london-2028|mayor|Liberal Democrats|ld",
                "london-2028|mayor|Conservative|con",
                "london-2028|mayor|Green|grn",
                "london-2028|mayor|Labour candidate|lab",
                // A placeholder whose party's words also name other places' parties (the London 2024 trial).
                "london-2024|mayor|Liberal Democrat Candidate|blackie",
                "london-2024|mayor|Liberal Democrats candidate|blackie",
                "london-2024|mayor|Conservative Candidate|hall",
                "london-2028|mayor|Liberal Democrat candidate|ld",
                "london-2000|mayor|Darren Johnson|johnson",
            })
    void resolvesHowPollsPrintNames(String election, String contest, String name, String expected) {
        assertThat(resolver(election, contest).resolve(name)).contains(expected);
    }

    /**
     * A party named with its article where the definition names it without: "Die Linke" for de-2025's "Linke" (the
     * Hamburg trial's page was refused as naming a candidate "die" of the party). Against a catalogue with the German
     * fixtures.
     */
    @Test
    void aPartysArticleIsNoCandidatesName(@org.junit.jupiter.api.io.TempDir java.nio.file.Path root)
            throws java.io.IOException {
        IngestFixtures.copyDataWith(root, "de-2025.yaml");
        DataHome home = new DataHome(root);
        Election e = new ElectionCatalog(home).resolve("de-2025");
        OptionResolver r = new OptionResolver(
                e, e.contest("bundestag").orElseThrow(), AliasTable.load(java.util.List.of(home.aliases())));
        assertThat(r.resolve("Die Linke")).contains("linke");
        assertThat(r.resolve("DIE LINKE")).contains("linke");
        assertThat(r.resolve("Die")).isEmpty(); // an article alone names no one
    }

    /**
     * A party name stands for its one candidate, but not beside a surname that is no name of theirs: "Jenkyns Ref"
     * (Greater Lincolnshire's Reform candidate in 2025, a copied table's header) is not London 2024's Howard Cox, nor
     * "Alice Able Conservative" Susan Hall; nor, in an Assembly, Reform UK. Words of party names ("Lab Co-op"), and a
     * withdrawn predecessor's name that the definition makes an alias ("Benita LD" in 2021), still read.
     */
    @ParameterizedTest(name = "{0} {1}: {2} -> {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "london-2024|mayor|Jenkyns Ref|",
                "london-2024|mayor|Alice Able Conservative|",
                "london-2028|assembly|Jenkyns Ref|",
                "london-2024|mayor|Cox Ref|cox",
                "london-2024|mayor|Ref|cox",
                "london-2024|mayor|Lab Co-op|khan",
                "london-2024|mayor|Labour Co-operative Party|khan",
                "london-2021|mayor|Benita LD|porritt",
                "london-2028|assembly|Ref|reform",
                // On a party list, the party, a dash and its list candidate is the party's row (Scotland's regional
                // lists: "Independent - Laura Marshall"); the same words without the dash are still refused.
                "london-2028|assembly|Reform UK - Alex Wilson|reform",
                "london-2028|assembly|Reform UK Alex Wilson|",
                // Words that name no one ("candidate", "Cllr") leave a party its candidate (review: "Green Party
                // candidate" and "Reform candidate" were refused as another person's).
                "london-2028|mayor|Green Party candidate|grn",
                "london-2024|mayor|Reform candidate|cox",
                "london-2024|mayor|The Conservative candidate|hall",
            })
    void aPartyBesideAnotherPersonsNameIsNotItsCandidate(
            String election, String contest, String name, String expected) {
        if (expected == null) {
            assertThat(resolver(election, contest).resolve(name)).isEmpty();
            assertThat(resolver(election, contest).explain(name)).contains("is not a name of");
        } else {
            assertThat(resolver(election, contest).resolve(name)).contains(expected);
        }
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // Benita stood as an independent in 2012; in 2021 she was the Liberal Democrat candidate until she
                // withdrew,
                // and her shares are Porritt's (london-2021.yaml, aliases).
                "london-2012|Siobhan Benita|benita",
                "london-2012|Benita|benita",
                "london-2021|Siobhan Benita|porritt",
                "london-2021|SIOBHAN BENITA|porritt",
                "london-2021|Liberal Democrat candidate|porritt",
                "london-2021|Luisa Porritt|porritt",
                // Stewart withdrew with no successor: his share is kept under his own id.
                "london-2021|Rory Stewart|stewart",
                "london-2021|Stewart|stewart",
            })
    void namesResolvePerElection(String election, String name, String expected) {
        assertThat(resolver(election, "mayor").resolve(name)).contains(expected);
    }

    /**
     * North East 2024 as a newcomer defines it, after the docs' own {@code ind-fox}: Jamie Driscoll's party is his own
     * ({@code ind-driscoll}, "Independent - Jamie Driscoll", independent). More in Common's poll by party prints his
     * column "Independent", which was an unknown candidate (and the poll then fitted London's Assembly instead). He is
     * the one independent, so it is his; with a second independent standing, it is neither's.
     */
    @Test
    void independentIsTheOneIndependentWhateverHisPartyId(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        String definition = """
                id: northeast-2024
                name: North East mayoral election 2024
                date: 2024-05-02
                parties:
                  - {id: lab, name: Labour}
                  - {id: con, name: Conservative}
                  - {id: ind-driscoll, name: Independent - Jamie Driscoll, independent: true}
                  - {id: ind, name: Independent}
                contests:
                  mayor:
                    system: fptp
                    candidates:
                      - {id: mcguinness, name: Kim McGuinness, party: lab}
                      - {id: driscoll, name: Jamie Driscoll, party: ind-driscoll}
                      - {id: renner-thompson, name: Guy Renner-Thompson, party: con}
                """;
        java.nio.file.Path one = java.nio.file.Files.writeString(dir.resolve("northeast-2024.yaml"), definition);
        Election e = CATALOG.resolve(one.toString());
        OptionResolver r = new OptionResolver(e, e.contest("mayor").orElseThrow(), ALIASES);
        assertThat(r.resolve("Independent")).contains("driscoll");
        assertThat(r.resolve("Ind")).contains("driscoll");
        assertThat(r.resolve("Labour")).contains("mcguinness");

        java.nio.file.Path two = java.nio.file.Files.writeString(
                dir.resolve("two.yaml"),
                definition.replace("northeast-2024", "northeast-2028")
                        + "      - {id: smith, name: Jo Smith, party: ind}\n");
        Election both = CATALOG.resolve(two.toString());
        OptionResolver r2 = new OptionResolver(both, both.contest("mayor").orElseThrow(), ALIASES);
        assertThat(r2.resolve("Independent")).isEmpty();
        assertThat(r2.resolve("Driscoll")).contains("driscoll");
    }

    /**
     * A name whose words belong to two candidates is a slip, not a name: on election night "Shaun Berry" (Bailey's
     * first name, Berry's surname) was read as Berry, and "Luisa Khan" as Khan, with no word said.
     */
    @Test
    void aNameMixingTwoCandidatesIsNotGuessed() {
        OptionResolver r = resolver("london-2021", "mayor");
        assertThat(r.resolve("Shaun Berry")).isEmpty();
        assertThat(r.resolve("Luisa Khan")).isEmpty();
        assertThat(r.explain("Shaun Berry"))
                .contains("could mean more than one candidate")
                .contains("Shaun Bailey")
                .contains("Siân Berry");
        // One candidate's words, one misspelt: still that candidate.
        assertThat(r.resolve("Sadiq Kahn")).contains("khan");
        assertThat(r.resolve("Siân Berry (Green)")).contains("berry");
    }

    /**
     * Another person's full name is not a candidate who shares their surname: a newsroom's "Jeremy Corbyn" was stored as
     * Piers Corbyn's figures (2021), and 2008's "Boris Johnson", read against 2000, as Darren Johnson's. A short form of
     * the candidate's own first name, a title, or a party word before the surname still reads.
     */
    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "london-2021|Jeremy Corbyn|",
                "london-2000|Boris Johnson|",
                "london-2021|Piers Corbyn|corbyn",
                "london-2021|Corbyn|corbyn",
                "london-2021|Dr Piers Corbyn|corbyn",
                "london-2000|Kenneth Livingstone|livingstone",
                "london-2000|Darren Johnson (Green)|johnson",
                "london-2024|Cllr Susan Hall|hall",
                "london-2024|Mr Khan|khan",
                "london-2024|Labour Khan|khan",
                "london-2021|Sadiq Kahn|khan",
            })
    void anotherPersonsFullNameIsNotACandidateWhoSharesTheSurname(String election, String name, String expected) {
        OptionResolver r = resolver(election, "mayor");
        if (expected == null) {
            assertThat(r.resolve(name)).isEmpty();
            assertThat(r.explain(name))
                    .contains("is not a name of")
                    .contains("add the name to the candidate's aliases")
                    // New York's 2025 primary tables have an Eric Adams column (he left the primary in April), and
                    // the message named no way to keep the page but aliases, which would have made him Adrienne Adams.
                    .contains("left the race before the vote, list them under the contest's withdrawn:");
        } else {
            assertThat(r.resolve(name)).contains(expected);
        }
    }

    @Test
    void anAliasOfOneElectionMeansNothingInAnother() {
        assertThat(resolver("london-2016", "mayor").resolve("Siobhan Benita")).isEmpty();
        assertThat(resolver("london-2012", "mayor").resolve("Rory Stewart")).isEmpty();
        // 2021's placeholder alias is not 2012's: there the words are the party's, whose one candidate was Paddick.
        assertThat(resolver("london-2012", "mayor").resolve("Liberal Democrat candidate"))
                .contains("paddick");
    }

    @Test
    void doesNotGuess() {
        OptionResolver r2024 = resolver("london-2024", "mayor");
        // Three independents stood in 2024: "Independent" names none of them.
        assertThat(r2024.resolve("Independent")).isEmpty();
        // "Labour Green" names two candidates.
        assertThat(r2024.resolve("Labour Green")).isEmpty();
        assertThat(resolver("london-2008", "mayor").resolve("Sadiq Khan")).isEmpty();
    }

    @Test
    void explainsWithTheClosestName() {
        OptionResolver r = resolver("london-2008", "mayor");
        assertThat(r.explain("Livingston"))
                .contains("unknown candidate 'Livingston' in mayor")
                .contains("did you mean 'livingstone'");
    }

    @Test
    void pollstersGoThroughTheAliasTable() {
        assertThat(ALIASES.pollster("YouGov plc")).contains("YouGov");
        assertThat(ALIASES.pollster("yougov")).contains("YouGov");
        assertThat(ALIASES.pollster("Ipsos-MORI")).contains("Ipsos");
        assertThat(ALIASES.pollster("Savanta ComRes")).contains("ComRes");
        assertThat(ALIASES.pollster("You Gov Ltd.")).contains("YouGov");
        assertThat(ALIASES.pollster("Acme Polling")).isEmpty();
        assertThat(Names.closest("YuoGov", ALIASES.pollsters())).contains("YouGov");
    }

    /**
     * A party column for a party that stood no candidate: the 2024 Tees Valley article polls "Reform" beside the
     * three candidates (Censuswide for Yasper, February 2024), though Reform UK put up none. The message says what
     * the name is and the two ways to go on, instead of only "unknown candidate".
     */
    @Test
    void aPartyWithoutACandidateIsExplainedAsSuch() {
        assertThat(resolver("london-2008", "mayor").resolve("Reform")).isEmpty();
        assertThat(resolver("london-2008", "mayor").explain("Reform"))
                .isEqualTo("unknown candidate 'Reform' in mayor: the party Reform UK has no candidate in london-2008"
                        + " (if it stood none, list it under the contest's withdrawn candidates in the election"
                        + " definition; if its candidate is missing, add them to candidates)");
        assertThat(resolver("london-2008", "mayor").explain("Livingston"))
                .startsWith("unknown candidate 'Livingston'")
                .doesNotContain("party");
    }

    /**
     * A suggestion names what the reader can use: the Italian blind trial's definition names More Europe with the alias
     * '+E', and a June poll's 'EV' (Green Europe, a list that later joined another) was offered 'e', the alias folded.
     * It is now offered the party's id and name.
     */
    @Test
    void aSuggestedAliasIsNamedByItsParty(@org.junit.jupiter.api.io.TempDir java.nio.file.Path root)
            throws java.io.IOException {
        IngestFixtures.copyDataWith(root, "it-2022.yaml");
        IngestFixtures.editLines(
                root.resolve("elections/it-2022.yaml"),
                lines -> lines.map(l -> l.replace("{id: pe, name: +E}", "{id: pe, name: More Europe, aliases: [+E]}")));
        Election e = new ElectionCatalog(new DataHome(root)).resolve("it-2022");
        OptionResolver r = new OptionResolver(e, e.contest("chamber").orElseThrow(), ALIASES);
        assertThat(r.explain("EV"))
                .contains("unknown party 'EV' in chamber")
                .contains("did you mean 'pe' (More Europe)?")
                .doesNotContain("'e'");
    }
}
