package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Columns of respondents who name no candidate, as Colombia's encyclopedia tables and pollsters head them in English
 * ("Unsure/No answer", "No vote") and in Spanish ("No sabe / No responde", "NS/NR", "Ninguno", "Voto en blanco"). Read
 * as candidates, each refused the whole page ("unknown candidate 'Unsure/No answer' in president").
 */
class NoAnswerColumnsTest {
    @Test
    void unsureOrNoAnswerIsTheDontKnows() {
        assertThat(Columns.field("Unsure/No answer")).contains("dont_know");
        assertThat(Columns.field("No answer")).contains("dont_know");
        assertThat(Columns.field("Don't know/No answer")).contains("dont_know");
        assertThat(Columns.field("No sabe / No responde")).contains("dont_know");
        assertThat(Columns.field("NS/NR")).contains("dont_know");
        assertThat(Columns.field("Ns/Nr")).contains("dont_know");
        assertThat(Columns.field("Indecisos")).contains("dont_know");
        assertThat(Columns.isBlankOrNull("Unsure/No answer")).isFalse();
    }

    /** French, as Quebec's pollsters print it: Léger's Montreal release's "NSP/Refus" was refused as a candidate. */
    @Test
    void theFrenchDontKnowsAreTheDontKnows() {
        assertThat(Columns.field("NSP/Refus")).contains("dont_know");
        assertThat(Columns.field("NSP")).contains("dont_know");
        assertThat(Columns.field("Ne sait pas")).contains("dont_know");
        assertThat(Columns.field("Indécis")).contains("dont_know");
    }

    @Test
    void aBlankBallotInSpanishIsABallotForNoOne() {
        assertThat(Columns.field("En blanco")).contains("dont_know");
        assertThat(Columns.field("Voto en blanco")).contains("dont_know");
        assertThat(Columns.field("Blanco/Nulo")).contains("dont_know");
        assertThat(Columns.isBlankOrNull("Voto en blanco")).isTrue();
    }

    /** The São Paulo trial's Portuguese lines, each refused as an unknown candidate or left out of its poll. */
    @Test
    void thePortugueseNoOneLinesAreTheDontKnows() {
        assertThat(Columns.field("Não sabe/ Não respondeu")).contains("dont_know");
        assertThat(Columns.field("NS/NR (Não sabe / Não respondeu)")).contains("dont_know");
        assertThat(Columns.field("Nenhum/ Branco/ Nulo")).contains("dont_know");
        assertThat(Columns.field("Branco / Nulo / Nenhum")).contains("dont_know");
        assertThat(Columns.field("Nenhum, branco e nulo")).contains("dont_know");
        assertThat(Columns.field("Brancos e nulos")).contains("dont_know");
        assertThat(Columns.field("Não sabe")).contains("dont_know");
        assertThat(Columns.field("Ninguno / No sabe")).contains("dont_know");
    }

    @Test
    void aSurnameAmongThoseWordsIsStillACandidate() {
        assertThat(Columns.field("Branco")).isEmpty();
        assertThat(Columns.field("Castelo Branco")).isEmpty();
        assertThat(Columns.field("Nenhum")).isNotEqualTo(java.util.Optional.of("dont_know"));
    }

    @Test
    void noVoteAndNoneAreThoseWhoWillVoteForNoOne() {
        assertThat(Columns.field("No vote")).contains(Columns.IGNORED);
        assertThat(Columns.field("Ninguno")).contains(Columns.IGNORED);
    }

    @Test
    void candidatesAreStillCandidates() {
        assertThat(Columns.field("Rodolfo Hernández")).isEmpty();
        assertThat(Columns.field("Blanca Ovelar")).isEmpty();
        assertThat(Columns.field("Noboa")).isEmpty();
    }
}
