package org.pollcast.ingest;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The vocabulary of poll-file columns: the canonical field names and the spellings spreadsheets and
 * published tables use for them. Anything not listed here is an option column (a candidate or a party).
 */
final class Columns {
    /** Columns read but not stored: derived figures a table prints for readers. */
    static final String IGNORED = "ignored";

    private static final Map<String, String> FIELDS = new HashMap<>();
    // Compiled once: String.replaceAll compiles its pattern on every call, and headers are looked up per row.
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_UNDERSCORES = Pattern.compile("^_+|_+$");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern NAMED_LEAD = Pattern.compile("[a-z0-9_]+_lead(_[a-z0-9_]+)?");
    /**
     * Those who say they will spoil their ballot ("Will spoil", "Spoil vote", "Spoilt ballot"), as Irish polls print
     * them beside "Will not vote" (Ipsos B&A, October 2025: 6% in a campaign to spoil ballots). A spoilt ballot is no
     * valid vote, so the figure is outside the base the shares are of, as would-not-vote is. Read as a candidate, the
     * column refused the whole file.
     */
    private static final Pattern SPOILT =
            Pattern.compile("(?:[a-z0-9_]+_)?(?:spoil|spoilt|spoiled|spoiling)(?:_[a-z0-9_]+)?");

    /** The government's or the opposition's parties summed, as a lone header names them. */
    private static final Set<String> GOVERNMENT_OR_OPPOSITION = Set.of(
            "gov",
            "govt",
            "government",
            "gov_sup",
            "govt_sup",
            "govt_support",
            "gov_support",
            "government_support",
            "opp",
            "opposition");

