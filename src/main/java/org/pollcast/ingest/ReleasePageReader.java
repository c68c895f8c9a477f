package org.pollcast.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.pollcast.BadInputException;
import org.pollcast.Printable;
import org.pollcast.election.Scope;

/**
 * A pollster's release page about one survey, whose headline figures are printed as a list of lines, one per option
 * (Redfield &amp; Wilton Strategies' London pages, and the like of other firms):
 *
 * <pre>
 * Latest London Mayoral and General Election Voting Intentions
 * (7-8 September)
 * September 11, 2020
 * ... our latest voting intention result is as follows (with changes from 5-7 August in parenthesis):
 * Sadiq Khan (Labour) 48% (-1)
 * Shaun Bailey (Conservative) 28% (+2)
 * Other 4% (–)
 * </pre>
 *
 * Read as the page's text (a copy, or the HTML, its paragraphs and line breaks made lines). Each block of two or more
 * consecutive option lines ({@code NAME [(PARTY)] NN% [(CHANGE)]}) is one question; the paragraph before it, with the
 * page's title above it, says which contest and ballot, in the words a firm's results tables use ({@link
 * QuestionHeading}), and the survey is then placed as those tables' is ({@link SurveyPolls}). A change in brackets
 * is never a figure. The fieldwork dates come from the title's "(7-8 September)", the year from the publication date
 * under it (never after it); the firm from the page's site name or the one known firm its text names before the
 * figures; the sample from "poll of 2,500 Londoners" where printed. A page without such a block, a date or a firm is
 * refused naming what is missing: prose ("Khan has 48 per cent") is never read.
 */
final class ReleasePageReader {
    /** The most characters read: a release page is a few tens of kilobytes of text. */
    static final int MAX_CHARS = 2 << 20;

    /** The title and date come before the figures, within the first lines of the page's text. */
    private static final int HEAD_LINES = 12;

    /**
     * A change since the firm's last poll, never a figure: signed ("-1", "+1.5%", "±0", "+1pt"), in words ("up 2%",
     * "down 1 point", "up 0.5 percentage points"), or none ("no change", "steady", "unchanged"), as news pages print it.
     */
    private static final String CHANGE = "(?:[+\\-–−±]?\\s?\\d{1,2}(?:\\.\\d{1,2})?\\s?(?:%|pts?|points?)?"
            + "|(?i:up|down)\\s+\\d{1,2}(?:\\.\\d{1,2})?\\s?(?:%|pts?|points?|percentage\\s+points?)?"
            + "|(?i:no\\s+change|steady|unchanged))";

    /**
     * A word saying the figure after it is the firm's earlier one: "before", "antes", "tinha" and "eram" (had, were: UOL's
     * lists of Quaest's São Paulo polls, "Ricardo Nunes (MDB): 44% (tinha 45%)"), "avant".
     */
    private static final String EARLIER =
            "(?i:before|previously|prev\\.?|was|were|antes|anterior|tinha|tinham|eram|era|estava|avant|vorher|zuvor|prima)";

    /**
     * "New" in a change's place, for an option the firm's last poll did not ask, as news pages of several languages print
     * it ("(new)", "(NEU)", "(nouveau)"): the Austrian trial's "Wallentin: 9% (NEU)" cut the list in two and the page was
     * refused.
     */
    private static final String NEW_WORD =
            "(?i:new|neu|nouveau|nouvelle|nuevo|nueva|nuovo|nuova|nieuw|nowy|nowa|novo|nova|nytt|ny|uusi)";

    /**
     * A bullet opening a list's line: the dots and dashes of lists, and the squares and discs some sites print (the
     * Western Mail's "■ Labour – 36% (+1 on YouGov)", refused as prose: the Senedd trial).
     */
    static final String BULLET = "[•·▪◦■●*\\-–]";

    /**
     * An option line: perhaps a list's bullet ("•", "-", as a text copy of a page's list keeps it), a name (perhaps
     * with its party in brackets) and a colon or dash, a share ("<1%" and "*%" too, under half a point; "37 percent"
     * as news pages print it), and perhaps a change in brackets ("(-1)", "(±0)", "(+1pt)", "(down 1%)", "(-0.3% from
     * early Sep)"), or the firm's earlier figures there ("(48, 47)"), or after a comma ("37 percent, up 1 point"),
     * then the seats it projects ("(47 seats)") and a footnote mark ("Luisa Porritt (Liberal Democrat) 10% (-1)[1]"):
     * a line of the list the pattern missed cut it in two, its tail read as another list (New Zealand's news pages'
     * lists, "Labour Party:  46%  (down 1%)", were read from their third line on). The name holds no digit, comma or
     * colon, so a CSV row, a sentence with figures or a table's line is no option line. A decimal comma is read as the
     * decimal point it is in Spanish and Portuguese pages ("• Javier Milei 29,9%", CB Consultora's release of October
     * 2023): before, the list was no list, and the page refused as figures in prose.
     */
    private static final Pattern OPTION_LINE = Pattern.compile("(?:" + BULLET + "\\s+)?"
            // A bar chart's row copied as text ("William Ruto | 43.3% |", kenyaforum.net's Radio Africa poll of May
            // 2022) sets its name and share apart with a bar, and may close with one.
            + "(?<name>[\\p{L}'’‘\"“”.&/\\-–]+(?:[ \\u00a0]+[\\p{L}'’‘\"“”.&/\\-–()]+)*?)\\s*[:\\-–|~]?\\s+"
            + "(?<share>\\d{1,2}(?:[.,]\\d)?|\\.\\d|<\\s?1|\\*)"
            // "Percent" as a headline-cased page prints it (theinsiderstories.com's "Widodo – Amin : 57.7 Percent"),
            // and Indonesian's "persen" (tribunnews.com's "Prabowo-Gibran: 42,2 persen").
            // "Prozent", "por ciento", "per cento", "procent", "odsto" as German, Spanish, Italian, Polish and Serbian
            // lists write it ("SPD : 38 Prozent", the Hamburg trial's Augsburger Allgemeine; "48.6 por ciento").
            + "(?:\\s?%|\\s(?i:per\\s?cent|pc|persen|prozent|por\\s+ciento|per\\s+cento|procent|odsto)\\b)"
            + "(?:\\s*\\((?:" + CHANGE
            + "(?:\\s+(?:from|since|on|compared\\s+(?:with|to)|vs\\.?)\\s[^()]*)?|[–—\\-=]|nc|n/c|n/a|"
            + NEW_WORD
            // Two changes, since the firm's last poll and since the last election ("(+1 / -3)", "(nc / +5)"), as
            // ballotbox.scot prints Scottish polls; with the "~" between name and share it puts there.
            + "|(?:" + CHANGE + "|nc)\\s*/\\s*(?:" + CHANGE + "|nc)"
            + "|\\d{1,2}(?:\\.\\d)?(?:\\s*,\\s*\\d{1,2}(?:\\.\\d)?)+"
            // The firm's earlier figure in words: "(antes 25%)", as UOL lists Quaest's São Paulo polls.
            + "|" + EARLIER + "\\s*:?\\s*\\d{1,2}(?:[.,]\\d{1,2})?\\s?%?)\\)"
            + "|\\s*[,\\-–]\\s*" + CHANGE + ")?"
            + "(?:\\s*\\(\\d{1,3}\\s+seats?\\))?"
            + "(?:\\s*\\[\\w{1,3}\\])?"
            + "(?:\\s*\\|)?"
            // A list written as one sentence's parts, each line closed by a comma or semicolon ("- NDP 49% (+7),", a
            // Saskatchewan news page's Mainstreet poll): refused before as no list.
            + "[,;]?");
    /**
     * A bulleted option line whose name a description follows after a comma, the share after a colon ("- Joe Buscaino,
     * L.A. city councilman: 7.7%", as American news pages list a race's candidates): the name is the part before the
     * comma. Only under a bullet and with the colon: a sentence with a comma and a figure is no such line.
     */
    private static final Pattern OPTION_LINE_DESCRIBED = Pattern.compile(BULLET + "\\s+"
            + "(?<name>\\p{Lu}[\\p{L}'’‘\"“”.\\-]*(?:[ \\u00a0]+[\\p{L}'’‘\"“”.\\-]+){0,4}),\\s+[^\\d:%]{1,80}?:\\s*"
            + "(?<share>\\d{1,2}(?:[.,]\\d)?|\\.\\d|<\\s?1|\\*)\\s?%");

    /**
     * A bulleted option line whose share follows a comma, perhaps closed by a full stop ("* Ossoff (D), 51%.", as an
     * American news page listed SurveyUSA's Georgia run-off poll of December 2020): a few words and the party in
     * brackets. Only under a bullet and with the party: a crosstab's "* Women, 55%." under the list is no option line
     * (read as one, it refused the page for an unknown candidate 'Women'), nor a sentence's "voters, 45%".
     */
    private static final Pattern OPTION_LINE_COMMA = Pattern.compile(BULLET + "\\s+"
            + "(?<name>\\p{Lu}[\\p{L}'’‘.\\-]*(?:[ \\u00a0]+[\\p{L}'’‘.\\-]+){0,3}\\s*\\([\\p{L} .\\-]{1,30}\\)),\\s*"
            + "(?<share>\\d{1,2}(?:[.,]\\d)?|\\.\\d|<\\s?1)\\s?%\\.?");

    /**
     * An option line with its share first ("20% Chow (+2)", "32% Undecided (no change)"), as Liaison Strategies' Toronto
     * releases of 2023 print their lists: read name first only, the releases were refused as having no list of
     * figures. The name starts with a capital, so that a sentence opening with a percentage is no option line.
     */
    private static final Pattern OPTION_LINE_SHARE_FIRST = Pattern.compile(
            "(?<share>\\d{1,2}(?:[.,]\\d)?|<\\s?1|\\*)\\s?%\\s+(?<name>\\p{Lu}[\\p{L}'’.&/\\-–]*(?:[ \\u00a0]+[\\p{L}'’.&/\\-–()]+)*?)"
                    + "(?:\\s*\\((?:[+\\-–−±]?\\s?\\d{1,2}(?:\\.\\d)?\\s?(?:pts?|points?)?|[–—\\-=]|nc|n/c|" + NEW_WORD
                    + "|no change)\\))?"
                    + "(?:\\s*\\[\\w{1,3}\\])?");
    /** The longest option line: a name, a party, a share and a change. */
    private static final int MAX_OPTION_LINE = 120;

    /** The party after a candidate's name: "Sadiq Khan (Labour)". */
    private static final Pattern PARTY_IN_BRACKETS = Pattern.compile("^(.*\\S)\\s*\\(([^()]+)\\)$");
    /** The fieldwork dates in the title: "(7-8 September)", "(5 to 7 August)", "(4-6 September 2023)". */
    private static final Pattern TITLE_DATES = Pattern.compile("\\(([^()]*\\d[^()]*)\\)\\s*$");
    /**
     * "poll of 2,500 Londoners", "a sample of 2,000", "survey of 1,500 adults", "The Forum Poll™ among 1,037 Toronto
     * residents" (as Forum Research's releases open: its sample was missed, and the poll weighted as of 1,000), "the
     * poll surveyed 1,086 Toronto voters" (Liaison Strategies').
     */
    private static final Pattern SAMPLE = Pattern.compile(
            "(?i)\\b(?:(?:poll|sample|survey|sample size)(?:\\s+of|[\u2122\u00ae]?"
                    + "\\s+among)|surveyed|questioned|polled)\\s+(?!(?:19|20)\\d{2}\\b)(\\d{1,3}(?:,\\d{3})+|\\d{3,6})\\b(?![.,]\\d)"
                    // a party "polled 353,866 constituency votes", a year "polled 2021 Senedd voters" (the review)
                    + "(?!\\s+(?:[\\p{L}\\-]+\\s+){0,2}?votes?\\b)"
                    // "1,000 adults were interviewed", "1,200 interviews were conducted" (Irish news reports)
                    // A year is no sample: "In 2011 voters were interviewed on the same question" (review).
                    + "|\\b(?!(?:19|20)\\d{2}\\b)(\\d{1,3}(?:,\\d{3})+|\\d{3,6})\\s+(?:(?:[\\p{L}\\-]+\\s+){0,2}(?:were\\s+)?interviewed"
                    + "|interviews\\s+(?:were\\s+)?(?:conducted|carried out|completed))\\b"
                    // Indonesian: "767 responden", "jumlah responden 1.200", "sampel sebanyak 1.200" (the Jakarta
                    // trial's reports), thousands grouped by a dot
                    + "|(?i)\\b(\\d{1,3}(?:[.,]\\d{3})+|\\d{3,6})\\s+responden\\b"
                    + "|(?i)\\b(?:responden|sampel)\\s+(?:sebanyak\\s+|berjumlah\\s+)?(\\d{1,3}(?:\\.\\d{3})+|\\d{3,6})\\b");
    /** "polling conducted for The Times and Times Radio", "commissioned by the Evening Standard". */
    private static final Pattern CLIENT =
            Pattern.compile("\\b(?:conducted|carried out|commissioned|undertaken)\\s+(?:for|by|on behalf of)\\s+"
                    + "((?:the\\s+)?\\p{Lu}[\\p{L}'’.&]*(?:\\s+(?:and\\s+|&\\s+)?\\p{Lu}[\\p{L}'’.&]*)*)");
    /** A paragraph that speaks of a vote: only the list under it is a voting-intention question. */
    private static final Pattern VOTE_WORDS =
            Pattern.compile("(?i)\\b(vot(e|es|ing|ers?)|ballot|poll(s|ing)?|first preferences?|round|party support)\\b"
                    // German: an election by its compound ("Bundespräsidentenwahl", "Nationalratswahl"), the "Sunday
                    // question" of voting intention, a poll ("Umfrage"): the Austrian trial's tweets of polls.
                    + "|(?i)\\b(\\p{L}*wahl(en)?|sonntagsfrage|umfrage(n)?|wahlumfrage(n)?)\\b"
                    // Spanish and Portuguese: elections, a vote, voting intention, a run-off ("Si las elecciones
                    // presidenciales fueran hoy", CB Consultora's Argentine release of October 2023).
                    + "|(?i)\\b(elecci[oó]n(es)?|elei[cç][aã]o|elei[cç][oõ]es|vot(o|os|ar[ií]a|ar)|intenci[oó]n de voto"
                    + "|inten[cç][aã]o de voto|ballotage|balotaje|segunda vuelta|segundo turno|primera vuelta"
                    + "|encuestas?|pesquisas?"
                    // Italian: a poll, voting intention, the rounds ("ROMA PRIMO TURNO:" above Winpoll's list of
                    // Rome's 2016 first round, refused as speaking of no vote: the Rome trial).
                    + "|sondaggi[o]?|intenzion[ei] di voto|elezion[ei]|primo turno|secondo turno|ballottaggio)\\b"
                    // Turkish: a vote and its shares ("oy oranları şöyle oldu", ASAL's Istanbul poll of 2024), an
                    // election, a poll, with the suffixes the language joins to them.
                    + "|(?iu)(?<!\\p{L})(oy(u|unu|lar|ları)?|oy oran\\p{L}*|seçim\\p{L}*|anket\\p{L}*)(?!\\p{L})"
                    // Indonesian: a poll, electability (the vote a poll asks), the regional, governor's and
                    // presidential elections, a ticket ("pasangan calon", "paslon"), a round, the vote: the Jakarta
                    // trial's report of Charta Politika's September 2024 poll was refused as speaking of no vote.
                    + "|(?i)\\b(survei|elektabilitas|pilkada|pilgub|pilpres|pemilu|pemilihan|paslon|pasangan calon"
                    + "|putaran|suara)\\b");
    /**
     * A paragraph introducing another election's or another area's figures: a previous result "for comparison", a
     * national poll beside a London one. A list under it is not this survey's question of this place. Changes
     * "compared to the last poll" (Liaison Strategies' lists) are the firm's own series, not another's figures.
     */
    private static final Pattern ELSEWHERE =
            Pattern.compile("(?i)\\b(for comparison|compared (with|to)(?! (the |our |its )?"
                    + "(last|previous|prior) (poll|survey|week|wave))|previous"
                    // "The result of the polls show ..." (joe.ie's Irish Times poll) is this survey's own.
                    + " (election|result)|last (election|time)|results? (of|in|at) the(?! (new |latest )?(polls?|survey)\\b)"
                    + "|(GB|UK|Britain)-wide|across (Great )?Britain"
                    + "|Great Britain|nationally|nationwide)\\b");
    /**
     * Words on the changes a list prints beside its figures: a bracket that speaks of changes ("(with changes compared
     * with 5-7 August in parenthesis)") or a clause that begins so ("changes from our poll of 14-15 December 2020").
     */
    private static final Pattern CHANGES_CLAUSE = Pattern.compile("(?i)\\([^()]{0,200}\\bchanges?\\b[^()]{0,200}\\)"
            + "|\\b(?:with\\s+)?changes?\\s+(?:compared\\s+(?:with|to)|from|since|on)\\b[^.;:()]{0,200}");

