package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Social Democrats's" read as a typo in a Swedish report's headline. */
class PossessiveTest {
    @Test
    void aFinalSTakesTheApostropheAlone() {
        assertThat(Possessive.of("Sadiq Khan")).isEqualTo("Sadiq Khan's");
        assertThat(Possessive.of("Social Democrats")).isEqualTo("Social Democrats'");
        assertThat(Possessive.of("Ipsos")).isEqualTo("Ipsos'");
        assertThat(Possessive.of("SNP")).isEqualTo("SNP's");
        assertThat(Possessive.of("TNS")).isEqualTo("TNS's");
    }
}