    static {
        alias("election", "election", "election_id");
        alias("year", "year");
        alias("contest", "contest", "race");
        // An Assembly table that gives each poll's constituency and list figures on two lines heads the column
        // that says which "Vote" or "Ballot" (cells "Constituency", "List").
        alias("scope", "scope", "question", "ballot", "ballot_type", "ballot_paper", "vote", "vote_type", "round");
        // A ranked-choice table's column numbering each line of a survey's own count ("RCV count": BA, 1, 2, ...).
        alias(
                CountRounds.FIELD,
                "count_round",
                "rcv_count",
                "rcv_round",
                "rcv",
                "ranked_choice_round",
                "count_round_no");
        alias(
                "pollster",
                "pollster",
                "polling_firm",
                "firm",
                "company",
                "polling_organisation",
                "polling_organization",
                "polling_company",
                // Australian encyclopedia tables head the firm "Brand" (Newspoll, Resolve Strategic, Roy Morgan).
                "brand",
                "organisation",
                "organization",
                "agency",
                // The EU referendum's encyclopedia table heads the firm "Conducted by", after the shares.
                "conducted_by");
        alias(
                "pollster_client",
                "pollster_client",
                "pollster_and_client",
                "polling_firm_client",
                "polling_organisation_client",
                "polling_organization_client",
                "pollster_commissioner",
                // American encyclopedia tables head it "Poll source" ("Emerson College/PIX11").
                "poll_source",
                // Ecuador's tables head it "Polling source" (Comunicaliza, Tino Electoral).
                "polling_source",
                // European ones "Polling firm/Link": the firm, then its client, linked to the source ("IBRiS / Onet",
                // "CBOS"); the Polish and French presidential pages.
                "polling_firm_link",
                "pollster_link",
                // Polling sites head the column with the poll itself: "Survey", "Poll" ("YouGov/Evening Standard").
                "survey",
                "poll",
                // The 2022 Brazilian presidential tables head it "Publisher/Pollster" ("Abrapel/Ipespe", "CNT/MDA"):
                // the client first, told from the firm by the alias table as "XP/Ipespe" is. Unread, the page was
                // refused.
                "publisher_pollster");
        // The firm in Portuguese, Spanish and French data files: "Instituto" (Nexo Jornal's files of the Brazilian
        // polls), "Encuestadora", "nom_institut" and "institut" (NSPPolls' French files, German tables).
        alias("pollster", "instituto", "empresa", "encuestadora", "institut", "nom_institut", "sondeur");
        // "Commissioners": Europe Elects' and EOPAOD's files, "N/A" where the firm polled for itself.
        alias(
                "client",
                "client",
                "commissioner",
                "commissioners",
                "commissioned_by",
                "sponsor",
                "media_client",
                "publisher",
                // Portuguese, Spanish, French: "Contratante", "Cliente", NSPPolls' "commanditaire".
                "contratante",
                "cliente",
                "commanditaire");
        alias(
                "fieldwork_start",
                "fieldwork_start",
                "start",
                "start_date",
                "date_from",
                "from",
                "fieldwork_start_date",
                // NSPPolls' French files, Spanish tables
                "debut_enquete",
                "fecha_inicio");
        // Canadian encyclopedia tables date a poll by its "Last date of polling" (Toronto 2023).
        alias(
                "fieldwork_end",
                "fieldwork_end",
                "end",
                "end_date",
                "date_to",
                "to",
                "fieldwork_end_date",
                "date",
                "last_date_of_polling",
                "last_day_of_polling",
                "last_date_polled",
                // "Data" (Nexo Jornal's Brazilian files: the fieldwork's last day), "Fecha", NSPPolls' "fin_enquete"
                "data",
                "fecha",
                "fin_enquete",
                "fecha_fin");
        alias(
                "dates",
                "dates",
                "fieldwork",
                "fieldwork_date",
                "fieldwork_dates",
                "dates_conducted",
                "date_conducted",
                // American encyclopedia tables: "Date(s) administered" (its "(s)" dropped by normalise).
                "dates_administered",
                "date_administered",
                "field_dates",
                // "Polling period", beside "Publisher/Pollster" in the 2022 Brazilian tables.
                "polling_period");
        // "Data divulgação" (Nexo Jornal's files), "Fecha de publicación", "date de publication"
        alias(
                "published",
                "published",
                "publication_date",
                "published_date",
                "release_date",
                "date_published",
                "data_divulgacao",
                "data_de_divulgacao",
                "fecha_de_publicacion",
                "fecha_publicacion",
                "date_de_publication");
        alias("date_precision", "date_precision");
        // "Respondents", as the encyclopedia's Peruvian tables head the sample: before, read as a candidate, and the
        // table skipped as of no candidate of the election.
        // "Amostra", "Muestra", "Entrevistas", NSPPolls' "echantillon": the sample in Portuguese, Spanish and French.
        alias(
                "sample_size",
                "sample_size",
                "sample",
                "n",
                "base",
                "sample_base",
                "respondents",
                "amostra",
                "muestra",
                "entrevistas",
                "echantillon",
                // the encyclopedia's 2017 Jakarta table: "Amount of Samples"; Indonesian "Jumlah sampel", "Responden"
                "amount_of_samples",
                "number_of_samples",
                "number_of_respondents",
                "jumlah_sampel",
                "jumlah_responden",
                "responden");
        // Polling sites head it "Pop" beside the sample ("| Sample | Pop |", cells LV, RV): read as a candidate, the
        // column refused every row of the table.
        alias("population", "population", "pop");
        // "Polling method" (IVR, online, telephone) in Canadian tables: read as a candidate named "Polling method".
        // "Polling type" (online, telephone) in the EU referendum's encyclopedia table; "Type of poll" ("Online panel",
        // "Likely voter (51.6%)") in the Chilean presidential ones: read as a candidate, the whole table was refused.
        alias(
                "mode",
                "mode",
                "method",
                "polling_method",
                "survey_method",
                "methodology",
                "interview_mode",
                "polling_type",
                "poll_type",
                "type_of_poll",
                "survey_type",
                "polling_mode");
        alias("dont_know", "dont_know", "don_t_know", "dk", "undecided", "und", "undec");
        // Those who do not know or did not answer, as Colombia's encyclopedia tables ("Unsure/No answer") and Spanish-
        // language pollsters ("No sabe / No responde", "NS/NR") head them: read as candidates, they refused the page.
        alias(
                "dont_know",
                "no_answer",
                "unsure",
                "not_sure",
                "unsure_no_answer",
                "dont_know_no_answer",
                "don_t_know_no_answer",
                "no_sabe_no_responde",
                "no_sabe_no_contesta",
                "no_sabe",
                "ns_nr",
                "ns_nc",
                "indecisos",
                "indeciso",
                // French, as Quebec's pollsters print it ("NSP/Refus", Léger's Montreal releases: ne sait pas, refuse
                // de répondre), and "Indécis": read as a candidate, the page was refused (a blind trial).
                "nsp",
                "nsp_refus",
                "nsp_nrp",
                "ne_sait_pas",
                "ne_sait_pas_refus",
                "indecis",
                "indecise",
                "indecis_refus",
                "refus");
        // A blank or null ballot in Spanish ("Voto en blanco", "En blanco", "Blanco/Nulo"): those casting no vote for a
        // candidate, as "Blank/Null" (below). Spelt out, so that a candidate named Blanco is still a candidate.
        alias(
                "dont_know",
                "en_blanco",
                "voto_en_blanco",
                "votos_en_blanco",
                "voto_blanco",
                "blanco_nulo",
                "blanco_y_nulo",
                "blancos_y_nulos",
                "voto_nulo",
                "nulo",
                // Portuguese: "Brancos, nulos e indecisos" ("BNI", Nexo Jornal's files), "Brancos e nulos",
                // "Branco/Nulo", "Não sabe".
                "bni",
                "brancos_nulos_e_indecisos",
                "brancos_e_nulos",
                "branco_nulo",
                "brancos_nulos",
                "nao_sabe",
                "indecisos_brancos_e_nulos");
        alias("notes", "notes", "note", "comment", "comments");
        alias("citation", "citation", "source", "sources", "url", "link", "ref", "refs", "reference");
        alias("poll_id", "poll_id");
        // One poll's scenarios (the candidates asked about in each), as NSPPolls' French files give them beside the
        // poll's id ("hypothese": "Hypothèse Macron / Le Pen"): each scenario is a question of its own.
        alias("scenario", "scenario", "hypothese", "hipotese", "cenario", "escenario");
        alias("option", "candidate_or_party", "option", "candidate", "party");
        alias("share", "share", "percent", "pct", "value");
        alias(IGNORED, "lead", "margin", "partial", "total", "turnout", "area", RejectsCsv.REASON);
        // "Resp." (Norwegian tables: the share of those asked who named a party, the election row its turnout): no
        // option. Latvian tables head the same figure "Dec." (the decided, 51.3 of Factum's respondents over shares of
        // them summing to 100): read as a party, it refused the page.
        alias(IGNORED, "resp", "response", "response_rate", "dec", "decided");
        // Europe Elects' and EOPAOD's files: "Participation" (the turnout the firm expects, mostly "N/A"), "Precision"
        // (the step its figures are rounded to: 0.5, 1), and "Sample Size Qualification" ("Provided", "Estimated/
        // Assumed"): about the poll, no option. Read as parties, each refused every row.
        alias(IGNORED, "participation", "precision", "sample_size_qualification");
        // Nexo Jornal's Brazilian files: "Registro", the poll's registration at the electoral court (BR-01318/2022),
        // and
        // "VV13", "VV22": each finalist's share of the valid votes as a fraction, derived from the figures beside
        // them. NSPPolls' French files: each figure's margins ("erreur_sup", "erreur_inf"), "rolling", "media", the
        // "parti" of a candidate's row and the size of the subsample that named one ("sous_echantillon").
        alias(
                IGNORED,
                "registro",
                "registro_tse",
                "erreur_sup",
                "erreur_inf",
                "rolling",
                "media",
                "parti",
                "sous_echantillon");
        // Respondents who name no one, as pollsters' tables list them after "Don't know": no option, no figure kept.
        alias(
                IGNORED,
                "would_not_vote",
                "wouldn_t_vote",
                "will_not_vote",
                "won_t_vote",
                "not_voting",
                "refused",
                "refuse",
                "prefer_not_to_say",
                // "No vote" (Colombia's encyclopedia tables) and "Ninguno" (a pollster's "none of them"): those who
                // will vote for no one, no option of the ballot. "None" alone stays a name (BrazilianPollTablesTest).
                "no_vote",
                "ninguno",
                "ninguna");
        // Those who would abstain, as a share of everyone asked: German tables print it as "Abs." (Forschungsgruppe
        // Wahlen and Forsa publish it) before the parties. No option: read as one, "Abs." was refused as an unknown
        // party in a CSV, and a page's table of it was skipped as naming someone who does not stand.
        alias(IGNORED, "abs", "abstention", "abstentions", "abstain", "non_voters", "nonvoters", "non_voter");
        // The government's and the opposition's parties summed, as Czech and Slovak tables print them after the lead
        // ("Govt. + sup.", "Gov.", "Opp."): derived figures like the lead. Read as parties, the 2021 Czech table was
        // refused (no election has a party "Govt. + sup."), and a popular vote would have put them in the others.
        for (String sum : GOVERNMENT_OR_OPPOSITION) {
            alias(IGNORED, sum);
        }
    }

