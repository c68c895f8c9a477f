package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules every JSON output shares: component order, no NaN, ISO dates, nulls written unless marked. */
class JsonTest {
    record Sample(
            String name,
            double plain,
            Double boxed,
            double[] array,
            List<Double> list,
            Map<String, Double> map,
            LocalDate date,
            Instant at,
            String missing,
            @JsonInclude(JsonInclude.Include.NON_NULL) String omitted) {}

    @Test
    void nonFiniteNumbersAreNullEverywhereAndFieldsKeepRecordOrder() {
        Map<String, Double> map = new LinkedHashMap<>();
        map.put("z", Double.NEGATIVE_INFINITY);
        map.put("a", 0.25);
        String json = Json.write(new Sample(
                "x",
                Double.NaN,
                Double.POSITIVE_INFINITY,
                new double[] {1.5, Double.NaN},
                Arrays.asList(Double.NaN, 2.0),
                map,
                LocalDate.of(2012, 4, 26),
                Instant.parse("2012-04-26T10:15:30Z"),
                null,
                null));
        assertThat(json.replace(System.lineSeparator(), "\n")).isEqualTo("""
                {
                  "name" : "x",
                  "plain" : null,
                  "boxed" : null,
                  "array" : [ 1.5, null ],
                  "list" : [ null, 2.0 ],
                  "map" : {
                    "z" : null,
                    "a" : 0.25
                  },
                  "date" : "2012-04-26",
                  "at" : "2012-04-26T10:15:30Z",
                  "missing" : null
                }""");
    }
}
