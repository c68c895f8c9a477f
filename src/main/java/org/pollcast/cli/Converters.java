package org.pollcast.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.pollcast.election.SeatMethod;
import org.pollcast.ingest.PollFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option values that picocli cannot convert by itself: dates in one format with one message, and enums written as
 * their codes ({@code dhondt-modified}, {@code long-csv}) rather than their constant names. Enums whose names are
 * their codes ({@code --format json}, {@code --method kalman}) use picocli's own conversion, case-insensitive (see
 * {@link Main#commandLine()}). A failed conversion is picocli's "Invalid value for option '--x': ...", exit status 2.
 */
final class Converters {
    private Converters() {}

    /** {@code YYYY-MM-DD}; registered for every {@link LocalDate} option. */
    static final class Date implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date (YYYY-MM-DD)");
            }
        }
    }

    /**
     * A file or folder name; registered for every {@link java.nio.file.Path} option. An empty name would mean the
     * working folder to Java, and a store, report or export aimed at it fails far from the typo.
     */
    static final class FilePath implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            if (value == null || value.isBlank()) {
                throw new TypeConversionException("empty: give a file or folder name");
            }
            try {
                return Path.of(value);
            } catch (InvalidPathException e) {
                throw new TypeConversionException("'" + value + "' is not a usable file name: " + e.getReason());
            }
        }
    }

    /** A value (an enum, or a seat method) by its code, in any case; also the option's completion candidates, so shells can list the codes. */
    abstract static class Codes<E> implements ITypeConverter<E>, Iterable<String> {
        private final List<String> codes;
        private final Function<String, Optional<E>> fromCode;

        Codes(E[] values, Function<E, String> code, Function<String, Optional<E>> fromCode) {
            this.codes = Arrays.stream(values).map(code).toList();
            this.fromCode = fromCode;
        }

        @Override
        public E convert(String value) {
            return fromCode.apply(value.trim().toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> new TypeConversionException(
                            "expected one of " + String.join(", ", codes) + " but was '" + value + "'"));
        }

        @Override
        public Iterator<String> iterator() {
            return codes.iterator();
        }
    }

    static final class SeatMethods extends Codes<SeatMethod> {
        SeatMethods() {
            super(SeatMethod.values(), SeatMethod::code, SeatMethod::fromCode);
        }
    }

    static final class PollFormats extends Codes<PollFormat> {
        PollFormats() {
            super(PollFormat.values(), PollFormat::code, PollFormat::fromCode);
        }
    }
}