    /**
     * True for a header naming the government's or the opposition's summed parties ("Govt. + sup.", "Opp."): ignored
     * as a lone column, but a party a definition names so, or the parties printed under such a group, are parties.
     */
    static boolean governmentOrOpposition(String header) {
        return GOVERNMENT_OR_OPPOSITION.contains(normalise(header));
    }

    /** The words that name a government's side in a header that sets it against the opposition. */
    private static final Set<String> GOVERNING = Set.of("cabinet", "government", "gov", "govt", "coalition");

    /**
     * One column of the government's and the opposition's sums, cell "44.3 – 55.7", headed for the cabinet
     * ("Ratas' cabinet – Opposition", the encyclopedia's Estonian 2019 table; "Government – Opposition"): a derived
     * figure like the lead. Read as a party, it refused every row of the table.
     */
    private static boolean governmentAgainstOpposition(String normalised) {
        List<String> words = Arrays.asList(normalised.split("_"));
        boolean opposition = words.contains("opposition") || words.contains("opp");
        return opposition && words.stream().anyMatch(GOVERNING::contains);
    }

    private Columns() {}

    private static void alias(String field, String... names) {
        for (String n : names) {
            FIELDS.put(n, field);
        }
    }

    /** A plural left open in a header: "Client(s)". */
    private static final Pattern OPEN_PLURAL = Pattern.compile("(?<=\\p{L})\\(s\\)");

