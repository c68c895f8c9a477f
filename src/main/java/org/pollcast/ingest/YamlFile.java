package org.pollcast.ingest;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.pollcast.BadInputException;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A YAML file bound to a record by Jackson, strictly: an unknown key, a key given twice, a list where a mapping
 * belongs, text where a number belongs, an alias, a second document, a file nested too deep or too large are all
 * errors naming the file, the line and the field path ({@code london-2012.yaml:14: field
 * 'contests.mayor.candidates[2].party': ...}). The readers check the bound values and report through {@link #fail},
 * so their messages name lines too ({@link YamlLines} keeps them).
 *
 * @param <T> the record (or map) the file binds to
 */
public final class YamlFile<T> {
    /** Definition files are a few kilobytes; this is far above any real one and far below trouble. */
    static final int MAX_BYTES = 1 << 20;
    /** The deepest nesting of mappings and lists; an election definition needs five. */
    static final int MAX_DEPTH = 20;

    private static final ObjectMapper MAPPER = mapper();

    private final T value;
    private final YamlLines lines;

    private YamlFile(T value, YamlLines lines) {
        this.value = value;
        this.lines = lines;
    }

    /**
     * A mapper for definition files: unknown and duplicate keys rejected, no text read as a number or boolean, no
     * fraction truncated to a whole number, no empty list items, nesting and size limited.
     */
    public static ObjectMapper mapper() {
        LoaderOptions limits = new LoaderOptions();
        limits.setNestingDepthLimit(MAX_DEPTH + 1); // Jackson's limit speaks first, with the line
        limits.setCodePointLimit(MAX_BYTES);
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(limits)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL) // "key:" with no value is YAML's null, as "key: ~"
                .build();
        ObjectMapper mapper = new ObjectMapper(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        for (LogicalType t : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(t)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        return mapper;
    }

    /** Reads {@code file}, a {@code what} ("election definition"), as a {@code type}. */
    public static <T> YamlFile<T> read(Path file, Class<T> type, String what) {
        return read(file, MAPPER, MAPPER.constructType(type), what);
    }

    /** Reads {@code file} as a generic type such as {@code Map<String, String>}. */
    public static <T> YamlFile<T> read(Path file, TypeReference<T> type, String what) {
        return read(file, MAPPER, MAPPER.constructType(type), what);
    }

    /** Reads {@code file} with a mapper of {@link #mapper()}'s settings plus the caller's (registered subtypes). */
    public static <T> YamlFile<T> read(Path file, ObjectMapper mapper, Class<T> type, String what) {
        return read(file, mapper, mapper.constructType(type), what);
    }

    /**
     * pollcast's own copy of {@code data/<dataPath>}, built into the jar by pom.xml's resources (under {@code
     * org/pollcast/defaults}): what a data folder of one's own without that file reads instead. An error names it as
     * "pollcast's own data/<dataPath>".
     */
    public static <T> YamlFile<T> bundled(String dataPath, Class<T> type, String what) {
        String resource = "/org/pollcast/defaults/" + dataPath;
        try (java.io.InputStream in = YamlFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("pollcast's jar holds no " + resource + ": the build left it out");
            }
            return read(
                    Path.of("pollcast's own data/" + dataPath),
                    in.readAllBytes(),
                    MAPPER,
                    MAPPER.constructType(type),
                    what);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read pollcast's own " + resource, e);
        }
    }

    private static <T> YamlFile<T> read(Path file, ObjectMapper mapper, JavaType type, String what) {
        return read(file, bytes(file, what, thing(what)), mapper, type, what);
    }

    private static String thing(String what) {
        return ("aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ") + what;
    }

    private static <T> YamlFile<T> read(Path file, byte[] bytes, ObjectMapper mapper, JavaType type, String what) {
        String thing = thing(what);
        String is = "is a YAML mapping"
                + (type.isRecordType()
                        ? " with "
                                + Arrays.stream(type.getRawClass().getRecordComponents())
                                        .map(RecordComponent::getName)
                                        .collect(Collectors.joining(", "))
                        : "");
        YamlLines lines;
        try (JsonParser p = mapper.getFactory().createParser(bytes)) {
            lines = YamlLines.scan(file, p, thing, is);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage());
        }
        try {
            return new YamlFile<>(mapper.readValue(bytes, type), lines);
        } catch (JsonMappingException e) {
            throw new YamlFile<T>(null, lines).bindingError(e, mapper);
        } catch (IOException e) {
            throw new BadInputException(file + ": not valid YAML: " + YamlLines.firstLine(e.getMessage()));
        }
    }

    private static byte[] bytes(Path file, String what, String thing) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new BadInputException(
                        file + ": " + size + " bytes is too large for " + thing + " file (at most " + MAX_BYTES + ")");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such " + what + " file");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage());
        }
    }

    /** The bound value. */
    public T value() {
        return value;
    }

    /** An error at {@code path} ("contests.mayor.candidates[2].party", "" for the file): file, line, field. */
    public BadInputException fail(String path, String message) {
        return lines.error(lines.line(path), path, message);
    }

    /** {@code value}, or an error: the field at {@code path} is required. */
    public <V> V required(V value, String path) {
        if (value == null) {
            throw fail(path, "is required");
        }
        return value;
    }

    /** Trimmed text, or null when the field is absent; blank text is an error. */
    public String text(String value, String path) {
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            throw fail(path, "must be a non-empty text");
        }
        return value.trim();
    }

    public String requiredText(String value, String path) {
        return text(required(value, path), path);
    }

    /** The path of {@code field} under {@code path}: ("contests.mayor", "system"), ("", "id"). */
    public static String at(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** The path of item {@code index} of the list at {@code path}: "parties[2]". */
    public static String at(String path, int index) {
        return path + "[" + index + "]";
    }

    private BadInputException bindingError(JsonMappingException e, ObjectMapper mapper) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .reduce("", (a, b) -> b.startsWith("[") ? a + b : at(a, b));
        if (e instanceof UnrecognizedPropertyException u) {
            return fail(
                    path,
                    "unknown field; expected one of "
                            + new TreeSet<>(u.getKnownPropertyIds().stream()
                                    .map(String::valueOf)
                                    .toList()));
        }
        if (e instanceof InvalidTypeIdException t) {
            // A contest's system picks its fields: unknown, missing, or not text.
            JsonTypeInfo info = t.getBaseType().getRawClass().getAnnotation(JsonTypeInfo.class);
            String property = info == null ? "type" : info.property();
            String known = String.join(", ", knownTypeIds(mapper, t.getBaseType()));
            if (!lines.shape(path).equals("a mapping")) {
                return fail(path, "expected a mapping with a " + property + ", got " + lines.shape(path));
            }
            String at = at(path, property);
            if (t.getTypeId() != null) {
                return fail(at, "unknown " + property + " '" + t.getTypeId() + "'; known: " + known);
            }
            return fail(
                    at,
                    lines.has(at)
                            ? "expected one of " + known + ", got " + lines.shape(at)
                            : "is required; one of " + known);
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return fail(path, "expected " + expected(m.getTargetType()) + ", got " + lines.shape(path));
        }
        return fail(path, YamlLines.firstLine(e.getOriginalMessage()));
    }

    private static List<String> knownTypeIds(ObjectMapper mapper, JavaType base) {
        DeserializationConfig config = mapper.getDeserializationConfig();
        Collection<NamedType> types = mapper.getSubtypeResolver()
                .collectAndResolveSubtypesByTypeId(
                        config, config.introspectClassAnnotations(base).getClassInfo());
        return types.stream().filter(NamedType::hasName).map(NamedType::getName).toList();
    }

    private static String expected(Class<?> target) {
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(target) || target == double.class) {
            return "a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (target == String.class) {
            return "a text";
        }
        if (target == Object.class) {
            return "a text or a mapping"; // a field bound as either and read by its owner (a nightly source)
        }
        return Collection.class.isAssignableFrom(target) ? "a list" : "a mapping";
    }
}