    /** A year in a paragraph: one before the page's publication speaks of a past election. */
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");
    /**
     * The firm a page says the poll is by: "Stonehaven's latest poll", "a new poll by Stonehaven". An unknown name there
     * is the author even where the text names a known firm too ("... than the YouGov survey last week").
     */
    private static final Pattern AUTHOR = Pattern.compile(
            "(?:(\\p{Lu}[\\p{L}&.\\-]*(?:\\s+(?:&\\s+)?\\p{Lu}[\\p{L}&.\\-]*)*)"
                    + "['’]s\\s+(?:latest|new|most recent|final|own)?\\s*(?:poll|survey|research|voting intention)"
                    + "|(?:poll|survey)\\s+(?:by|from)\\s+(\\p{Lu}[\\p{L}&.\\-]*(?:\\s+(?:&\\s+)?\\p{Lu}[\\p{L}&.\\-]*)*))");
    /** A paragraph about ratings, not a vote: a list under it is no poll of the election. */
    private static final Pattern NOT_A_VOTE = Pattern.compile(
            "(?iu)(?<!\\p{L})(approv\\p{L}*|rating|favourab\\p{L}*|satisf\\p{L}*|competen\\p{L}*|trust\\p{L}*"
                    // The same questions in German, since German pages' vote words are read (the review: a list of
                    // the candidates under "Vertrauen in die Kandidaten der Bundespräsidentenwahl" was stored as a
                    // poll of the first round, as was one under "Stichwahl" below).
                    + "|vertrau\\p{L}*|zufrieden\\p{L}*|beliebt\\p{L}*|sympathi\\p{L}*|kompeten\\p{L}*"
                    // Spanish and Portuguese, since "encuesta" is read as a vote word: a mayor's approval
                    // ("preguntó por la gestión de la alcaldesa", "Aprueba: 38 %") is no vote (review).
                    + "|aprueba\\p{L}*|desaprueba\\p{L}*|aprobaci\\p{L}*|gesti[oó]n|imagen|favorabl\\p{L}*|desfavorabl\\p{L}*"
                    + "|aprova\\p{L}*|desaprova\\p{L}*|avalia\\p{L}*"
                    // Italian, since its poll words are read: trust in the candidates, their approval, their rating
                    // ("la fiducia dei romani nei candidati sindaco", a review).
                    + "|fiducia|gradimento|giudizi[oa]?|approvazione|popolarit\\p{L}*"
                    // Indonesian, since its poll words are read: popularity, recognition, satisfaction, acceptability
                    // (PolMark's list of the candidates' popularity, "1. Ridwan Kamil 91,2%", is no vote).
                    + "|popularitas|pengenalan|kepuasan|akseptabilitas|kesukaan)(?!\\p{L})");

    /** Whether {@code text} speaks of ratings, not a vote ({@link #NOT_A_VOTE}). */
    static boolean speaksOfRatings(String text) {
        return NOT_A_VOTE.matcher(text).find();
    }

    /**
     * Whom voters would never vote for, a question Brazilian reports print as a list of the same names: "em quem os
     * eleitores não votariam de jeito nenhum" above Datafolha's São Paulo rejection figures of November 2020 (Russomanno
     * 50, Joice 33, Covas 25) was read as the vote, and refused only for lines that were no names (the São Paulo trial).
     * Letters, not {@code \\w}, after each stem: "rejeição" has letters {@code \\w} does not take.
     */
    private static final Pattern REJECTION = Pattern.compile("(?iu)(?<!\\p{L})(reject\\p{L}*|rejei\\p{L}*|rechaz\\p{L}*"
            + "|never\\s+vote\\p{L}*|n[aã]o\\s+votari\\p{L}*|nunca\\s+votari\\p{L}*|jamais\\s+votari\\p{L}*"
            + "|no\\s+votar[ií]\\p{L}*)(?!\\p{L})");

    /**
     * Words of the vote's own question, which a paragraph about rejection may hold beside it ("Boulos segue como o
     * candidato mais rejeitado, mas na intenção de voto estimulada ...", "Asked how they would vote for mayor"): then
     * the list is the vote's (a review).
     */
    private static final Pattern VOTE_QUESTION = Pattern.compile("(?iu)(voting\\s+intentions?|would\\s+vote\\s+for"
            + "|how\\s+they\\s+would\\s+vote|held\\s+(?:today|tomorrow)|inten[cç][aãõo]\\p{L}*\\s+de\\s+voto"
            + "|intenci[oó]n\\s+de\\s+voto|fueran\\s+hoy|fosse[m]?\\s+hoje|intenzion[ei]\\s+di\\s+voto)");

    /** A question of who would make the best leader ("Preferred prime minister:"): people, not the vote. */
    private static final Pattern PREFERRED_LEADER = Pattern.compile(
            "(?i)\\b(preferred|best)\\s+(prime minister|pm|premier|first minister|leader|president|chancellor|mayor)\\b");

    private static final Pattern VOTING_INTENTION = Pattern.compile("(?i)\\bvoting\\s+intentions?\\b");
    private static final Pattern SECOND_ROUND =
            Pattern.compile("(?i)\\b(second[- ]round|run-?off|final round|round two|head[- ]to[- ]head"
                    + "|stichwahl|zweite[rn]? wahlgang|second tour|deuxième tour|segunda vuelta|segundo turno"
                    + "|ballottaggio|druga tura|putaran kedua|putaran ii)\\b");
    private static final Pattern FIRST_ROUND =
            Pattern.compile("(?i)\\b(first[- ]preferences?|first[- ]round|round one|putaran pertama|putaran i)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?:])\\s+(?=\\p{Lu})");

    /**
     * A name and its share with a percent sign or word in a line: no CSV header's column name. The word as Serbian,
     * Indonesian and English reports write it ("SNS na 55,6 odsto", the Serbian trial's headline, was read as a CSV
     * header and refused as missing its pollster column).
     */
    private static final Pattern HEADLINE_SHARE =
            Pattern.compile("(?iu)\\p{L}\\s+\\d{1,2}(?:[.,]\\d)?(?:\\s?-\\s?\\d{1,2})?"
                    + "(?:\\s?%|\\s+(?:odsto|одсто|posto|procent\\p{L}*|persen|per\\s?cent|percent)(?!\\p{L}))");

    /** A column a poll file's header has: a CSV's first line holding one is no page's text. */
    private static final Pattern HEADER_WORD = Pattern.compile(
            "(?i)\"?(pollster|polling firm|poll source|firm|date|dates|fieldwork[ _]?(start|end|dates?)?|sample[ _]?size"
                    + "|sample|election|contest|scope|published)\"?");

    private ReleasePageReader() {}

    /** A line of the page's text, with its line number. */
    record Line(String text, int number) {}

    /** Whether {@code text} (a page's text or its HTML) looks like a release page: no table, and a list of figures. */
    static boolean looksLike(String text) {
        if (text.toLowerCase(Locale.ROOT).contains("<table")) {
            return false; // a page of poll tables, read as one
        }
        return !blocks(lines(text)).isEmpty();
    }

    /** A line of a date alone, its weekday perhaps before it: "Thursday, June 20, 2024", "20 June, 2024". */
    private static final Pattern DATE_LINE = Pattern.compile("(?i)(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?"
            + "(?:\\p{L}{3,9}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}|\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}{3,9}\\.?,?"
            + "\\s+(?:19|20)\\d{2})");

    /** A day of a month and its year, or a time of day, inside a line: "May 1, 2020", "7:53 am". */
    private static final Pattern BYLINE_DATE = Pattern.compile(
            "(?i)\\b(?:\\p{L}{3,9}\\.?\\s+\\d{1,2},?\\s+(?:19|20)\\d{2}" + "|\\d{1,2}:\\d{2}\\s?[ap]\\.?m\\b)");

    /**
     * Whether {@code head} is a page's text, not a CSV: its first line has no separator, or three words or more and
     * fewer than three fields or a field of a sentence's length, six words (a poll CSV's header has a pollster, a date
     * and an option at least, each a few words). A news page's headline with two commas ("Caruso cuts Bass’ lead,
     * polls, as LA’s mayoral race enters final weeks", its last part seven words) was read as a CSV and refused as
     * missing its pollster column; a header naming a pollster or a date is a CSV's whatever its other cells.
     */
    static boolean isText(String head) {
        String first = head.stripLeading().lines().findFirst().orElse("");
        String[] fields = first.split("[,;\\t|]", -1);
        if (fields.length == 1) {
            // No separator at all: a heading ("Political"), no poll file's header, unless a quoted header cell runs
            // over lines ("Dates\nconducted", as a table copied into a spreadsheet is saved).
            return !first.isBlank() && !first.contains("\"");
        }
        if (Arrays.stream(fields).allMatch(String::isBlank)
                && head.stripLeading().lines().count() > 1) {
            // A first line of separators alone ("|", a site's menu bar as Valora Analitik's page keeps it): no header
            // has no column, and the page was refused as missing its pollster column.
            return true;
        }
        if (DATE_LINE.matcher(first.trim()).matches()
                || BYLINE_DATE.matcher(first).find()) {
            // A page's date on its first line ("Thursday, June 20, 2024", victoriabuzz.com's report of a Research Co.
            // poll; "Local May 1, 2020 | 7:53 am", dominicantoday.com's byline): its commas and bars made it a CSV
            // header, refused as missing its pollster column. No poll file's header holds a day and a year, or a time.
            return true;
        }
        if (fields.length >= 3
                && Arrays.stream(fields)
                        .anyMatch(f -> HEADER_WORD.matcher(f.trim()).matches())) {
            return false; // a poll file's header, one long column name or not
        }
        if (HEADLINE_SHARE.matcher(first).find()) {
            // A headline's figures ("Comunali Roma, sondaggio SWG: Michetti 30-34%, Gualtieri 27-31, ..."): no column
            // name is a share. Read as a CSV header, the Rome trial's page was refused as missing its pollster column.
            return true;
        }
        return first.trim().split("\\s+").length >= 3
                && (fields.length < 3
                        || Arrays.stream(fields).anyMatch(f -> f.trim().split("\\s+").length >= 6));
    }

    /**
     * Whether the lines under line 2, taken for a CSV header, are its rows: most of the next few hold as many fields as
     * it (a separator inside quotes is no field's end), or there are none. A news story's byline ("By , 21 May 2018,
     * 09:52 AM Politics", Total Slovenia News) splits into fields as a header does, but the prose under it does not:
     * it was refused as "a title above the CSV header", which sent the reader to delete a line of a page no CSV.
     */
    static boolean rowsUnderHeader(List<Line> lines) {
        String header = lines.get(1).text();
        // The separator that splits the header most: a semicolon file's header may hold a comma in a name (review).
        char separator = 0;
        for (char c : new char[] {',', ';', '\t', '|'}) {
            if (header.indexOf(c) >= 0 && (separator == 0 || fields(header, c) > fields(header, separator))) {
                separator = c;
            }
        }
        char sep = separator;
        int fields = fields(header, separator);
        List<Line> rows = lines.subList(2, Math.min(lines.size(), 8));
        long alike = rows.stream().filter(r -> fields(r.text(), sep) == fields).count();
        return rows.isEmpty() || alike * 2 > rows.size();
    }

