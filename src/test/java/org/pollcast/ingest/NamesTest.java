package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Did you mean": a typo gets the name it was meant to be; a different name gets no guess. */
class NamesTest {
    private static final List<String> LONDON_PARTIES = List.of(
            "Labour", "Conservative Party", "Green Party", "Liberal Democrats", "Reform UK", "Women's Equality Party");

    /** A firm is offered only for a slip: Ireland's Ipsos MRBI is another firm than Ipsos MORI, two letters off. */
    @Test
    void aFirmIsOfferedOnlyForASlip() {
        List<String> firms = List.of("YouGov", "Ipsos MORI", "Survation", "Opinium");
        assertThat(Names.firmSuggestion("yougv", firms)).isEqualTo("; did you mean 'YouGov'?");
        assertThat(Names.firmSuggestion("Survaton", firms)).isEqualTo("; did you mean 'Survation'?");
        assertThat(Names.firmSuggestion("YuoGov", firms)).isEqualTo("; did you mean 'YouGov'?");
        assertThat(Names.firmSuggestion("Ipsos MRBI", firms)).isEmpty();
        // Initials a letter apart are other firms (Scott Rasmussen's RMG Research, ORB and ORC), not a slip.
        List<String> initials = List.of("BMG Research", "ORC", "ICM");
        assertThat(Names.firmSuggestion("RMG Research", initials)).isEmpty();
        assertThat(Names.firmSuggestion("ORB", initials)).isEmpty();
        // Initials two or three letters apart beside a shared word are other firms all the more (Chicago 2019's
        // ALG Research and FM3 Research were refused as BMG Research misspelt).
        assertThat(Names.firmSuggestion("ALG Research", initials)).isEmpty();
        assertThat(Names.firmSuggestion("FM3 Research", initials)).isEmpty();
        assertThat(Names.firmSuggestion("BMG Reserch", initials)).isEqualTo("; did you mean 'BMG Research'?");
        // Letters swapped round in initials are a slip still.
        assertThat(Names.firmSuggestion("BGM Research", initials)).isEqualTo("; did you mean 'BMG Research'?");
        assertThat(Names.suggestion("Ipsos MRBI", firms)).isEqualTo("; did you mean 'Ipsos MORI'?");
    }

    /**
     * A trade mark sign glued to a brand is no letter of it: Forum Research signs its releases "The Forum Poll™", which
     * NFKD spells "The Forum PollTM", so the alias "Forum Poll" was not found in the text and the release was refused
     * as naming no pollster.
     */
    @Test
    void aTradeMarkSignIsNoPartOfAName() {
        assertThat(Names.fold("The Forum Poll™ among")).isEqualTo("the forum poll among");
        assertThat(Names.fold("YouGov®")).isEqualTo("yougov");
        assertThat(Names.fold("Poll℠")).isEqualTo("poll");
    }

    /**
     * Letters with no mark to strip fold as the press writes them: a firm "Aksoy Arastirma" in an English report is
     * "Aksoy Araştırma", not a slip of it to refuse, and a column "Binali Yildirim" is the candidate "Binali Yıldırım".
     */
    @Test
    void dotlessAndBarredLettersFoldAsThePressWritesThem() {
        assertThat(Names.fold("Aksoy Araştırma")).isEqualTo(Names.fold("AKSOY ARASTIRMA"));
        assertThat(Names.fold("Binali Yıldırım")).isEqualTo("binali yildirim");
        assertThat(Names.fold("Rafał Trzaskowski")).isEqualTo("rafal trzaskowski");
        assertThat(Names.fold("Støre")).isEqualTo("store");
        assertThat(Names.fold("İmamoğlu")).isEqualTo("imamoglu");
    }

    @Test
    void aTypoIsOfferedTheNameItMissed() {
        assertThat(Names.closest("Labuor", LONDON_PARTIES)).contains("Labour");
        assertThat(Names.closest("Liberal Democrat", LONDON_PARTIES)).contains("Liberal Democrats");
        assertThat(Names.closest("Conservatve Party", LONDON_PARTIES)).contains("Conservative Party");
    }

    /**
     * Another place's party is not a typo of one of these: a Scottish party named in a London file was offered
     * "Conservative Party" (11 edits away, under half its length), which sends a user to the wrong fix.
     */
    @Test
    void aDifferentNameIsOfferedNothing() {
        assertThat(Names.closest("Scottish National Party", LONDON_PARTIES)).isEmpty();
        assertThat(Names.closest("Plaid Cymru", LONDON_PARTIES)).isEmpty();
        assertThat(Names.suggestion("Scottish National Party", LONDON_PARTIES)).isEmpty();
    }

    /**
     * A short name that shares no letter's place with the closest id is no slip of it: the Italian trial's "UP"
     * (Unione Popolare) and "+E" (+Europa) were each offered 'ln'. A slip in a short name is still caught.
     */
    @Test
    void aShortNameIsNotOfferedAnIdEveryLetterOfWhichDiffers() {
        List<String> ids = List.of("ln", "lab", "con");
        assertThat(Names.suggestion("UP", ids)).isEmpty();
        assertThat(Names.suggestion("+E", ids)).isEmpty();
        assertThat(Names.suggestion("cnn", ids)).isEqualTo("; did you mean 'con'?");
        assertThat(Names.suggestion("Labr", ids)).isEqualTo("; did you mean 'lab'?");
    }

    /** An abbreviation in the other language's order names the party it spells (the Quebec trial: QLP for PLQ). */
    @Test
    void sameLettersInAnotherOrderAreTheSuggestion() {
        List<String> ids = List.of("caq", "qs", "plq", "pq", "pcq");
        assertThat(Names.suggestion("QLP", ids)).isEqualTo("; did you mean 'plq'?");
        assertThat(Names.suggestion("QP", ids)).isEqualTo("; did you mean 'pq'?");
    }
}