    /**
     * "Sample size" -> sample_size, "Pollster/client" -> pollster_client, "Don't know" -> dont_know. A footnote
     * marker copied from a page with its header ("Sample size[a]") is no part of the name.
     */
    static String normalise(String header) {
        // Accents folded, so that a header in Portuguese or French ("Data divulgação", "échantillon") is one word of
        // the vocabulary, not split where its accented letters were.
        String h = header == null ? "" : TableText.clean(header);
        if (!h.chars().allMatch(ch -> ch < 0x80)) {
            // most headers are ASCII: decomposed only where there is an accent to fold (headers are looked up per row)
            h = ACCENTS.matcher(Normalizer.normalize(h, Normalizer.Form.NFD)).replaceAll("");
        }
        // A plural left open, "Client(s)", "Date(s) conducted" (the encyclopedia's Senedd tables), is the word: read as
        // "client_s" the client column was taken for a party and its rows refused as naming an unknown one.
        h = OPEN_PLURAL.matcher(h.toLowerCase(Locale.ROOT)).replaceAll("");
        return EDGE_UNDERSCORES
                .matcher(NOT_ALPHANUMERIC.matcher(h).replaceAll("_"))
                .replaceAll("");
    }

    /**
     * The canonical field a header names, or empty for an option column. A lead named for its leader ("Johnson
     * Lead", "Lab lead") or qualified ("Lead (pts)"), and a margin of error, are derived figures, ignored like "Lead":
     * read word by word a lead would name the candidate.
     */
    static Optional<String> field(String header) {
        String n = normalise(header);
        String field = FIELDS.get(n);
        if (field == null && (isDerived(n) || SPOILT.matcher(n).matches() || isWouldNotVote(n))) {
            return Optional.of(IGNORED);
        }
        if (field == null
                && (isUndecidedOrOther(n) || isNoValidVote(n) || isDontKnowOrNoVote(n) || isNoOneIberian(n))) {
            return Optional.of("dont_know");
        }
        return Optional.ofNullable(field);
    }

    /**
     * A row or column of those who say they will not vote, in the words American and British pollsters print it
     * ("Probably won't vote", "I would not vote", "Would not vote", "Not voting"): no option and no don't-know, as the
     * spelt-out aliases above. YouGov's Economist releases list "Probably won't vote: 1%" under the candidates, and it
     * was counted in Other (Clinton 48.4 where the re-based figure is 48.9). Only such words: a label naming anything
     * else ("Would not vote for Trump", "Don't know / would not vote") keeps its own reading.
     */
    static boolean wouldNotVote(String label) {
        return isWouldNotVote(normalise(label));
    }

    private static boolean isWouldNotVote(String normalised) {
        List<String> words = Arrays.asList(normalised.split("_"));
        boolean vote = words.contains("vote") || words.contains("voting");
        boolean not = words.contains("not") || words.contains("t") || words.contains("wont");
        return vote && not && WOULD_NOT_VOTE_WORDS.containsAll(words);
    }

    /** The words a would-not-vote label is made of: a qualifier, a person, a modal and its negation, and the vote. */
    private static final Set<String> WOULD_NOT_VOTE_WORDS = Set.of(
            "probably",
            "definitely",
            "certainly",
            "i",
            "would",
            "wouldn",
            "will",
            "won",
            "wont",
            "not",
            "t",
            "vote",
            "voting");

