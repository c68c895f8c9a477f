package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The surname a bar's label shortens a candidate to. The last word alone made "Marine Le Pen" "Pen": France 2022's
 * chart of the likeliest second rounds read "Macron v Pen" and "Pen v Mélenchon".
 */
class SurnameTest {
    @Test
    void particlesBelongToTheSurname() {
        assertThat(ReportCharts.surname("Marine Le Pen")).isEqualTo("Le Pen");
        assertThat(ReportCharts.surname("Bill de Blasio")).isEqualTo("de Blasio");
        assertThat(ReportCharts.surname("Ursula von der Leyen")).isEqualTo("von der Leyen");
    }

    @Test
    void anIberianCompoundSurnameKeepsTheWordBeforeItsLink() {
        assertThat(ReportCharts.surname("Henrique Gouveia e Melo")).isEqualTo("Gouveia e Melo");
        assertThat(ReportCharts.surname("João Cotrim de Figueiredo")).isEqualTo("Cotrim de Figueiredo");
        assertThat(ReportCharts.surname("Marcelo Rebelo de Sousa")).isEqualTo("Rebelo de Sousa");
        assertThat(ReportCharts.surname("Luiz Inácio Lula da Silva")).isEqualTo("Lula da Silva");
        assertThat(ReportCharts.surname("Charles de Gaulle")).isEqualTo("de Gaulle");
        assertThat(ReportCharts.surname("Bart De Wever")).isEqualTo("De Wever");
    }

    @Test
    void otherNamesKeepTheirLastWord() {
        assertThat(ReportCharts.surname("Nicolas Dupont-Aignan")).isEqualTo("Dupont-Aignan");
        assertThat(ReportCharts.surname("Jean-Luc Mélenchon")).isEqualTo("Mélenchon");
        assertThat(ReportCharts.surname("Sadiq Khan")).isEqualTo("Khan");
        assertThat(ReportCharts.surname("Count Binface")).isEqualTo("Binface");
        assertThat(ReportCharts.surname("Khan")).isEqualTo("Khan");
    }
}
