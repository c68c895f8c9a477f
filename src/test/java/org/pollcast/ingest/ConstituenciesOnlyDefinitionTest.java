package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pollcast.BadInputException;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;

/**
 * A body of constituencies only ({@code listSeats: 0}: the House of Commons) as its definition is written: no method
 * or threshold needed, and each list rule, given, refused naming the file, line and field, since none has anything to
 * apply to.
 */
class ConstituenciesOnlyDefinitionTest {
    @TempDir
    Path dir;

    private static final String BODY = """
            id: commons-2030
            name: A House of Commons
            date: 2030-05-02
            parties:
              - {id: lab, name: Labour}
              - {id: con, name: Conservative}
            contests:
              commons:
                system: additional-member
                seats: 3
                listSeats: 0
                parties: [lab, con]
                constituencies:
                  - {id: north, name: North}
                  - {id: south, name: South}
                  - {id: west, name: West}
            """;

    @Test
    void aBodyOfConstituenciesOnlyNeedsNoMethodOrThreshold() throws IOException {
        Election e = ElectionLoader.load(write(BODY));
        AdditionalMemberContest c = e.first(AdditionalMemberContest.class).orElseThrow();
        assertThat(c.constituenciesOnly()).isTrue();
        assertThat(c.threshold()).isZero();
        // One ballot: a poll that does not say which is of the constituency vote, which leads the forecast.
        assertThat(c.defaultScope()).isEqualTo(Scope.CONSTITUENCY);
        assertThat(c.leadBallot()).isEqualTo(Scope.CONSTITUENCY);
        assertThat(e.listLed()).isTrue();
        assertThat(e.constituenciesOnly()).isTrue();
        assertThat(e.leadVote()).contains(org.pollcast.election.LeadVote.CONSTITUENCY);
        assertThat(e.lead().orElseThrow().id()).isEqualTo("commons-vote");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a threshold|12|    listSeats: 0|    listSeats: 0\\n    threshold: 5|field 'contests.commons.threshold': a threshold has nothing to apply to",
                "a waiver|12|    listSeats: 0|    listSeats: 0\\n    thresholdWaiver: 1|field 'contests.commons.thresholdWaiver': a threshold waiver has nothing to apply to",
                "overhang|12|    listSeats: 0|    listSeats: 0\\n    overhang: keep|field 'contests.commons.overhang': overhang has nothing to apply to",
                "an unknown method|12|    listSeats: 0|    listSeats: 0\\n    method: dhont|field 'contests.commons.method': unknown method 'dhont'; known: dhondt-modified,",
                "seats that do not add up|10|    seats: 3|    seats: 4|field 'contests.commons.seats': seats do not add up: 3 constituencies and no list seats, but seats is 4",
            })
    void aListRuleOrAWrongSeatCountIsRefusedNamingTheField(
            String what, int line, String replace, String with, String expected) throws IOException {
        Path file = write(BODY.replace(replace, with.replace("\\n", "\n")));
        assertThatThrownBy(() -> ElectionLoader.load(file))
                .as(what)
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ":" + line + ": ")
                .hasMessageContaining(expected);
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("commons-2030.yaml");
        Files.writeString(file, text);
        return file;
    }
}