    /**
     * One column of those who named no one and those who named someone else, as encyclopedia tables head it
     * ("Undecided / Other", "Other/Undecided", "DK/Others"). It is read as the don't-know figure: the shares are then
     * re-based to those naming a listed candidate where the poll names every candidate standing (no one else is left
     * for its "other" part to be), and a poll that leaves candidates out is kept as printed. Read word by word as
     * "Others", it put the Irish 2025 polls' undecided (18 to 31%) on candidates no ballot held, and the forecast
     * gave Connolly 38.5% (she won 63.4%). A heading that leaves the undecided out ("Others excl. undecided") is the
     * others alone.
     */
    private static boolean isUndecidedOrOther(String normalised) {
        List<String> words = Arrays.asList(normalised.split("_"));
        boolean other = words.contains("other") || words.contains("others") || words.contains("oth");
        // "Others/None", as the Chilean tables head it: those naming no one are as good as undecided to a count of
        // valid votes. Read as "Others", it put 17 to 28% of Chile's 2021 polls on candidates no ballot held.
        boolean undecided = words.contains("undecided")
                || words.contains("none")
                || words.contains("nobody")
                || words.contains("dk")
                || words.contains("unsure")
                || (words.contains("know") && (words.contains("dont") || words.contains("don")));
        // "Others (excl. undecided)" names both words and is the others alone.
        boolean excluding = words.stream().anyMatch(w -> w.startsWith("excl") || w.equals("without"));
        return other && undecided && !excluding;
    }

    /**
     * One column of those who do not know and those who will not vote or will cast no valid vote ("Don't know/Abstain",
     * as the 2020 Polish tables head it): neither names a candidate, so it is the poll's don't-knows, and a poll that
     * prints it is re-based to those naming one. Read as a candidate, "Don't know/ Abstain" refused every poll of the
     * table that printed a figure under it.
     */
    private static boolean isDontKnowOrNoVote(String normalised) {
        List<String> words = Arrays.asList(normalised.split("_"));
        boolean dontKnow = words.contains("know") && (words.contains("dont") || words.contains("don"));
        return dontKnow
                && words.stream().anyMatch(w -> !w.equals("and") && !w.equals("or") && NO_VALID_VOTE.contains(w))
                && words.stream()
                        .allMatch(w -> NO_VALID_VOTE.contains(w)
                                || Set.of("don", "t", "dont", "know").contains(w));
    }

    /**
     * Whether a don't-know column counts ballots cast for no one ("Blank/Null", "Null/Void", "Blank/Null/Undec."), as
     * against the undecided ("Undecided", "Don't know", "Undec."): one of each is summed as the poll's don't-knows, two
     * of one kind are one figure printed twice.
     */
    static boolean isBlankOrNull(String header) {
        return Arrays.stream(normalise(header).split("_")).anyMatch(BALLOTS_FOR_NO_ONE::contains);
    }

    /** The words of a column of ballots cast for no one, as against the undecided. */
    private static final Set<String> BALLOTS_FOR_NO_ONE =
            Set.of("blank", "blanks", "null", "nulls", "void", "invalid", "blanco", "nulo");

    /** Words of a column of those who will cast no valid vote: a blank or null (void) ballot, or none yet. */
    private static final Set<String> NO_VALID_VOTE = Set.of(
            "blank",
            "blanks",
            "null",
            "nulls",
            "void",
            "invalid",
            "none",
            "nobody",
            "abst",
            "abs",
            "abstain",
            "abstention",
            "abstentions",
            "undec",
            "undecided",
            "und",
            "dk",
            "unsure",
            // "Und./ Ref." (undecided and refused, as the 2022 Philippine tables of May 2022 head it): neither names a
            // candidate. "Ref." or "Refused" alone keeps its own meaning (a citation; a column passed over).
            "ref",
            "refused",
            // "Undecided/ Non-voters" (Sri Lanka's 2024 table): those who will vote for no one, beside the undecided
            "non",
            "voter",
            "voters",
            "nonvoters",
            "and",
            "or",
            "vote",
            "votes",
            "ballot",
            "ballots");
    /** Of those, the words that make a column one of ballots cast for no one (not "None" or "Abst." alone). */
    private static final Set<String> BLANK_OR_NULL =
            Set.of("blank", "blanks", "null", "nulls", "void", "invalid", "undec", "undecided", "und", "dk");

