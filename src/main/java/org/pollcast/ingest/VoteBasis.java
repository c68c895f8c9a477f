package org.pollcast.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a survey's figures are shares of, where a table prints it beside the firm: Peru's tables print each survey
 * twice, a line "(Valid votes)" (blank and null ballots left out, as the count is) and a line "(Cast votes)" with blank
 * and null inside. The two lines are one survey, and the valid votes' line is the one kept ({@link SurveyPopulations}).
 * Before, the words were read as the client ("El Comercio (Cast votes)"), so both lines were stored as two polls of two
 * clients and counted twice in the average.
 */
final class VoteBasis {
    static final String VALID = "printed over valid votes";
    static final String CAST = "printed over cast votes, blank and null included";

    /** "(Valid votes)", "(Cast votes)", "(Emitted votes)", "(votos válidos)", "(votos emitidos)", after an optional "/". */
    private static final Pattern QUALIFIER = Pattern.compile(
            "(?iu)\\s*/?\\s*\\(\\s*(?:(valid|cast|emitted)\\s+votes?|votos\\s+(v[aá]lidos|emitidos))\\s*\\)");

    private VoteBasis() {}

    /** The note naming the basis {@code text} prints, or null when it prints none. */
    static String noteOf(String text) {
        Matcher m = QUALIFIER.matcher(text == null ? "" : text);
        if (!m.find()) {
            return null;
        }
        String word = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
        return word.startsWith("v") ? VALID : CAST;
    }

    /** {@code text} without the basis it prints. */
    static String without(String text) {
        return QUALIFIER.matcher(text).replaceAll("").strip();
    }

    /**
     * Takes the basis {@code field}'s text prints out of it, into {@code fields}' notes (after any notes given): the
     * words are no part of a firm's or client's name.
     */
    static void moveToNotes(String field, Map<String, RawPoll.RawField> fields) {
        RawPoll.RawField given = fields.get(field);
        String note = given == null ? null : noteOf(given.value());
        if (note == null) {
            return;
        }
        fields.put(field, new RawPoll.RawField(without(given.value()), given.column(), given.location()));
        addNote(note, given.column(), given.location(), fields);
    }

    /** Adds {@code note} to {@code fields}' notes, after any given. */
    static void addNote(String note, String column, Location at, Map<String, RawPoll.RawField> fields) {
        fields.merge(
                "notes",
                new RawPoll.RawField(note, column, at),
                (a, b) -> a.value().isBlank()
                        ? b
                        : new RawPoll.RawField(a.value() + "; " + b.value(), a.column(), a.location()));
    }

    /** Valid votes 1, cast votes 0, -1 for notes that name neither. */
    static int rank(String notes) {
        if (notes == null) {
            return -1;
        }
        if (notes.contains(VALID)) {
            return 1;
        }
        return notes.contains(CAST) ? 0 : -1;
    }
}