    /** The fields of a CSV line split at {@code separator}, none inside double quotes. */
    private static int fields(String line, char separator) {
        int n = 1;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                n++;
            }
        }
        return n;
    }

    /**
     * The survey's polls, one per list of figures; {@code firmsNamedIn} gives the known firms a text names (from the
     * alias table), as printed.
     */
    static PollsterTablesReader.Survey read(SourceDocument doc, Function<String, List<String>> firmsNamedIn) {
        return read(doc, firmsNamedIn, null);
    }

    /**
     * As {@link #read(SourceDocument, Function)}, with {@code given} the publication date the user states (ingest's
     * {@code --published}) for a page that prints none of its own line (a news or blog page dated in its address or
     * byline: New Zealand's yournz.org posts of 1 News's and Newshub's polls); a page that prints another is refused
     * naming both.
     */
    static PollsterTablesReader.Survey read(
            SourceDocument doc, Function<String, List<String>> firmsNamedIn, LocalDate given) {
        String source = doc.name();
        String raw = doc.text(MAX_CHARS);
        boolean html = isHtml(raw);
        // The day a page store filed the page under, before its first line (" date 2018-10-12 This site uses ..."):
        // kept apart from that line, which is the page's, and used as --published would be where the page prints no
        // date of its own. A month alone ("date 2019-03") dates no poll.
        LocalDate filed = null;
        Matcher store = STORE_DATE.matcher(raw);
        if (!html && store.lookingAt()) {
            filed = store.group(2) == null ? null : LocalDate.parse(store.group(1) + "-" + store.group(2));
            raw = raw.substring(store.end());
        }
        Document page = html ? Jsoup.parse(raw) : null;
        List<Line> pageLines = html ? readable(htmlLines(page)) : lines(raw);
        // A page with no list of lines may print its poll on one line, parted by commas (OneLineList).
        List<List<Line>> listed = blocks(pageLines);
        List<Line> lines = listed.isEmpty() ? OneLineList.spread(pageLines) : pageLines;
        List<List<Line>> blocks = lines == pageLines ? listed : blocks(lines);
        if (blocks.isEmpty()) {
            if (!html && lines.size() > 1 && !isText(lines.get(1).text()) && rowsUnderHeader(lines)) {
                // A spreadsheet's title above its header: the file is a CSV, refused as a page, which misled.
                throw new BadInputException(source + ":1: line 1 ('"
                        + lines.get(0).text() + "') is a title above the"
                        + " CSV header on line " + lines.get(1).number() + ": remove it, so that the header is the"
                        + " first line");
            }
            // A firm's tracking table, its surveys as columns (Forum Research's Toronto releases of 2023): read as
            // prose, the release was refused as having no list of figures, though it held every poll the firm made.
            Optional<TrackingTable.Found> tracking = TrackingTable.find(lines);
            if (tracking.isPresent()) {
                return trackingSurvey(source, page, lines, tracking.get(), firmsNamedIn);
            }
            // A rendered page copied as text (the encyclopedia's Finnish 2019 table, "1–9 Apr Taloustutkimus 8.7
            // 19.0 ..."): its cells run together, so which figure is whose cannot be told; it was refused as a
            // release page with no list of figures, which sent the reader looking for one.
            refuseAsPlainTextTable(source, lines);
            throw new BadInputException(source + ": no list of a poll's figures: a release page prints each option on"
                    + " a line of its own ('Sadiq Khan (Labour) 48%'), two or more together; figures in prose are"
                    + " not read" + bareFigures(lines));
        }
        splitList(source, lines, blocks);
        int firstFigure = lines.indexOf(blocks.get(0).get(0));
        List<Line> head = lines.subList(0, Math.min(firstFigure, HEAD_LINES));
        // A release's dateline ("May 15, 2023 (Toronto, ON) – A new Liaison Strategies poll ...") dates it where no
        // line of a date alone does.
        Optional<Line> printed = publication(head)
                .or(() -> dateline(lines.subList(0, firstFigure)))
                .or(() -> byline(head));
        Optional<Footer> footer = footer(source, lines, blocks);
        if (printed.isEmpty() && footer.isPresent()) {
            if (given != null && !given.equals(footer.get().published())) {
                throw new BadInputException(source + ":" + footer.get().line().number() + ": the page is dated "
                        + footer.get().published() + " ('" + footer.get().line().text() + "'), not " + given
                        + " as --published says: leave --published out, or check which page this is");
            }
            given = footer.get().published();
        }
        if (printed.isEmpty() && given == null && filed != null) {
            given = filed;
        }
        // A heading that names the poll in a bracket, firm, client and fieldwork with its year ("Scottish Parliament
        // constituency ballot (Norstat / Sunday Times, 11th-14th February 2025):", Scot Goes Pop's posts): the
        // fieldwork dates the poll, where the page prints no publication date; the poll has none.
        Optional<HeadingBracket> bracket = printed.isEmpty() && given == null
                ? headingBracket(lines, firstFigure, firmsNamedIn)
                : Optional.empty();
        if (bracket.isPresent()) {
            given = bracket.get().dates().end();
        }
        if (printed.isEmpty() && given == null) {
            // A table copied as text whose Others cells print their parts a line each ("8%", "AWA on 7%", "Other on
            // 1%", the Senedd 2026 table's copy at wikiclassic.com) has lines that read as a release page's list: its
            // want of a publication date sent the reader looking for one, where the table is what cannot be read.
            refuseAsPlainTextTable(source, lines.subList(0, firstFigure + 1));
            throw new BadInputException(source + ": no publication date before the figures (a line such as 'September"
                    + " 11, 2020' under the title, or a dateline 'May 15, 2023 (Toronto, ON) – ...'): without it the"
                    + " fieldwork's year is unknown; where the page is dated elsewhere (its address, a byline), give"
                    + " that date with --published YYYY-MM-DD");
        }
        // A date the user gives stands where the page's would: on its first line, its title the line it heads.
        Line published = printed.orElse(
                new Line(given == null ? "" : given.toString(), lines.get(0).number()));
        String dateText = dateText(published);
        // A dateline's day in words the dates reader does not know ("24 juin 2023 (Toronto, ON) – ...") is the
        // user's to give, where it stopped with an internal error (review).
        Optional<LocalDate> read =
                printed.flatMap(p -> FieldworkDates.parse(dateText, null)).map(FieldworkDates.Range::end);
        if (printed.isPresent() && read.isEmpty() && given == null) {
            throw new BadInputException(source + ":" + published.number() + ": the publication date '" + dateText
                    + "' cannot be read: give it with --published YYYY-MM-DD");
        }
        LocalDate publishedOn = read.orElse(given);
        if (read.isPresent() && given != null && !given.equals(publishedOn)) {
            throw new BadInputException(source + ":" + published.number() + ": the page is dated " + publishedOn
                    + " ('" + published.text() + "'), not " + given + " as --published says: leave --published out,"
                    + " or check which page this is");
        }
        Map<String, RawPoll.RawField> fields = new LinkedHashMap<>();
        Location pubAt = Location.line(published.number());
        String firm = firm(
                source,
                page,
                lines.subList(0, firstFigure),
                // A page of one list only: with several, one tweet's attribution named every list's firm (a review).
                blocks.size() == 1
                        ? lines.subList(
                                firstFigure,
                                Math.min(
                                        lines.size(),
                                        firstFigure + blocks.get(0).size() + TWEET_AFTER))
                        : List.of(),
                firmsNamedIn);
        fields.put("pollster", new RawPoll.RawField(firm, "page", pubAt));
        if (bracket.isPresent()) {
            Location at = Location.line(bracket.get().line());
            putFieldwork(fields, bracket.get().dates(), "heading", at);
            fields.put("client", new RawPoll.RawField(bracket.get().client(), "heading", at));
        } else {
            fields.put("published", new RawPoll.RawField(publishedOn.toString(), "publication date", pubAt));
        }
        // The title is above the date: a bracket in the text below it ("since our previous poll (5-7 August)") is
        // another survey's.
        // A date the user gave (--published) stands on the first line, which is the title.
        int datedAt = printed.isPresent() ? lineAt(lines, published.number(), firstFigure) : 0;
        String title = fieldwork(
                source,
                printed.isPresent()
                        ? lines.subList(0, Math.min(datedAt, HEAD_LINES))
                        : lines.subList(0, Math.min(1, firstFigure)),
                publishedOn,
                fields);
        String before = text(lines.subList(0, firstFigure));
        if (!fields.containsKey("fieldwork_end")) {
            footer.filter(f -> !f.end().isAfter(f.published()))
                    .ifPresent(f -> putFieldwork(
                            fields,
                            new FieldworkDates.Range(f.start(), f.end()),
                            "fieldwork",
                            Location.line(f.line().number())));
        }
        if (!fields.containsKey("fieldwork_end")) {
            conducted(source, lines.subList(datedAt, firstFigure), publishedOn, fields, false);
        }
        if (!fields.containsKey("fieldwork_end")) {
            // A news report gives the fieldwork below the figures ("1,000 adults were interviewed ... between 3 and
            // 10 October"): dated by its publication, the poll sat two days late, and under a key of its own it was
            // stored beside the same survey read from a table.
            conducted(source, lines.subList(firstFigure, lines.size()), publishedOn, fields, true);
        }
        if (!fields.containsKey("client")) {
            clientOf(ofThisPoll(before), firmsNamedIn)
                    .ifPresent(c -> fields.put("client", new RawPoll.RawField(c, "page", pubAt)));
        }
        sample(lines).ifPresent(s -> fields.put("sample_size", new RawPoll.RawField(s.text(), "sample", s.at())));
        footer.filter(f -> f.participants() != null && !fields.containsKey("sample_size"))
                .ifPresent(f -> fields.put(
                        "sample_size",
                        new RawPoll.RawField(
                                f.participants(),
                                "participants",
                                Location.line(f.line().number()))));

        List<RawPoll> polls = new ArrayList<>();
        List<SkippedTable> skipped = new ArrayList<>();
        String headline = headline(head, printed.orElse(null));
        boolean labelledBySource = labelledBySource(lines, blocks, firmsNamedIn);
        for (List<Line> block : blocks) {
            int at = lines.indexOf(block.get(0));
            String context = at > 0 ? lines.get(at - 1).text() : "";
            Location where = Location.line(block.get(0).number());
            if (labelledBySource && !ofPageFirm(context, firm, firmsNamedIn)) {
                skipped.add(new SkippedTable(
                        where.line(),
                        "line " + where.line() + ": '" + block.get(0).text() + "' ...",
                        "the page prints its lists each under a source's name, and the one above this list ('" + context
                                + "') is not " + firm + ", the page's firm"));
                continue;
            }
            if (block == blocks.get(0) && headlineVote(headline, context, blocks, lines)) {
                // A news page's headline figures: its title speaks of a poll and its first list follows a sentence
                // about seats or parties ("National and ACT would have 58 seats ... on these numbers", RNZ's pages
                // of 1News-Verian polls), where the firm's own page says "voting intention" above it. Refused, the
                // page had no poll at all.
                context = headline;
            }
            if (!VOTE_WORDS.matcher(context).find()
                    && LEAD_IN.matcher(context).matches()
                    && !NOT_A_VOTE.matcher(context).find()
                    && !PREFERRED_LEADER.matcher(context).find()
                    && ScopeWords.inText(context) == null
                    && !REGIONAL_WORD.matcher(context).find()) {
                // A short line leading into the list ("Los resultados fueron:", Semana's report of Invamer's Bogotá
                // poll
                // of October 2023) under the paragraph that says what was asked: that paragraph speaks for the list.
                context = paragraphAbove(lines, at - 1) + " " + context;
            }
            if (!VOTE_WORDS.matcher(context).find()
                    || (NOT_A_VOTE.matcher(context).find()
                            && !VOTING_INTENTION.matcher(context).find())
                    || (REJECTION.matcher(context).find()
                            && !VOTE_QUESTION.matcher(context).find())) {
                skipped.add(new SkippedTable(
                        where.line(),
                        "line " + where.line() + ": '" + block.get(0).text() + "' ...",
                        "the paragraph above the list speaks of no vote"));
                continue;
            }
            // The sentence that introduces the list: the paragraph's earlier ones may set it beside another area's
            // figures ("In our most recent GB-wide polling, ... By contrast, in the capital ... our results are:").
            // Read whole: cut to a note's length, "compared to the last poll" became "compared to the last po…",
            // which read as another survey's figures.
            // Its words on the changes the list prints beside each figure ("with changes compared with 5-7 August in
            // parenthesis", "changes from our poll of 14-15 December 2020") speak of the firm's own series: read whole,
            // they sent the list away as another election's (review).
            String intro = wholeLastSentence(context);
            String judged = CHANGES_CLAUSE.matcher(intro).replaceAll(" ");
            if (ELSEWHERE.matcher(judged).find() || pastYear(judged, publishedOn)) {
                skipped.add(new SkippedTable(
                        where.line(),
                        "line " + where.line() + ": '" + block.get(0).text() + "' ...",
                        "the sentence above the list speaks of another election or area ('"
                                + (intro.length() > 300 ? intro.substring(0, 299) + "…" : intro)
                                + "'): not this survey's figures"));
                continue;
            }
            String round = round(context);
            if ("Round 2".equals(round) && context == headline && block.size() >= 4) {
                // A headline on who would reach the second round ("Marian Lupu and Igor Dodon would head for second
                // round", Publika's report of a 2016 Moldovan poll) over a list of seven names: the first round's
                // figures, refused as a run-off poll of seven.
                round = null;
            }
            QuestionHeading heading = new QuestionHeading(context, round, title);
            if (heading.kind() != QuestionHeading.Kind.POLL) {
                skipped.add(new SkippedTable(
                        where.line(),
                        "line " + where.line() + ": '" + block.get(0).text() + "' ...",
                        "the paragraph above the list names no voting-intention question"));
                continue;
            }
            polls.add(question(source, block, heading, fields));
        }
        if (polls.isEmpty()) {
            throw new BadInputException(source + ": no list of a poll's figures under a paragraph about a vote: "
                    + String.join(
                            "; ", skipped.stream().map(SkippedTable::toString).toList()));
        }
        return new PollsterTablesReader.Survey(polls, List.of(), skipped);
    }

    /**
     * A release's dateline: the place, perhaps, then the day of publication and a dash before the story's first
     * sentence ({@code Toronto, June 11th, 2023 – In a random sampling ...}), as news releases open.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:[\\p{L} .'’\\-]{2,40},\\s*)?(?<date>\\p{L}+\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
                    + "|\\d{1,2}(?:st|nd|rd|th|\\.)?\\s+\\p{L}+,?\\s+\\d{4})(?:\\s*\\([^()]{2,40}\\))?\\s*[–—|-]\\s.*");

    /** A heading's bracket naming its poll: its client and fieldwork, at line {@code line} (its firm is the page's). */
    private record HeadingBracket(String client, FieldworkDates.Range dates, int line) {}

    /** Words before a heading's bracket that make it another survey's. */
    private static final Pattern OTHER_SURVEY_WORDS =
            Pattern.compile("(?i)\\b(?:chang\\w*|previous|last|since|compared|earlier|before)\\b");

    /** A firm's name as a heading's bracket prints it: capitalised words ("Norstat", "Redfield & Wilton"). */
    private static final Pattern CAPITALISED_NAME =
            Pattern.compile("\\p{Lu}[\\p{L}\\d.'’\\-]*(?:\\s+(?:&|and|\\p{Lu}[\\p{L}\\d.'’\\-]*))*");

    /** "(Norstat / Sunday Times, 11th-14th February 2025):" closing the line above a list. */
    private static final Pattern HEADING_BRACKET = Pattern.compile(
            "\\((?<firm>[^()/,]{2,40}?)\\s*/\\s*(?<client>[^()/,]{2,40}?),\\s*(?<dates>[^()]{3,40}?\\d{4})\\)\\s*:?\\s*$");

    /**
     * The bracket of the line just above the page's first list, where its dates read with their year, its first name is
     * a firm the alias table knows and its second is not one (the client), and nothing before it speaks of another
     * survey ("with changes from the previous poll (Norstat / Sunday Times, 10th-13th January 2025):" dates the poll
     * before, review).
     */
    private static Optional<HeadingBracket> headingBracket(
            List<Line> lines, int firstFigure, Function<String, List<String>> firmsNamedIn) {
        if (firstFigure < 1) {
            return Optional.empty();
        }
        Line above = lines.get(firstFigure - 1);
        Matcher m = HEADING_BRACKET.matcher(above.text());
        if (!m.find()
                || OTHER_SURVEY_WORDS
                        .matcher(above.text().substring(0, m.start()))
                        .find()
                || !CAPITALISED_NAME.matcher(m.group("firm").strip()).matches()
                || firmsNamedIn.apply(m.group("firm")).size() != 1
                || !firmsNamedIn.apply(m.group("client")).isEmpty()) {
            return Optional.empty();
        }
        return FieldworkDates.parse(m.group("dates"), null)
                .filter(r -> r.end() != null)
                .map(r -> new HeadingBracket(m.group("client").strip(), r, above.number()));
    }

    /** The index of the line numbered {@code number} among the first {@code limit} of {@code lines}, else limit. */
    private static int lineAt(List<Line> lines, int number, int limit) {
        int i = 0;
        while (i < limit && lines.get(i).number() != number) {
            i++;
        }
        return i;
    }

    /**
     * A news page's byline or publication line: the author, perhaps, then the day, perhaps with its weekday and the
     * time ({@code By Órla Ryan Friday 12 Oct 2018, 10:53 AM}, TheJournal.ie's; {@code Sunday, September 16, 2018 -
     * 12:31 PM}, the Irish Examiner's; {@code Published: 16 September 2018}). Such a page was refused as undated, its
     * date printed under the title all along.
     */
    private static final Pattern BYLINE =
            Pattern.compile("^(?:By\\s+[^\\d|]{2,60}?[\\s,|]+|(?:Published|Updated)(?:\\s+on)?:?\\s+)?"
                    + "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?"
                    + "(?<date>\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}+\\.?,?\\s+\\d{4}|\\p{L}+\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})"
                    + "(?:,?\\s*(?:[-–|]|at)?\\s*\\d{1,2}[:.]\\d{2}\\s*(?:[AaPp]\\.?[Mm]\\.?)?)?\\s*$");

    /** The page's byline, if a line of its head is one whose day can be read. */
    private static Optional<Line> byline(List<Line> head) {
        for (Line l : head) {
            Matcher m = BYLINE.matcher(l.text());
            if (m.matches() && FieldworkDates.parse(m.group("date"), null).isPresent()) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /**
     * A publication line's date: a dateline's day ("Toronto, June 11th, 2023 – ..."), a byline's ("By Órla Ryan Friday
     * 12 Oct 2018, 10:53 AM"), else the line, a date alone.
     */
    private static String dateText(Line published) {
        Matcher dateline = DATELINE.matcher(published.text());
        if (dateline.matches()) {
            return dateline.group("date");
        }
        Matcher byline = BYLINE.matcher(published.text());
        return byline.matches() ? byline.group("date") : published.text();
    }

    /**
     * The release's dateline, as one line of text: a copy may break it after the day ({@code Toronto, May 28th,} over
     * {@code 2023 – In a random sampling ...}, Forum Research's release of 28 May 2023), so a line is tried with the next
     * one too. The line returned is the one the date starts on.
     */
    private static Optional<Line> dateline(List<Line> before) {
        for (int i = 0; i < before.size(); i++) {
            Line l = before.get(i);
            if (DATELINE.matcher(l.text()).matches()) {
                return Optional.of(l);
            }
            if (i + 1 < before.size()) {
                String joined = l.text() + " " + before.get(i + 1).text();
                if (l.text().length() <= 40 && DATELINE.matcher(joined).matches()) {
                    return Optional.of(new Line(joined, l.number()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The polls of a firm's tracking table: one per column, by the firm the page names before the table, each
     * column's dates taking the year of the release's publication (the year before where that would end the survey
     * after it). The release is the latest column's: its publication date and sample are that survey's, and the
     * earlier columns, published in earlier releases, keep neither (a publication date of this page would hide them
     * from a forecast as of the weeks they were public).
     */
    private static PollsterTablesReader.Survey trackingSurvey(
            String source,
            Document page,
            List<Line> lines,
            TrackingTable.Found table,
            Function<String, List<String>> firmsNamedIn) {
        List<Line> before = lines.subList(0, table.headerAt());
        Line published = publication(before.subList(0, Math.min(before.size(), HEAD_LINES)))
                .or(() -> dateline(before))
                .orElseThrow(() -> new BadInputException(source + ": no publication date before the tracking table"
                        + " on line " + table.columns().get(0).line() + " (a line such as 'September 11, 2020', or"
                        + " a dateline 'Toronto, June 11th, 2023 – ...'): without it the surveys' year is unknown"));
        String date = dateText(published);
        LocalDate publishedOn = FieldworkDates.parse(date, null)
                .orElseThrow(() -> new BadInputException(
                        source + ":" + published.number() + ": the publication date '" + date + "' cannot be read"))
                .end();
        Location pubAt = Location.line(published.number());
        String firm = firm(source, page, before, List.of(), firmsNamedIn);
        // The table's title: the lines between the dateline's paragraph and the table, as a question's heading.
        int datedAt = lineAt(before, published.number(), before.size());
        // The title: up to three lines above the table, below the dateline, leaving out the bars between cells and
        // the table's corner cell ("%").
        List<String> titleLines = new ArrayList<>();
        for (int i = before.size() - 1; i > datedAt && titleLines.size() < 3; i--) {
            String t = before.get(i).text();
            if (t.length() > 2) {
                titleLines.add(0, t);
            }
        }
        String title = String.join(" ", titleLines);
        if (!VOTE_WORDS.matcher(title).find() || NOT_A_VOTE.matcher(title).find()) {
            throw new BadInputException(source + ":" + table.columns().get(0).line() + ": the tracking table's title ('"
                    + title + "') speaks of no vote: not read as polls");
        }
        QuestionHeading heading = new QuestionHeading(title, null, "");
        Optional<Sample> sample = sample(lines);

        List<FieldworkDates.Range> ranges = new ArrayList<>();
        for (TrackingTable.Cell column : table.columns()) {
            ranges.add(FieldworkDates.beforePublication(column.text(), publishedOn)
                    .orElseThrow(() -> new BadInputException(source + ":" + column.line() + ": field '" + column.text()
                            + "': the tracking table's column heading is no fieldwork date")));
        }
        int latest = 0;
        for (int c = 1; c < ranges.size(); c++) {
            if (!ranges.get(c).end().isBefore(ranges.get(latest).end())) {
                latest = c;
            }
        }
        List<RawPoll> polls = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            TrackingTable.Cell column = table.columns().get(c);
            Location at = Location.line(column.line());
            FieldworkDates.Range r = ranges.get(c);
            Map<String, RawPoll.RawField> survey = new LinkedHashMap<>();
            survey.put("pollster", new RawPoll.RawField(firm, "page", pubAt));
            putFieldwork(survey, r, column.text(), at);
            if (c == latest) {
                survey.put("published", new RawPoll.RawField(publishedOn.toString(), "publication date", pubAt));
                sample.ifPresent(s -> survey.put("sample_size", new RawPoll.RawField(s.text(), "sample", s.at())));
            }
            Map<String, RawPoll.RawField> fields = PollsterTablesReader.questionFields(
                    survey,
                    "column '" + column.text() + "' of the firm's tracking table in its release of " + publishedOn,
                    heading.scope(),
                    heading,
                    "table",
                    at);
            if (table.unread() != null) {
                // Said, or the options below it were lost without a word and the polls read as partial (review).
                fields = new LinkedHashMap<>(fields);
                RawPoll.RawField said = fields.get("notes");
                fields.put(
                        "notes",
                        new RawPoll.RawField(
                                (said == null ? "" : said.value() + "; ") + "the tracking table's row '"
                                        + table.unread().text() + "' (line "
                                        + table.unread().line()
                                        + ") and those below it do not fit its "
                                        + table.columns().size()
                                        + " survey columns (a cell missing or extra) and were not read",
                                "table",
                                Location.line(table.unread().line())));
            }
            List<RawShare> shares = new ArrayList<>();
            List<String> header = new ArrayList<>();
            List<String> cells = new ArrayList<>();
            PollsterTablesReader.surveyCells(survey, heading.scope(), "published", header, cells);
            for (TrackingTable.Row row : table.rows()) {
                TrackingTable.Cell figure = row.figures().get(c);
                String label = row.label().text();
                header.add(label);
                cells.add(figure.text());
                if (figure.text().matches("[-–—]")) {
                    continue; // not asked in this survey (a candidate who had not entered the race)
                }
                PollsterTablesReader.option(
                        label,
                        figure.text().replace("%", "").trim(),
                        Location.line(figure.line()),
                        optionName(label),
                        fields,
                        shares);
            }
            SourceRows rows = new SourceRows(header, List.of(new SourceRows.Row(at, cells)));
            polls.add(new RawPoll(at, fields, shares, rows, List.of()));
        }
        return new PollsterTablesReader.Survey(polls, List.of(), List.of());
    }

    /**
     * A table's header copied as text: a pollster word and a date word among its words, and no figure. The names may
     * run together as the cells' borders are dropped ({@code DatesPollsterToryLabourLib}, a stored copy of Left Foot
     * Forward's 2024 tracker): "Pollster" after another name, "Dates" before a capitalised one; "Polling firm" after
     * another name too ({@code DatePolling} over {@code firm}, wikimili's copy of the 2020 Slovak table); "Firm" alone
     * (the 2015 New South Wales table's "Date Firm Primary vote TPP vote", said to name no pollster). Missed, the
     * page was refused as a release page with no list of a poll's figures, which sent the reader looking for one.
     */
    private static final Pattern TEXT_TABLE_HEADER = Pattern.compile(
            "(?i)^(?=.*(\\bpolling firm|(?<=[a-z])polling firm|\\bfirm\\b|pollster|\\bpolling organi[sz]ation|\\bpoll source|(?<=[a-z])poll source|\\bconducted by))"
                    + "(?=.*(\\bdates?\\b|fieldwork|(?<=[a-z])dates?\\b|(?<=[a-z])date\\(s\\)|\\bdates?(?=(?-i:\\p{Lu}))))"
                    + "[^\\d]*$");

    /**
     * A table's header copied as text that names no firm: the date column first, then the options' names, and no figure
     * ("Date Vytenis Andriukaitis Arvydas Juozaitis ... Don't Know Will Not Vote", worddisk's copy of the 2019
     * Lithuanian presidential table, whose firms are only in its footnotes). Missed for want of a pollster word, the page
     * was refused as a release page with no list of a poll's figures.
     */
    private static final Pattern FIRMLESS_TEXT_TABLE_HEADER =
            Pattern.compile("(?i)^\\s*(?:dates?|date\\(s\\)|fieldwork(?:\\s+dates?)?)(?:\\s+[^\\s\\d:]+){3,}\\s*$");

    /**
     * Whether a line {@link #FIRMLESS_TEXT_TABLE_HEADER} matches reads as names, not a sentence: three capitalised words
     * or more after its first ("Date Vytenis Andriukaitis Arvydas ..."), where "Fieldwork was carried out online by
     * Vilmorus" has one (review).
     */
    private static boolean firmlessHeader(String line) {
        if (!FIRMLESS_TEXT_TABLE_HEADER.matcher(line).matches()) {
            return false;
        }
        String[] words = line.strip().split("\\s+");
        int capitalised = 0;
        for (int i = 1; i < words.length; i++) {
            capitalised += Character.isUpperCase(words[i].codePointAt(0)) ? 1 : 0;
        }
        return capitalised >= 3;
    }

    /**
     * A row of a table copied as text: four figures or more separated by spaces, or four percentages or more run
     * together as a copy that drops the cells' borders prints them ({@code Social Changes12–14 May 2020-1%49%5%4%12%},
     * a mirror's copy of the 2020 Polish table).
     */
    private static final Pattern TEXT_TABLE_ROW = Pattern.compile(
            "(?:.*?\\s\\d{1,2}(?:[.,]\\d{1,2})?%?(?=\\s|$)){4,}.*|.*(?:\\d{1,2}(?:[.,]\\d{1,2})?%-*){4,}.*"
                    // Figures run together with no % sign, as a mirror prints the 2016 Philippine table: three
                    // decimals in one run ("12.7321.3139.02"), or seven digits or more straight after the margin of
                    // error's % ("±1.0%13223320264": 13, 22, 33, 20, 2, 6, 4).
                    + "|.*(?:\\d+\\.\\d{1,2}){3,}.*|.*%\\d{7,}.*"
                    // Whole numbers run together with no sign at all, as wikimili's text copy of the 2023 Dutch seats
                    // table prints a row ("Peil.nl21 Nov 20236,000+26829652844331240611191": date, sample and
                    // eighteen parties' seats): fifteen digits or more in one run, which no date, sample or phone
                    // number of a release page has.
                    + "|.*\\d{15,}.*"
                    // Whole numbers run together straight into the margin of error's percent, as cryer.org.uk's text
                    // copy of the 2018 Quebec table prints a row ("Research Co.HTML30183316336253.9%Online": five
                    // shares, the lead and the sample, then 3.9%): nine digits or more, then a percent.
                    + "|.*\\d{9,}(?:\\.\\d{1,2})?%.*"
                    // Whole numbers run together straight into the margin of error's sign, as wikiwand's text copy of
                    // the 2025 Canadian table prints a row ("...April 27, 2025[1]414376111±3.09 pp1,000IVR2": seven
                    // parties, then ±3.09): six digits or more and a ±, which no release page's line runs together.
                    + "|.*\\d{6,}±.*");

    /**
     * How far below a table's header its first row may come: a copy prints each column's name on a line, and a
     * candidate's party on another (the 2022 Philippine table's ten candidates, `Abella` over `Ind.`, take 34 lines).
     */
    private static final int TEXT_TABLE_NAME_LINES = 48;

    /** Refuses the page, naming the header's line, when it holds a poll table copied as plain text. */
    private static void refuseAsPlainTextTable(String source, List<Line> lines) {
        Optional<Line> table = plainTextTable(lines);
        if (table.isPresent()) {
            // A header with no firm's column: a CSV of the table needs each row's firm, which such a page gives only
            // in its footnotes, so the user is told to look there too.
            String firmless = TEXT_TABLE_HEADER
                            .matcher(withoutImageNameDigits(table.get().text()))
                            .matches()
                    ? ""
                    : "; its header names no pollster column: a CSV of it needs each row's firm, from the row's source"
                            + " or footnote";
            throw new BadInputException(source + ":" + table.get().number() + ": a poll table copied as plain"
                    + " text (its header '" + Printable.oneLine(table.get().text()) + "' over rows of figures"
                    + " separated by spaces or run together): its cells cannot be told apart; save the page as HTML,"
                    + " or copy the table as Markdown or CSV" + firmless);
        }
    }

    /**
     * The header line of a poll table copied as plain text, when one has two rows of figures under it; else empty.
     */
    private static Optional<Line> plainTextTable(List<Line> lines) {
        for (int i = 0; i + 2 < lines.size(); i++) {
            Optional<Line> header = textTableHeader(lines, i);
            if (header.isEmpty()) {
                continue;
            }
            // Two rows among the first three lines with a figure under the header, past the column names a copy
            // prints a line each (an event line between polls, "10 May 2020 Election ...", may come between).
            // A column's name with a footnote's number ("Eliades [lower-alpha 1]", wikimili's copy of the 2023
            // Cypriot presidential table) has no figure: counted as a line with one, it took a row's place among the
            // three, and the page was refused as a release page with no list of figures, naming no line.
            long rows = lines.subList(i + 1, Math.min(lines.size(), i + 1 + TEXT_TABLE_NAME_LINES)).stream()
                    .filter(l -> FOOTNOTE_MARK.matcher(l.text()).replaceAll("").matches(".*\\d.*"))
                    .limit(3)
                    .filter(l -> TEXT_TABLE_ROW.matcher(l.text()).matches())
                    .count();
            if (rows >= 2) {
                return header;
            }
        }
        return Optional.empty();
    }

    /** A footnote's mark as a text copy prints it: "[lower-alpha 1]", "[note 2]", "[3]", "[a]". */
    private static final Pattern FOOTNOTE_MARK =
            Pattern.compile("\\[(?:(?:lower-alpha|upper-alpha|lower-roman|note|nb|n)\\s*)?(?:\\d{1,3}|[a-z])\\]");

    /** How many lines a header copied as text may take before both its firm's and its date's words are read. */
    private static final int TEXT_TABLE_HEADER_LINES = 4;

    /** The longest line read as a column's name (or two, "Pollster Sample") of a header printed over lines. */
    private static final int TEXT_TABLE_NAME_CHARS = 24;

    /**
     * The header of a table copied as text starting at line {@code i}: the line itself, or it and up to three lines
     * after it, none with a figure, where a copy prints each column's name over lines of its own ("Fieldwork",
     * "date(s)", "Pollster Sample", as a mirror prints the 2022 Philippine table), as one line numbered as the first.
     */
    private static Optional<Line> textTableHeader(List<Line> lines, int i) {
        // A copy that prints the source's cell attributes with the names ("width=18%Polling firmwidth=18%Last date of
        // polling...", cryer.org.uk's copy of the 2018 Quebec table) has figures in its header that are no cell's:
        // read with them, it was no header, and the page was refused as a release page with no list of figures.
        String first = CELL_ATTRIBUTE.matcher(lines.get(i).text()).replaceAll("");
        String named = withoutImageNameDigits(first);
        if (TEXT_TABLE_HEADER.matcher(named).matches() || firmlessHeader(named)) {
            return Optional.of(new Line(first, lines.get(i).number()));
        }
        StringBuilder text = new StringBuilder();
        for (int j = i; j < Math.min(lines.size(), i + TEXT_TABLE_HEADER_LINES); j++) {
            if (lines.get(j).text().trim().length() > TEXT_TABLE_NAME_CHARS) {
                return Optional.empty(); // a heading or prose, no column's name
            }
            if (j > i) {
                text.append(' ');
            }
            text.append(lines.get(j).text().trim());
            if (TEXT_TABLE_HEADER.matcher(text).matches()) {
                return Optional.of(new Line(text.toString(), lines.get(i).number()));
            }
            if (lines.get(j).text().matches(".*\\d.*")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** An image's file extension, as a text copy prints a header's portraits by their file names. */
    private static final Pattern IMAGE_EXTENSION = Pattern.compile("(?i)\\.(?:jpe?g|png|svg|gif|webp)\\b");

    /**
     * {@code header} with the digits before its last image file name taken out: a text copy prints the candidates'
     * portraits by their file names ("Andreas Khol September 2006 (cropped).jpg", wikimili's copy of the 2016 Austrian
     * presidential table), and a header has no figure of its own, so those digits are the files'. Read with them, the
     * line was no header and the page was refused as a release page with no list of figures, where its cells had run
     * together.
     */
    private static String withoutImageNameDigits(String header) {
        Matcher m = IMAGE_EXTENSION.matcher(header);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end < 0 ? header : header.substring(0, end).replaceAll("\\d", "") + header.substring(end);
    }

    /** A table cell's width or span as a copy of the page's source prints it beside a name: {@code width=18%}. */
    private static final Pattern CELL_ATTRIBUTE =
            Pattern.compile("(?i)(?:width|rowspan|colspan)\\s*=\\s*\"?\\d+(?:%|px)?\"?");

    /** Whether {@code paragraph} names a year before {@code published}'s: a past election's figures. */
    private static boolean pastYear(String paragraph, LocalDate published) {
        Matcher m = YEAR.matcher(paragraph);
        while (m.find()) {
            if (Integer.parseInt(m.group()) < published.getYear()) {
                return true;
            }
        }
        return false;
    }

    /** One list's poll: the survey's fields, the ballot and contest its paragraph names, its lines' shares. */
    private static RawPoll question(
            String source, List<Line> block, QuestionHeading heading, Map<String, RawPoll.RawField> survey) {
        Location at = Location.line(block.get(0).number());
        Scope scope = heading.scope();
        Map<String, RawPoll.RawField> fields = PollsterTablesReader.questionFields(
                survey, "the list under '" + lastSentence(heading.title()) + "'", scope, heading, "paragraph", at);
        List<RawShare> shares = new ArrayList<>();
        List<String> header = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        PollsterTablesReader.surveyCells(survey, scope, "published", header, cells);
        for (Line line : block) {
            Matcher m = optionMatch(line.text());
            if (m == null) {
                continue; // blocks hold option lines only
            }
            String label = m.group("name").trim();
            // The option line's share has a decimal comma or point before one digit: a decimal, either way.
            String share = m.group("share").replace(',', '.');
            if (share.startsWith(".")) {
                share = "0" + share; // ".9%", as SPSS prints a share under one point
            }
            header.add(label);
            cells.add(m.group("share"));
            PollsterTablesReader.option(label, share, Location.line(line.number()), optionName(label), fields, shares);
        }
        SourceRows rows = new SourceRows(header, List.of(new SourceRows.Row(at, cells)));
        RawPoll.RawField dontKnow = fields.get("dont_know");
        double listed = dontKnow == null ? 0 : number(dontKnow.value());
        for (RawShare share : shares) {
            listed += number(share.value());
        }
        if (!shares.isEmpty() && listed < LEAST_OF_A_POLL) {
            // The tail of a poll, its leaders in the prose above: Pulzo's report of RCN's Bogotá tracking of September
            // 2023 listed "la otra intención de voto" (Robledo 3.6, Vargas 1.7, Quintero 1.7, Ramos 0.7) under the
            // sentences giving Galán 32, Oviedo 20.1 and Bolívar 18.2; stored as a partial poll of the four, it made
            // the leaders look unpolled (a blind trial).
            return new RawPoll(
                    at,
                    fields,
                    shares,
                    rows,
                    List.of(new Problem(
                            source,
                            at,
                            "share",
                            String.format(
                                    Locale.ROOT,
                                    "the list under '%s' gives %s in all (%d option%s): part of a poll, not all of it; where"
                                            + " its other figures are in the sentences around it (prose is not read), put the"
                                            + " poll in a CSV row",
                                    lastSentence(heading.title()),
                                    PollShares.trim(listed),
                                    shares.size(),
                                    shares.size() == 1 ? "" : "s"))));
        }
        return new RawPoll(at, fields, shares, rows, List.of());
    }

    /**
     * The least a list's figures, its don't-knows with them, give for it to be a poll: a list under half of everyone
     * is part of one, a report's lesser candidates beneath leaders it gives in prose.
     */
    static final double LEAST_OF_A_POLL = 50;

    /** A list line's figure as a number, 0 where it reads as none. */
    private static double number(String text) {
        try {
            return Double.parseDouble(text.replace('%', ' ').strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * The name an option line gives: a candidate's name without the party in brackets after it ("Sadiq Khan
     * (Labour)" is Sadiq Khan), a placeholder's article dropped ("A Liberal Democrat Candidate"), an Other as Others.
     */
    static String optionName(String label) {
        String name = label;
        Matcher party = PARTY_IN_BRACKETS.matcher(name);
        if (party.matches()) {
            name = party.group(1);
        }
        name = name.replaceFirst("(?i)^(an?|the)\\s+(?=\\S+\\s+\\S)", "");
        if (name.matches("(?i)(an)?other(\\s+(candidate|party))?s?")) {
            return "Others";
        }
        return PollsterTablesReader.optionName(name);
    }

    /** A paragraph's last sentence, cut to a note's length. */
    private static String lastSentence(String paragraph) {
        String last = wholeLastSentence(paragraph);
        return last.length() <= 100 ? last : last.substring(0, 99) + "\u2026";
    }

    /** A paragraph's last sentence, whole. */
    private static String wholeLastSentence(String paragraph) {
        String[] sentences = SENTENCE_END.split(paragraph);
        return sentences[sentences.length - 1].trim();
    }

    /** The round the paragraph names, its last sentence first: "first preference vote" is Round 1. */
    private static String round(String context) {
        String[] sentences = SENTENCE_END.split(context);
        for (int i = sentences.length - 1; i >= 0; i--) {
            if (SECOND_ROUND.matcher(sentences[i]).find()) {
                return "Round 2";
            }
            if (FIRST_ROUND.matcher(sentences[i]).find()) {
                return "Round 1";
            }
        }
        return null;
    }

    /**
     * A short line ending in a colon that leads into a list, saying nothing itself: "Los resultados fueron:". One that
     * says what the list is (a rating, "Net approval, Sadiq Khan as Mayor:", a ballot, "On the regional list:") keeps
     * its own word (review: each took the vote paragraph above it, a favourability list stored as a vote, a list
     * poll as a second constituency poll).
     */
    private static final Pattern LEAD_IN = Pattern.compile("[^.:]{1,50}:");

    /** "Regional" alone, a list ballot's word the scope words know only beside "vote" or "ballot". */
    private static final Pattern REGIONAL_WORD = Pattern.compile("(?i)\\bregional\\b");

    /**
     * The nearest line above line {@code at} that is neither an option line nor another lead-in, within a dozen lines,
     * or "": "Y un tercer escenario:" under "También se midió otra opción:" and its list is under the paragraph of
     * "escenarios de segunda vuelta" above both.
     */
    private static String paragraphAbove(List<Line> lines, int at) {
        for (int k = at - 1; k >= 0 && k >= at - 12; k--) {
            Line l = lines.get(k);
            if (!isOptionLine(l) && !LEAD_IN.matcher(l.text()).matches()) {
                return l.text();
            }
        }
        return "";
    }

    /** The page's title: its first lines, but the publication date. */
    private static String headline(List<Line> head, Line published) {
        return text(head.stream().filter(l -> l != published).limit(2).toList());
    }

    /**
     * Whether a page's first list is its poll's vote though the paragraph above it speaks of none: the title speaks of
     * a poll and of nothing else (no approval or rating), neither does that paragraph, and no list on the page stands
     * under a paragraph about a vote (a page that says which list is the vote is read as it says).
     */
    private static boolean headlineVote(String headline, String context, List<List<Line>> blocks, List<Line> lines) {
        if (VOTE_WORDS.matcher(context).find()
                || !VOTE_WORDS.matcher(headline).find()
                || NOT_A_VOTE.matcher(headline).find()
                || NOT_A_VOTE.matcher(context).find()
                || PREFERRED_LEADER.matcher(context).find()) {
            return false;
        }
        for (List<Line> block : blocks) {
            int at = lines.indexOf(block.get(0));
            if (at > 0 && VOTE_WORDS.matcher(lines.get(at - 1).text()).find()) {
                return false;
            }
        }
        return true;
    }

    /** The first line of the page's head that is a date alone ("September 11, 2020", "11 September 2020"). */
    private static Optional<Line> publication(List<Line> head) {
        return head.stream().filter(l -> dateAlone(l.text()).isPresent()).findFirst();
    }

    /** The day a line of a date alone gives, as a page's publication line prints it ("September 11, 2020"). */
    static Optional<LocalDate> dateAlone(String text) {
        return FieldworkDates.hasYear(text) && text.length() <= 40
                ? FieldworkDates.parse(text, null)
                        .filter(r -> r.start() == null)
                        .map(FieldworkDates.Range::end)
                : Optional.empty();
    }

    /**
     * The fieldwork dates from the title's brackets, the year from the publication date: the latest year that puts
     * the fieldwork's end on or before it (a December survey published in January is the year before). Returns the
     * title: its lines down to the dates.
     */
    private static String fieldwork(
            String source, List<Line> head, LocalDate published, Map<String, RawPoll.RawField> fields) {
        for (int i = 0; i < head.size(); i++) {
            Matcher m = TITLE_DATES.matcher(head.get(i).text());
            if (!m.find()) {
                continue;
            }
            String dates = m.group(1);
            Optional<FieldworkDates.Range> range = FieldworkDates.beforePublication(dates, published);
            if (range.isEmpty()) {
                continue;
            }
            Location at = Location.line(head.get(i).number());
            FieldworkDates.Range r = range.get();
            if (r.end().isAfter(published)) {
                throw new BadInputException(source + ":" + at.line() + ": the fieldwork dates '" + dates + "' end after"
                        + " the page's publication date " + published);
            }
            putFieldwork(fields, r, "title", at);
            return text(head.subList(0, i + 1));
        }
        // No fieldwork in the title: the poll is dated by its publication, as a table's publication-date column is.
        return head.isEmpty() ? "" : head.get(0).text();
    }

    /** Words before "conducted" that give it to an earlier survey: "our last poll, conducted on ...". */
    private static final Pattern EARLIER_SURVEY =
            Pattern.compile("(?i)\\b(last|previous|prior|earlier)\\s+(?:[\\p{L}&'’.\\-]+\\s+){0,3}?(poll|survey|wave"
                    + "|release)\\b[^.]*$");

    /**
     * "Conducted from May 12-13, 2023", "conducted on June 24", "conducted between 4 and 6 September 2023", and a news
     * report's "1,000 adults were interviewed over the phone between 3 and 10 October" (TheJournal.ie's of a Red C
     * poll): a few words may come between the verb and the dates. With no preposition the dates must open with a
     * month and a day ("a YouGov/Economist Poll conducted October 7-8, 2016", as YouGov's American summaries say): a
     * bare "conducted online among 1,000 adults" gives no date, nor "conducted in May 2023" a day.
     */
    private static final Pattern CONDUCTED =
            Pattern.compile("(?i)\\b(?:conducted|carried out|interviewed|undertaken)(?:\\s+[\\p{L}'’]+){0,4}?"
                    + "(?:\\s+(?:from|on|between)|(?=\\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?"
                    + "|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?\\s+\\d{1,2}(?!\\d)))\\s+(\\p{L}+\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:\\s*(?:-|–|to|and|through|thru|until)\\s*"
                    + "(?:\\p{L}+\\.?\\s+)?\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?(?:\\s*(?:-|–|to|and|through|thru|until)"
                    + "\\s*\\d{1,2}(?:st|nd|rd|th)?)?\\s+\\p{L}+(?:\\s+\\d{4})?)");

    /** The words between two days of a range in Indonesian: "19 hingga 24", "1 sampai 7", "10 s.d. 15". */
    private static final String INDONESIAN_TO = "hingga|sampai(?:\\s+dengan)?|s\\.\\s?d\\.?|s/d";

    /**
     * Indonesian reports' fieldwork: "Charta Politika melakukan survei pada 19 hingga 24 September 2024" (the Jakarta
     * trial's), "dilakukan pada 1-7 April 2017", "periode 17-24 Januari 2017". Dated by its publication, such a poll
     * sat six weeks late in the average.
     */
    private static final Pattern CONDUCTED_INDONESIAN = Pattern.compile("(?i)\\b(?:periode(?:\\s+survei)?"
            + "|(?:survei|dilakukan|dilaksanakan|digelar|berlangsung)(?:\\s+\\p{L}+){0,2}?\\s+pada(?:\\s+tanggal)?)"
            + "\\s+(\\d{1,2}(?:\\s+\\p{L}{3,12})?(?:\\s*(?:-|–|" + INDONESIAN_TO + ")\\s*\\d{1,2})?"
            + "\\s+\\p{L}{3,12}(?:\\s+\\d{4})?)");

    /** Words giving the dates to a survey before this one: "sebelumnya" (before), "lalu" (last), "terakhir" (latest). */
    private static final Pattern EARLIER_INDONESIAN = Pattern.compile("(?i)\\b(?:sebelumnya|sebelum|lalu|terakhir)\\b");

    /**
     * The fieldwork dates a release gives in a sentence below its dateline, where its title gives none ("Conducted from
     * May 12-13, 2023, with interactive voice response, ...", Liaison Strategies' releases): a survey dated by its
     * publication alone sits two days late in the average. Dates that cannot be read, or that end after the
     * publication, leave the poll dated by its publication.
     */
    private static void conducted(
            String source,
            List<Line> lines,
            LocalDate published,
            Map<String, RawPoll.RawField> fields,
            boolean withSample) {
        for (Line l : lines) {
            // Below the figures only a sentence that gives the sample too is this survey's method: "The last Red C
            // poll, carried out between 5 and 12 September" or an event that "took place" on a day is not (review).
            if (withSample && !SAMPLE.matcher(l.text()).find()) {
                continue;
            }
            Matcher m = CONDUCTED.matcher(l.text());
            boolean found = false;
            while (!found && m.find()) {
                // "our last poll, conducted on June 15, ..." dates another survey (review)
                found = !earlierSurveyBefore(l.text(), m.start());
            }
            if (!found) {
                // "survei sebelumnya pada 1 hingga 7 Oktober" dates the survey before (the review)
                m = CONDUCTED_INDONESIAN.matcher(l.text());
                while (!found && m.find()) {
                    found = !EARLIER_INDONESIAN.matcher(m.group()).find();
                }
            }
            if (!found) {
                continue;
            }
            // "between 3 and 10 October" is the range 3-10 October: the dates reader knows no "and", and the
            // sentence's fieldwork was dropped for the publication day.
            String dates = m.group(1)
                    .replaceAll("(?<=\\d),(?=\\s+\\d{4})", "")
                    .replaceAll("(?i)(?<=\\d)(st|nd|rd|th)?\\s+and\\s+(?=(\\p{L}+\\.?\\s+)?\\d)", "$1-")
                    // "from October 9 through 18" (Publika's report of a 2016 Moldovan poll) is 9-18 October.
                    .replaceAll(
                            "(?i)(?<=\\d)(st|nd|rd|th)?\\s+(?:through|thru|until)\\s+(?=(\\p{L}+\\.?\\s+)?\\d)", "$1-")
                    // "19 hingga 24 September 2024", "1 sampai 7 April", "10 s.d. 15 Oktober": days to days
                    .replaceAll("(?i)\\s*(?:" + INDONESIAN_TO + ")\\s*(?=\\d)", "-");
            // A January release's "conducted from December 28-30" is of the year before (review).
            Optional<FieldworkDates.Range> range = FieldworkDates.beforePublication(dates, published);
            if (range.isPresent() && !range.get().end().isAfter(published)) {
                putFieldwork(fields, range.get(), "conducted", Location.line(l.number()));
            }
            return;
        }
    }

    /** A survey's fieldwork dates, read from {@code column} at {@code at}: a single day starts and ends it. */
    private static void putFieldwork(
            Map<String, RawPoll.RawField> fields, FieldworkDates.Range r, String column, Location at) {
        fields.put(
                "fieldwork_start",
                new RawPoll.RawField((r.start() != null ? r.start() : r.end()).toString(), column, at));
        fields.put("fieldwork_end", new RawPoll.RawField(r.end().toString(), column, at));
    }

    /**
     * A day or time before "'s survey" ("Today's survey from Taloustutkimus", "Tuesday's poll", "This week's poll"),
     * which says when, not by whom: read as the author, europeanpolling.com's pages were refused as by 'Today'.
     */
    private static final Pattern WHEN = Pattern.compile("(?i)(?:this\\s+|last\\s+|next\\s+)?(?:today|tonight|yesterday"
            + "|tomorrow|week|weekend|month|year|morning|evening|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
            + "|january|february|march|april|may|june|july|august|september|october|november|december)");

    private static boolean isWhen(String by) {
        return WHEN.matcher(by).matches();
    }

    /**
     * The firm whose tweet a page quotes its figures from, by the attribution the quote closes with just under them ("—
     * Savanta UK (@Savanta_UK) March 22, 2024", politicalbetting.com's quote of Savanta's London poll of March 2024):
     * the first such line within {@value #TWEET_AFTER} lines of the list, when the alias table knows its name as one firm.
     * Refused before as naming no pollster before the figures (the London 2024 trial).
     */
    private static Optional<String> tweetedBy(List<Line> after, Function<String, List<String>> firmsNamedIn) {
        for (Line l : after) {
            Matcher m = TWEET_BYLINE.matcher(l.text());
            if (m.find()) {
                List<String> firms = firmsNamedIn.apply(m.group("who"));
                return firms.size() == 1 ? Optional.of(firms.get(0)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** How many lines below a list a quoted tweet's attribution may close it. */
    static final int TWEET_AFTER = 6;

    /** A quoted tweet's attribution: "— Savanta UK (@Savanta_UK) March 22, 2024". */
    private static final Pattern TWEET_BYLINE = Pattern.compile(
            "[—–-]\\s*(?<who>[^()—–]{2,40}?)\\s*\\(@\\w{1,30}\\)\\s+\\p{L}{3,9}\\.?\\s+\\d{1,2},\\s+(?:19|20)\\d\\d");

    /**
     * The firm: the page's site name, else the one known firm the text before the figures names, else (on a page of one
     * list, {@code after} its lines) the firm whose quoted tweet's attribution closes it. Several firms named (a release
     * comparing another firm's poll) or none is refused: the firm is never guessed.
     */
    private static String firm(
            String source,
            Document page,
            List<Line> before,
            List<Line> after,
            Function<String, List<String>> firmsNamedIn) {
        String words = text(before);
        Matcher author = AUTHOR.matcher(words);
        while (author.find()) {
            String by = author.group(1) != null ? author.group(1) : author.group(2);
            if (firmsNamedIn.apply(by).isEmpty() && !by.matches("(?i)(our|the|this|a|an|new|latest)") && !isWhen(by)) {
                throw new BadInputException(source + ": the page gives the poll as by '" + by + "', which the alias"
                        + " table knows as no firm: if it is the pollster, add it to an aliases file (--aliases);"
                        + " else put the poll in a CSV row");
            }
        }
        if (page != null) {
            // A site's name is the firm only where the alias table knows it as one: a newspaper's site publishing
            // "a new YouGov poll for the Evening Standard" is the client, not the pollster.
            Element site = page.selectFirst("meta[property=og:site_name]");
            if (site != null && !site.attr("content").isBlank()) {
                if (firmsNamedIn.apply(site.attr("content")).size() == 1) {
                    return site.attr("content").trim(); // as published; its house is the alias table's
                }
            }
        }
        List<String> own = firmsNamedIn.apply(ofThisPoll(words));
        // A firm named only in sentences about another poll may be this one's ("A YouGov poll published earlier this
        // week shows ..."), or not ("A poll published earlier this week by Opinium paints a different picture", on a
        // page about YouGov's): with another firm named elsewhere, which is whose cannot be told, and the page is
        // refused as naming several; alone, it is refused as naming none of this poll's (two reviews).
        List<String> elsewhere = firmsNamedIn.apply(ofPollsPublishedBefore(words)).stream()
                .filter(f -> !own.contains(f))
                .toList();
        if (own.size() == 1 && elsewhere.isEmpty()) {
            return own.get(0);
        }
        if (own.isEmpty() && elsewhere.isEmpty()) {
            Optional<String> tweeted = tweetedBy(after, firmsNamedIn);
            if (tweeted.isPresent()) {
                return tweeted.get();
            }
        }
        List<String> named = new ArrayList<>(own);
        if (own.size() == 1) {
            named.addAll(elsewhere);
        }
        throw new BadInputException(source + ": "
                + (named.isEmpty()
                        ? "no pollster named on the page before the figures (its site name, or a firm the alias table"
                                + " knows, as in 'Redfield & Wilton Strategies' latest ... poll')"
                                + (elsewhere.isEmpty()
                                        ? ""
                                        : "; " + String.join(", ", elsewhere) + " is named only in a sentence about"
                                                + " another or an earlier poll, which may not be this one: where it"
                                                + " is, put the poll in a CSV row")
                        : "the page names several pollsters before the figures (" + String.join(", ", named)
                                + "): which one's poll it is cannot be told"));
    }

    /**
     * The text before the figures without its sentences about an earlier poll, which name that poll's firm: joe.ie's
     * report of the Irish Times' 2018 presidential poll opened "Last week, a Paddy Power ... Poll conducted by Red C
     * revealed ... 70%", then gave "a new Irish Times opinion poll" with no firm, and the new poll was stored as Red C's.
     * Only a sentence that opens on such a time is left out: "YouGov's poll, conducted last week, ..." is this poll's.
     */
    private static String ofThisPoll(String words) {
        return sentences(words, false);
    }

    /** The sentences about a poll published before ({@link #PUBLISHED_BEFORE}), which may or may not be this one. */
    private static String ofPollsPublishedBefore(String words) {
        return sentences(words, true);
    }

    private static String sentences(String words, boolean publishedBefore) {
        StringBuilder kept = new StringBuilder();
        for (String line : words.split("\n")) {
            for (String sentence : SENTENCE_END.split(line)) {
                boolean before = PUBLISHED_BEFORE.matcher(sentence).find();
                boolean another = EARLIER_TIME.matcher(sentence).lookingAt()
                        || ANOTHER_POLL.matcher(sentence).find();
                if (publishedBefore ? before && !another : !before && !another) {
                    kept.append(sentence).append('\n');
                }
            }
        }
        return kept.toString();
    }

    /**
     * A sentence about another poll than the page's: one set against it ("Meanwhile, a poll published earlier this week
     * by Opinium (for Sky News) paints a rather different picture": Cardiff University's blog on the Welsh Political
     * Barometer, YouGov's, was stored as Opinium's), or one that says so ("another poll", "a rival survey"). "Another
     * YouGov poll" names its firm, and is this one.
     */
    private static final Pattern ANOTHER_POLL = Pattern.compile("(?i)^\\s*(?:meanwhile|by contrast|in contrast"
            + "|separately|elsewhere),.*\\b(?:earlier|last\\s+(?:week|month)|previous|different)\\b"
            + "|\\b(?:another|an?\\s+(?:different|rival|separate|earlier|previous))\\s+(?:poll|survey)\\b");

    /**
     * A sentence about a poll published before the page ("a poll published earlier this week by Opinium", "an Opinium
     * poll published last week"): another poll, or the page's own reported late; its firm is this poll's only where no
     * other firm is named ({@link #firm}).
     */
    private static final Pattern PUBLISHED_BEFORE = Pattern.compile("(?i)\\b(?:poll|survey)\\s+(?:published|released"
            + "|out)\\s+(?:earlier\\s+(?:this|in\\s+the)\\s+(?:week|month|year)|last\\s+(?:week|month|year)|previously"
            + "|(?:a|one|two|three|\\d{1,2})\\s+(?:weeks?|months?)\\s+ago)\\b");

    /** A sentence's opening on a time before the poll it reports: "Last week,", "Earlier this month", "A week ago". */
    private static final Pattern EARLIER_TIME = Pattern.compile("(?i)\\s*(?:last\\s+(?:week|month|year|weekend)|earlier"
            + "\\s+this\\s+(?:week|month|year)|(?:a|one|two|three|four|several|\\d{1,2})\\s+(?:days?|weeks?|months?)\\s+ago"
            + "|previously|in\\s+(?:a|the)\\s+(?:previous|earlier|last)\\s+(?:poll|survey))\\b");

    /**
     * Who the poll was for, where the text says so and names no firm there: the first "commissioned by ..." that is not
     * said of another poll. SFist's report of the Chronicle's August 2024 San Francisco poll recalled "a late January
     * poll ... (though that poll was commissioned by the Daniel Lurie campaign)", and the Chronicle's own poll was
     * stored as paid for by Lurie's campaign.
     */
    private static Optional<String> clientOf(String text, Function<String, List<String>> firmsNamedIn) {
        Matcher client = CLIENT.matcher(text);
        while (client.find()) {
            if (earlierSurveyBefore(text, client.start())
                    || THAT_POLL.matcher(lead(text, client.start())).find()) {
                continue;
            }
            return firmsNamedIn.apply(client.group(1)).isEmpty()
                    ? Optional.of(client.group(1).trim())
                    : Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether the words just before {@code at} speak of an earlier survey ("our last poll, conducted on ..."). */
    private static boolean earlierSurveyBefore(String text, int at) {
        return EARLIER_SURVEY.matcher(lead(text, at)).find();
    }

    /** The words just before {@code at} in which a phrase is said of a survey. */
    private static String lead(String text, int at) {
        return text.substring(Math.max(0, at - 60), at);
    }

    /** "that poll was", "that survey": another poll than the page's, pointed back to. */
    private static final Pattern THAT_POLL = Pattern.compile("(?i)\\b(?:that|those)\\s+(?:poll|survey)s?\\b[^.]*$");

    /** A sample size printed once ("poll of 2,500 Londoners"); none when the page prints none, or several. */
    private static Optional<Sample> sample(List<Line> lines) {
        Set<String> found = new LinkedHashSet<>();
        Location at = null;
        for (Line l : lines) {
            Matcher m = SAMPLE.matcher(l.text());
            while (m.find()) {
                found.add(firstGroup(m).replace(",", ""));
                if (at == null) {
                    at = Location.line(l.number());
                }
            }
        }
        return found.size() == 1 ? Optional.of(new Sample(found.iterator().next(), at)) : Optional.empty();
    }

    private record Sample(String text, Location at) {}

    /** The first of a match's groups that took part: each wording of {@link #SAMPLE} has a group of its own. */
    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return m.group();
    }

    /**
     * Refuses a list cut in two by a line of it the option pattern misses: a short line with a percentage between an
     * option line and the next. Read, the first part was a poll of some options and the rest, under no paragraph,
     * was skipped, so the poll was stored without them ("Brian Rose <1%" before "<1" was read).
     */
    private static void splitList(String source, List<Line> lines, List<List<Line>> blocks) {
        for (List<Line> block : blocks) {
            int after = lines.indexOf(block.get(block.size() - 1)) + 1;
            if (after + 1 >= lines.size()) {
                continue;
            }
            Line odd = lines.get(after);
            if (odd.text().length() <= MAX_OPTION_LINE
                    && odd.text().contains("%")
                    && !isSentence(odd.text())
                    && isOptionLine(lines.get(after + 1))) {
                throw new BadInputException(source + ":" + odd.number() + ": '" + odd.text() + "' stands inside a list"
                        + " of figures but is no option line ('NAME NN%', '<1%', a change in brackets): the list"
                        + " cannot be read whole; write the line so, or put the poll in a CSV row");
            }
        }
    }

    /**
     * Whether the page prints its lists each under a line naming its source: two lists or more, each under a short line
     * that is no sentence, one of those lines naming a firm the alias table knows. Infobae's page of Mexico City's
     * 2024 race printed "- Campaigns & Elections México (con corte al 20 de mayo)", "- Polls.mx (...)" and "- Consulta
     * Mitofsky (...)", each over a list: the firm named above the first was taken as the page's, and Polls.mx's list (an
     * aggregator's average) stored as its poll (the Mexico City trial). On such a page a list is read only under a line
     * naming the page's firm.
     */
    private static boolean labelledBySource(
            List<Line> lines, List<List<Line>> blocks, Function<String, List<String>> firmsNamedIn) {
        if (blocks.size() < 2) {
            return false;
        }
        int labelled = 0;
        boolean firmNamed = false;
        for (List<Line> block : blocks) {
            int at = lines.indexOf(block.get(0));
            if (at < 1) {
                continue;
            }
            String label = lines.get(at - 1).text().strip();
            if (label.length() <= MAX_SOURCE_LABEL && !label.endsWith(".") && !isOptionText(label)) {
                labelled++;
                firmNamed |= !firmsNamedIn.apply(label).isEmpty();
            }
        }
        return labelled >= 2 && firmNamed;
    }

    /**
     * Whether a list's label on a page of lists under their sources' names leaves the list the page's firm's: a label
     * naming the page's firm's house ("ComRes constituency vote:" under a Savanta ComRes page: one house, two names), or
     * a label of a round or a ballot naming no firm ("Second round:", "Regional list vote:"), which the review found
     * refused beside "First round (Ipsos):". A label naming another firm, or a name no firm or round is ("- Polls.mx
     * (con corte al 24de mayo)"), is another source's.
     */
    private static boolean ofPageFirm(String label, String firm, Function<String, List<String>> firmsNamedIn) {
        List<String> named = firmsNamedIn.apply(label);
        if (named.isEmpty()) {
            return round(label) != null || ScopeWords.inText(label) != null;
        }
        // the names of one house are found as one (AliasTable#pollstersNamedIn keeps one name a house)
        return firmsNamedIn.apply(label + " | " + firm).size() == 1;
    }

    /** The longest line that may label a list with its source: a name and a date in brackets. */
    private static final int MAX_SOURCE_LABEL = 80;

    /**
     * A line that is a sentence of the story, not a list's line: it ends with a full stop and runs to eight words or
     * more ("The most trusted politician is Igor Dodon with over 28%, followed by Maia Sandu, 16.4 % and Marian Lupu --
     * 16 %."). Between Publika's list of the 2016 Moldovan vote and its list of trust, such a line was taken for a
     * line of one list the option pattern missed, and the page was refused.
     */
    private static boolean isSentence(String text) {
        String t = text.strip();
        return t.endsWith(".") && t.split("\\s+").length >= 8;
    }

    private static boolean isOptionLine(Line l) {
        return isOptionText(l.text());
    }

    /** Whether {@code text} is an option line ("NAME NN%", a change in brackets ...). */
    static boolean isOptionText(String text) {
        return text.length() <= MAX_OPTION_LINE && !METHOD_LINE.matcher(text).lookingAt() && optionMatch(text) != null;
    }

    /**
     * A line of the survey's method, a figure after its name as an option line has one: its confidence level, margin of
     * error or response rate. Rankings de México's release of April 2024 closed with "Confiabilidad 95%" and "Margen de
     * error 4.9%", read as a poll of two options and refused as naming unknown candidates (the Mexico City trial).
     */
    private static final Pattern METHOD_LINE = Pattern.compile("(?iu)" + BULLET + "?\\s*(?:confiabilidad|nivel\\s+de"
            + "\\s+confianza|margen\\s+de\\s+error|margem\\s+de\\s+erro|margin\\s+of\\s+error|error\\s+margin"
            + "|confidence(?:\\s+level)?|tasa\\s+de\\s+respuesta|response\\s+rate|fehlertoleranz|fehlerbereich"
            + "|statistische\\s+fehlertoleranz|margine\\s+di\\s+errore|marge\\s+d'erreur|margin\\s+of\\s+sampling"
            + "\\s+error)(?!\\p{L})");

    /** The option line's match, its name first, its share first, or its name described; null for no option line. */
    private static Matcher optionMatch(String text) {
        Matcher m = OPTION_LINE.matcher(text);
        if (m.matches()) {
            return m;
        }
        m = OPTION_LINE_SHARE_FIRST.matcher(text);
        if (m.matches()) {
            return m;
        }
        m = OPTION_LINE_DESCRIBED.matcher(text);
        if (m.matches()) {
            return m;
        }
        m = OPTION_LINE_COMMA.matcher(text);
        if (m.matches()) {
            return m;
        }
        // Those naming no one, in words a comma joins ("Nenhum, branco e nulo: 14,6%", Paraná Pesquisas' São Paulo poll
        // of September 2023 as novomomento printed it): a name has no comma, so the line ended the list and the poll,
        // its don't-knows left out, read as partial (the São Paulo trial). Only such words: a comma in any other name
        // is no option's.
        String joined = NAME_COMMA.matcher(text).replaceAll(" ");
        if (!joined.equals(text)) {
            m = OPTION_LINE.matcher(joined);
            if (m.matches() && "dont_know".equals(Columns.field(m.group("name")).orElse(null))) {
                return m;
            }
        }
        return null;
    }

    /** A comma between two words of a label: "Nenhum, branco e nulo". */
    private static final Pattern NAME_COMMA = Pattern.compile("(?<=\\p{L}),(?=\\s+\\p{L})");

    /**
     * What the refusal says of lines that list figures with no share's mark ("Likud 31", "Likud - 25 Knesset seats", as
     * Israeli news pages list a poll's seats): they are a list, but of seats or of shares printed bare, which the page
     * reader does not take for shares. Refused as "no list", a blind trial's user read that the pages held none.
     */
    private static String bareFigures(List<Line> lines) {
        List<Line> bare = lines.stream()
                .filter(l -> l.text().length() <= MAX_OPTION_LINE
                        && BARE_FIGURE_LINE.matcher(l.text().strip()).matches())
                .toList();
        if (bare.size() < 3) {
            return "";
        }
        return String.format(
                Locale.ROOT,
                "; lines %d to %d list figures with no %% sign ('%s'): seats, or shares printed bare, which a release"
                        + " page's list is not read as; a poll in seats goes in a CSV row of seats summing to the"
                        + " house's (docs/poll-formats.md, Polls published in seats)",
                bare.get(0).number(),
                bare.get(bare.size() - 1).number(),
                bare.get(0).text().strip());
    }

    /** A line of a name and a bare whole number, perhaps its seats: "Likud 31", "Likud - 25 Knesset seats". */
    private static final Pattern BARE_FIGURE_LINE =
            Pattern.compile("(?:" + BULLET + "\\s+)?\\p{L}[\\p{L}'’.&/ \\-]{0,40}?"
                    + "\\s*[:\\-–]?\\s*\\d{1,3}[.,]?(?:\\s*(?i:(?:knesset\\s+)?(?:seats?|mandates?)))?");

    /** Each run of two or more consecutive option lines: blank lines do not break a run, any other line does. */
    static List<List<Line>> blocks(List<Line> lines) {
        List<List<Line>> out = new ArrayList<>();
        List<Line> run = new ArrayList<>();
        for (Line l : lines) {
            if (isOptionLine(l)) {
                run.add(l);
                continue;
            }
            if (run.size() >= 2) {
                out.add(run);
            }
            run = new ArrayList<>();
        }
        if (run.size() >= 2) {
            out.add(run);
        }
        return out;
    }

    private static boolean isHtml(String text) {
        String head = text.stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<") || head.contains("<html") || head.contains("<body") || head.contains("<p>");
    }

    /**
     * A heading that gives its list's unit instead of a sign on each figure: "Presidential voting intentions, per cent",
     * "Voting intention (%)", as europeanpolling.com prints every poll it reports.
     */
    private static final Pattern UNIT_HEADING =
            Pattern.compile("(?i)(?:,\\s*(?:per\\s?cent|%)|\\((?:per\\s?cent|%)\\)|\\bin\\s+%)\\s*$");
    /** The longest heading read for its unit: the test runs on every line of a page, long paragraphs too. */
    private static final int MAX_UNIT_HEADING = 160;
    /** A bare figure after a name, its change perhaps after it: "Sauli Niinisto (KOK) 72.0 (-8.0)". */
    private static final Pattern BARE_SHARE =
            Pattern.compile("^(\\p{L}[^\\d:%]{0,80}?\\s)(\\d{1,2}(?:\\.\\d)?)(\\s*\\([^()]{1,20}\\))?$");
    /** Lines between a unit heading and its list: a line on the changes ("(change on 30 November poll)"). */
    private static final int UNIT_GAP = 1;

    /** {@link #BARE_SHARE}'s matcher, on a line no longer than an option line: a longer line is prose, never read. */
    private static Matcher bareShare(String text) {
        return BARE_SHARE.matcher(text.length() <= MAX_OPTION_LINE ? text : "");
    }

    /**
     * The lines under a heading that gives the unit ({@link #UNIT_HEADING}), each a name and a bare figure, read with the
     * unit after the figure ("72.0" as "72.0%"). Without it the list read as none, and europeanpolling.com's pages were
     * refused as figures in prose. Only a run right under such a heading is read so: a figure elsewhere stays prose.
     */
    private static List<Line> withUnit(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines);
        for (int i = 0; i < out.size(); i++) {
            String heading = out.get(i).text();
            // Short lines only, found from the end: a pattern anchored at both ends with ".*" on each side of a
            // letter took minutes on a long paragraph (a page over the size cap), quadratic in its length.
            if (heading.length() > MAX_UNIT_HEADING
                    || heading.codePoints().noneMatch(Character::isLetter)
                    || !UNIT_HEADING.matcher(heading).find()) {
                continue;
            }
            int j = i + 1;
            while (j < out.size()
                    && j <= i + UNIT_GAP
                    && !bareShare(out.get(j).text()).matches()) {
                j++;
            }
            for (; j < out.size(); j++) {
                Matcher m = bareShare(out.get(j).text());
                if (!m.matches()) {
                    break;
                }
                String change = m.group(3) == null ? "" : m.group(3);
                out.set(
                        j,
                        new Line(
                                m.group(1) + m.group(2) + "%" + change,
                                out.get(j).number()));
            }
        }
        return out;
    }

    /**
     * The line under a list that dates it, as europeanpolling.com closes each poll it reports: "Fieldwork:
     * 27.12.2017-03.01.2018. Published: 05.01.2018. Participants: 1363. Methodology: ...". Its page prints no date
     * above the figures, so it was refused as undated though the poll's dates and sample stood under them.
     */
    private static final Pattern FOOTER =
            Pattern.compile("(?i)\\bfieldwork:\\s*(\\d{1,2}\\.\\d{1,2}\\.\\d{4})\\s*[-–]\\s*"
                    + "(\\d{1,2}\\.\\d{1,2}\\.\\d{4})\\.?\\s+published:\\s*(\\d{1,2}\\.\\d{1,2}\\.\\d{4})\\b"
                    + "(?:.*?\\bparticipants:\\s*(\\d{1,3}(?:,\\d{3})+|\\d{2,6})\\b)?");
    /** How far below the last list such a line may stand. */
    private static final int FOOTER_LINES = 3;

    private static final java.time.format.DateTimeFormatter DOTTED = java.time.format.DateTimeFormatter.ofPattern(
                    "d.M.uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    /** A list's closing line of dates: its fieldwork, its publication and its sample (null where none is printed). */
    private record Footer(Line line, LocalDate start, LocalDate end, LocalDate published, String participants) {}

    /** The one closing line of dates just under the page's last list, if it prints one ({@link #FOOTER}). */
    private static Optional<Footer> footer(String source, List<Line> lines, List<List<Line>> blocks) {
        // One closing line per poll: a post reporting two (a second firm's list under its own heading and dates) would
        // give the first firm, named above the figures, the second's figures, dates and sample (review).
        List<Integer> closing = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (FOOTER.matcher(lines.get(i).text()).find()) {
                closing.add(i);
            }
        }
        if (closing.size() > 1) {
            throw new BadInputException(source + ":" + lines.get(closing.get(1)).number() + ": the page reports "
                    + closing.size() + " polls, each closed by its own line of dates (lines "
                    + closing.stream()
                            .map(i -> String.valueOf(lines.get(i).number()))
                            .collect(Collectors.joining(", "))
                    + "): save each poll's part as a page of its own, or put its figures in a CSV row");
        }
        List<Line> last = blocks.get(blocks.size() - 1);
        int after = lines.indexOf(last.get(last.size() - 1)) + 1;
        // The one closing line, if it stands just under the last list.
        if (closing.isEmpty() || closing.get(0) < after || closing.get(0) >= after + FOOTER_LINES) {
            return Optional.empty();
        }
        Line line = lines.get(closing.get(0));
        Matcher m = FOOTER.matcher(line.text());
        m.find();
        try {
            return Optional.of(new Footer(
                    line,
                    LocalDate.parse(m.group(1), DOTTED),
                    LocalDate.parse(m.group(2), DOTTED),
                    LocalDate.parse(m.group(3), DOTTED),
                    m.group(4) == null ? null : m.group(4).replace(",", "")));
        } catch (DateTimeParseException e) {
            return Optional.empty(); // "31.02.2018": no date; the page is refused as undated, naming what to give
        }
    }

    /** A page store's filing date before a page's first line: " date 2018-10-12 ", " date 2019-03 ". */
    private static final Pattern STORE_DATE =
            Pattern.compile("[ \\t]*date ((?:19|20)\\d{2}-[01]\\d)(?:-([0-3]\\d))?[ \\t]+");

    /** A text's non-blank lines, trimmed, with their numbers, a news site's chrome left out. */
    private static List<Line> lines(String text) {
        return readable(rawLines(text));
    }

    /** The page's lines as a list is looked for in them: advertising slots left out, a unit heading's lines marked. */
    private static List<Line> readable(List<Line> read) {
        read.removeIf(l -> AD_SLOT.matcher(l.text()).matches()
                || COOKIE_NOTICE.matcher(l.text()).lookingAt()
                || RELATED_LINK.matcher(l.text()).lookingAt());
        read.replaceAll(l -> {
            String turned = SIGN_FIRST.matcher(l.text()).replaceAll("$1%");
            return turned.equals(l.text()) ? l : new Line(turned, l.number());
        });
        return withUnit(withPercentSigns(read));
    }

    /**
     * A run of three or more lines of a name and a bare figure ("Lab 51 (+11)", "Con 27 (-8)", "Reform 2 (NEW)", as
     * Savanta's tweet of its London poll of March 2024 printed them, quoted on politicalbetting.com) whose figures make
     * 100 give or take 3: shares with their percent signs left off, read as if printed. Refused as figures in prose
     * before (the London 2024 trial). Not where the page speaks of seats anywhere: a parliament of 100
     * (Latvia's Saeima) projects seats that make 100 too; nor a run making 120 (the Knesset's seats), which stays
     * refused as bare figures.
     */
    private static List<Line> withPercentSigns(List<Line> lines) {
        // Anywhere on the page: a seat projection's headline or the line under its list says seats (a review's
        // "Reform would win 43 seats in the Riigikogu" over "Reform Party 43").
        if (lines.stream().anyMatch(l -> SEAT_WORD.matcher(l.text()).find())) {
            return lines;
        }
        List<Line> out = new ArrayList<>(lines);
        int i = 0;
        while (i < out.size()) {
            // Where each line of the run its share ends, to put the sign after it.
            List<Integer> ends = new ArrayList<>();
            double sum = 0;
            for (int j = i; j < out.size() && out.get(j).text().length() <= MAX_OPTION_LINE; j++) {
                Matcher m = BARE_SHARE_LINE.matcher(out.get(j).text());
                if (!m.matches() || isOptionText(out.get(j).text())) {
                    break;
                }
                sum += Double.parseDouble(m.group("share").replace(',', '.'));
                ends.add(m.end("share"));
            }
            if (ends.size() >= 3 && Math.abs(sum - 100) <= 3) {
                for (int k = 0; k < ends.size(); k++) {
                    Line l = out.get(i + k);
                    int end = ends.get(k);
                    out.set(
                            i + k,
                            new Line(l.text().substring(0, end) + "%" + l.text().substring(end), l.number()));
                }
            }
            i += Math.max(1, ends.size());
        }
        return out;
    }

    /** A name, a bare share and perhaps a change in brackets: "Lab 51 (+11)", "Green 8 (=)", "Reform 2 (NEW)". */
    private static final Pattern BARE_SHARE_LINE =
            Pattern.compile("(?:" + BULLET + "\\s+)?\\p{L}[\\p{L}'’.&/ \\-]{0,40}?"
                    + "\\s*[:\\-–]?\\s+(?<share>\\d{1,2}(?:[.,]\\d)?)(?:\\s*\\([^()]{1,12}\\))?");

    /** Words of seats, as a parliament's projections print them. */
    private static final Pattern SEAT_WORD =
            Pattern.compile("(?iu)(?<!\\p{L})(seats?|mandat\\p{L}*|mandát\\p{L}*|mandāt\\p{L}*|sièges?|escaños?|sitze?"
                    + "|viet\\p{L}*|koh(?:a|ta|ad|ti)|zetels?|riigikogu|saeima|knesset)(?!\\p{L})");

    /**
     * A share with its sign first, as Turkish writes it ("CHP (Ekrem İmamoğlu): %41.9", ASAL's Istanbul poll of
     * 2024), turned round so the list reads as any other: the page was refused as figures in prose (a blind trial).
     * Only after a colon, a dash or a space and before the line's end or a bracket, so that no "%" elsewhere moves.
     */
    private static final Pattern SIGN_FIRST =
            Pattern.compile("(?<=[:\\-–\\s])%\\s?(\\d{1,2}(?:[.,]\\d{1,2})?)(?=\\s*(?:\\(|$))");

    /**
     * A site's notice of its cookies ("This site uses cookies to improve your experience ..."): saved as a page's first
     * line, it stood as the page's title, and TheJournal.ie's report of Red C's 2018 presidential poll, read under it,
     * was refused as a list under no paragraph about a vote.
     */
    private static final Pattern COOKIE_NOTICE = Pattern.compile(
            "(?i)(?:this (?:web)?site uses cookies|we use cookies|by continuing to (?:browse|use) this)");

    /**
     * A news site's link to another story between a story's lines ("Read also: ...", "Baca juga: ..."): no line of the
     * story. The Jakarta trial's report of Charta Politika's 2024 poll printed "Baca juga: Hasil Survei Litbang
     * Kompas: ..." (a story about football) just above its list, and the page was refused as naming two firms.
     */
    private static final Pattern RELATED_LINK = Pattern.compile("(?iu)(?:read (?:also|more)|also read|see also"
            + "|related|baca juga|lees ook|leia (?:tamb[eé]m|mais)|lea (?:tambi[eé]n|m[aá]s)|leggi anche"
            + "|lesen sie auch|lire aussi)\\s*:\\s*\\S");

    /**
     * A line a news site puts where its advertising goes ("Advertisement", "Story continues below advertisement"): no
     * line of the story. joe.ie's report of the Irish Times' 2018 presidential poll printed one after Higgins' 66% and
     * another before Casey's 2%, which cut the list in three, and the middle four names were stored as the poll.
     */
    private static final Pattern AD_SLOT = Pattern.compile("(?i)(?:advertisement|advertising|sponsored(?: content)?"
            + "|(?:story|article) continues below(?: (?:this )?advertisement)?|scroll to continue with content)");

    private static List<Line> rawLines(String text) {
        if (isHtml(text)) {
            return htmlLines(Jsoup.parse(text));
        }
        List<Line> out = new ArrayList<>();
        String[] all = text.split("\\R", -1);
        for (int i = 0; i < all.length; i++) {
            String t = all[i].replace('\u00a0', ' ').strip();
            if (!t.isEmpty()) {
                if (!out.isEmpty()) {
                    t = withoutRepeatedTail(out.get(out.size() - 1).text(), t);
                }
                int glued = gluedOptionEnd(t);
                if (glued > 0) {
                    out.add(new Line(t.substring(0, glued), i + 1));
                    t = t.substring(glued);
                }
                out.add(new Line(t, i + 1));
            }
        }
        return out;
    }

    /**
     * {@code line} without the end of {@code previous} that a page copy repeated at its start, where what is left is an
     * option line and the line was none: the page store's copies of some news pages begin each list line with the
     * figure that closed the line before ("24% (antes 25%) Guilherme Boulos (PSOL): 23% (antes 23%)" under "Quaest:
     * Ricardo Nunes (MDB): 24% (antes 25%)", UOL's report of Quaest's São Paulo poll of September 2024; "(União
     * Brasil) – 4%; Altino (PSTU) – 2%", pledgetimes' of Datafolha's). Unread, the list ended at its first line and the
     * page was refused, or its last candidates and don't-knows were left out and the poll read as partial (the São
     * Paulo trial). The repeat must hold a figure, and end where a word does; the line before must be an option line.
     */
    private static String withoutRepeatedTail(String previous, String line) {
        // Short lines only: the repeat and an option line are, and a long paragraph's every space was a substring. The
        // line before must be the list's first: behind a label ("Quaest: Ricardo Nunes (MDB): 24% (antes 25%)") it is
        // none, and the list would start at its second line without its leader. Whose label it is (another firm's, a
        // group's: "Mulheres:") cannot be told, so neither line is read (a review).
        if (line.length() > 2 * MAX_OPTION_LINE
                || line.indexOf('%') < 0
                || isOptionText(line)
                || !isOptionText(previous)) {
            return line;
        }
        for (int k = Math.min(line.length() - 1, previous.length()); k >= 2; k--) {
            if (!Character.isWhitespace(line.charAt(k))) {
                continue;
            }
            String repeated = line.substring(0, k);
            if (repeated.indexOf('%') >= 0 && previous.endsWith(repeated)) {
                String rest = line.substring(k).strip();
                return isOptionText(rest) ? rest : line;
            }
        }
        return line;
    }

    /**
     * Where an option line ends that a copy ran straight into the next line's words, with no space: a post's embed that
     * lost its last line break ("Brunner: 6% (+2)Änderungen zur Umfrage vom 04. August 2022", the Austrian trial's
     * tweets of polls). Read as one line it was no option line, the list ended a line early and that candidate's figure
     * was dropped without a word. -1 where the line is no such thing: the option's share or change must be followed at
     * once by a capital letter.
     */
    private static int gluedOptionEnd(String line) {
        if (line.length() <= 1) {
            return -1;
        }
        Matcher m = OPTION_LINE.matcher(line);
        if (!m.lookingAt() || m.end() >= line.length() || m.end() > MAX_OPTION_LINE) {
            return -1;
        }
        char last = line.charAt(m.end() - 1);
        char next = line.charAt(m.end());
        return (last == ')' || last == '%') && Character.isUpperCase(next) ? m.end() : -1;
    }

    /**
     * The page's text as a reader sees it: each paragraph, heading, list item and line break a line of its own,
     * numbered in that order (the page's markup has no lines of its own to name).
     */
    private static List<Line> htmlLines(Document page) {
        Document d = page.clone();
        d.select("script, style, noscript, head").remove();
        d.select("br").after("\n");
        d.select("p, h1, h2, h3, h4, h5, h6, li, div, header, time, dd, dt, blockquote, tr")
                .forEach(e -> {
                    e.prependText("\n");
                    e.appendText("\n");
                });
        String text = d.body() == null ? "" : d.body().wholeText();
        List<Line> out = new ArrayList<>();
        int n = 0;
        for (String l : text.split("\\R")) {
            String t = l.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
            if (!t.isEmpty()) {
                out.add(new Line(t, ++n));
            }
        }
        return out;
    }

    private static String text(List<Line> lines) {
        StringBuilder b = new StringBuilder();
        for (Line l : lines) {
            b.append(l.text()).append('\n');
        }
        return b.toString();
    }
}
