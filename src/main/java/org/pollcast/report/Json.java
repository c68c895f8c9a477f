package org.pollcast.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pollcast.election.OfficialCount;

/**
 * The one JSON writer behind every {@code --format json} output and {@code forecast.json}. Each output is an immutable
 * record of this package that mirrors its documented shape (docs/forecast-json.md); Jackson writes it field by field
 * in record component order, indented, so the JSON says exactly what the record says.
 *
 * <p>Three rules hold for every output: a number that cannot be computed (NaN or infinite) is written as
 * {@code null}, never as NaN (docs/forecast-json.md); dates and instants are ISO text ({@code 2012-04-26}); and a
 * null field is written as {@code null}, unless the record marks it {@code @JsonInclude(NON_NULL)} (left out).
 */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .addModule(new SimpleModule("pollcast-json")
                    .addSerializer(Double.class, new FiniteOrNull())
                    .addSerializer(Double.TYPE, new FiniteOrNull())
                    .addSerializer(double[].class, new FiniteOrNullArray())
                    .addSerializer(LocalDate.class, ToStringSerializer.instance)
                    .addSerializer(Instant.class, ToStringSerializer.instance))
            // The count's list seats are a record of the (Jackson-free) election package: its null "eligible" (no
            // waiver) is left out here, so a count without one is written as before the waiver existed.
            .addMixIn(OfficialCount.ListSeats.class, LeftOutWhenNull.class)
            .addMixIn(OfficialCount.Assembly.class, AssemblyJson.class)
            .build();

    /** The count's JSON as before: the contest's threshold is carried for the table's rounding only. */
    private interface AssemblyJson {
        @com.fasterxml.jackson.annotation.JsonIgnore
        double threshold();
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    private interface LeftOutWhenNull {}

    private Json() {}

    /** The output record as indented JSON, without a final newline. */
    public static String write(Object output) {
        try {
            return MAPPER.writeValueAsString(output);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON of plain records cannot fail", e);
        }
    }

    /** The output as a tree, with the same serialisers as {@link #write}, for outputs assembled from parts. */
    static <T extends com.fasterxml.jackson.databind.JsonNode> T tree(Object output) {
        return MAPPER.valueToTree(output);
    }

    /** An unmodifiable copy that keeps the map's order (Map.copyOf does not), for records with keyed objects. */
    static <K, V> Map<K, V> ordered(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    private static final class FiniteOrNull extends StdSerializer<Double> {
        FiniteOrNull() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            number(value, gen);
        }
    }

    private static final class FiniteOrNullArray extends StdSerializer<double[]> {
        FiniteOrNullArray() {
            super(double[].class);
        }

        @Override
        public void serialize(double[] values, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartArray(values, values.length);
            for (double v : values) {
                number(v, gen);
            }
            gen.writeEndArray();
        }
    }

    private static void number(double v, JsonGenerator gen) throws IOException {
        if (Double.isFinite(v)) {
            gen.writeNumber(v);
        } else {
            gen.writeNull();
        }
    }
}
