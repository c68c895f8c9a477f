package org.pollcast;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a message quotes from a user's file is printable and short. */
class PrintableTest {
    @Test
    void aCellMegabytesLongIsQuotedByItsStartAndLength() {
        String cell = "3".repeat(5_000_000);
        BadInputException e =
                new BadInputException("polls.csv:2: field 'hall': share " + cell + " is not a percentage");
        assertThat(e.getMessage())
                .hasSizeLessThan(300)
                .startsWith("polls.csv:2: field 'hall': share 333")
                .contains("…[5000000 characters]")
                .endsWith(" is not a percentage");
    }

    /** Ordinary words add up too: a message naming each of a table's 200,000 labels ran to 1.2 MB. */
    @Test
    void aMessageOfManyShortWordsIsCutToAScreenful() {
        String message = "table 1 (" + "Khan, ".repeat(200_000) + ") has no pollster column";
        assertThat(new BadInputException(message).getMessage())
                .hasSizeLessThan(Printable.LONGEST_MESSAGE + 40)
                .startsWith("table 1 (Khan, Khan")
                .endsWith(" characters more]");
        assertThat(Printable.clipped("short words")).isEqualTo("short words");
    }

    @Test
    void pathsAndOrdinaryWordsAreLeftWhole() {
        String path = "/tmp/" + "nested/".repeat(40) + "london_assembly_constituency_results.csv:123:";
        assertThat(path.length()).isLessThan(Printable.LONGEST_WORD);
        assertThat(Printable.clipped(path + " field 'votes': 'abc'")).isEqualTo(path + " field 'votes': 'abc'");
    }

    @Test
    void controlCharactersAreShownNotRun() {
        assertThat(new BadInputException("bad \u001B[2J cell").getMessage()).isEqualTo("bad \\u001B[2J cell");
    }
}
