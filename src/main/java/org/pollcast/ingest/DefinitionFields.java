package org.pollcast.ingest;

import static org.pollcast.ingest.YamlFile.at;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.pollcast.election.Option;

/**
 * The small checks every part of an election definition makes of its fields: lists (required or not), keys
 * unique within a list, ids, dates and whole numbers. Each failure names the field path and its line, through
 * the {@link YamlFile} the definition was read from. {@link ElectionLoader} and {@link ContestAreas} share them.
 */
final class DefinitionFields {
    private final YamlFile<?> src;

    DefinitionFields(YamlFile<?> src) {
        this.src = src;
    }

    /** Each item read by {@code reader} with its path ({@code parties[2]}); empty when none, unless required. */
    <S, T> List<T> list(List<S> items, String path, boolean required, BiFunction<S, String, T> reader) {
        if (items == null || items.isEmpty()) {
            if (required) {
                throw src.fail(path, "is required and must be a non-empty list");
            }
            return List.of();
        }
        List<T> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            out.add(reader.apply(items.get(i), YamlFile.at(path, i)));
        }
        return out;
    }

    /** No two items with the same {@code key}: the second is the one named. */
    <T> void unique(List<T> items, Function<T, String> key, String path, String field) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String k = key.apply(items.get(i));
            if (!seen.add(k)) {
                throw src.fail(at(YamlFile.at(path, i), field), "duplicate " + field + " '" + k + "'");
            }
        }
    }

    /** An id: lower case letters, digits, '-' or '_', and not the id of the 'all others' share. */
    String key(String value, String path) {
        String k = src.requiredText(value, path);
        if (!k.matches("[a-z0-9][a-z0-9_-]*")) {
            throw src.fail(path, "'" + k + "' must be lower case letters, digits, '-' or '_'");
        }
        if (k.equals(Option.OTHER)) {
            throw src.fail(path, "'" + Option.OTHER + "' is reserved for the 'all others' share");
        }
        return k;
    }

    /** A date written YYYY-MM-DD. */
    LocalDate date(String value, String path) {
        String v = src.requiredText(value, path);
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw src.fail(path, "'" + v + "' is not a date (YYYY-MM-DD)");
        }
    }

    /** A whole number from 0 to 100,000 (seats, list seats, a bloc's {@code atLeast}). */
    int wholeNumber(Integer value, String path) {
        int v = src.required(value, path);
        if (v < 0 || v > 100_000) {
            throw src.fail(path, v + " is not a whole number from 0 to 100,000");
        }
        return v;
    }
}