    /**
     * A line or column of respondents who name no candidate in Portuguese or Spanish, however a report joins its words:
     * "Não sabe/ Não respondeu", "NS/NR (Não sabe / Não respondeu)", "Nenhum/ Branco/ Nulo", "Branco / Nulo / Nenhum",
     * "Nenhum, branco e nulo" (the São Paulo trial's reports of Paraná Pesquisas', AtlasIntel's and Datafolha's polls).
     * Each was refused as an unknown candidate, or left out so that a complete poll read as partial and its rest went to
     * "Others" (6.7% a week out, for two candidates who won 0.03%). Only such words, one of them saying so: "Branco"
     * alone may be a surname, and "Nenhum" alone is none (as "Ninguno").
     */
    private static boolean isNoOneIberian(String normalised) {
        List<String> words = Arrays.asList(normalised.split("_"));
        return IBERIAN_NO_ONE.containsAll(words) && words.stream().anyMatch(IBERIAN_NO_ONE_MARKS::contains);
    }

    /** The words that say a Portuguese or Spanish label is of no one: a don't-know or no-answer, a null or blank ballot. */
    private static final Set<String> IBERIAN_NO_ONE_MARKS = Set.of(
            "sabe",
            "sabem",
            "soube",
            "respondeu",
            "responderam",
            "responde",
            "respondio",
            "contesta",
            "contesto",
            "ns",
            "indeciso",
            "indecisos",
            "indecisa",
            "indecisas",
            "brancos",
            "blancos",
            "nulo",
            "nulos");

    /**
     * Every word such a label may hold: those, and the words beside them that say nothing alone ("não", "branco",
     * which may be a surname, "nenhum", which alone is none) and the joining words.
     */
    private static final Set<String> IBERIAN_NO_ONE = Stream.concat(
                    IBERIAN_NO_ONE_MARKS.stream(),
                    Stream.of(
                            "nao",
                            "no",
                            "quis",
                            "quiseram",
                            "responder",
                            "nr",
                            "nc",
                            "branco",
                            "blanco",
                            "voto",
                            "votos",
                            "em",
                            "en",
                            "nenhum",
                            "nenhuma",
                            "ninguno",
                            "ninguna",
                            "e",
                            "y",
                            "ou",
                            "o"))
            .collect(Collectors.toUnmodifiableSet());

    /**
     * A column of respondents who will cast no valid vote, as Latin American tables print them: "Blank/Null",
     * "Blank/Null/Undec.", "Abst. Undec.", "Null/Void". A count of valid votes leaves blank and null ballots out (Brazil's
     * and Peru's do: a candidate needs half the valid votes), so such a poll's shares are re-based to those naming a
     * candidate, as the pollsters' own "valid votes" figures are; with an undecided column beside it the two are one
     * don't-know figure (see {@code HtmlPollTableReader}). Read as a candidate, "Blank/Null" refused the whole page.
     */
    private static boolean isNoValidVote(String normalised) {
        List<String> words = Arrays.asList(normalised.split("_"));
        return NO_VALID_VOTE.containsAll(words)
                && words.stream().anyMatch(BLANK_OR_NULL::contains)
                && words.stream().anyMatch(w -> !w.equals("and") && !w.equals("or"));
    }

    /**
     * A derived figure printed for readers, whatever it says after its first word: "Lead (pts)", "Lead (Con)",
     * "Lead over Lab", "Johnson Lead", "Margin of error", "MoE". Read as options, a lead named for a party would
     * name its candidate a second time.
     */
    private static boolean isDerived(String normalised) {
        return NAMED_LEAD.matcher(normalised).matches()
                || governmentAgainstOpposition(normalised)
                || normalised.startsWith("lead_")
                || normalised.startsWith("margin_")
                || normalised.equals("moe")
                // "Error Margin" and "Gap with the first place" (the 2017 Jakarta table's): read as options, the table
                // was refused for naming unknown candidates
                || normalised.equals("error_margin")
                || normalised.equals("gap")
                || normalised.startsWith("gap_with")
                // "VV13", "VV22": a candidate's share of the valid votes by ballot number, as Nexo Jornal's Brazilian
                // files print it beside the figures it is derived from.
                || VALID_VOTES_BY_NUMBER.matcher(normalised).matches();
    }

    private static final Pattern VALID_VOTES_BY_NUMBER = Pattern.compile("vv_?\\d{1,3}");
}
