package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A list threshold is printed as its definition gives it: the Netherlands' 0.67% (a full quota of 150) is no 0.7%. */
class ThresholdTextTest {
    @Test
    void aThresholdKeepsItsTwoDecimals() {
        assertThat(AssemblyTables.thresholdText(0.67)).isEqualTo("0.67");
        assertThat(AssemblyTables.thresholdText(5)).isEqualTo("5");
        assertThat(AssemblyTables.thresholdText(2.5)).isEqualTo("2.5");
        assertThat(AssemblyTables.thresholdText(3.25)).isEqualTo("3.25");
    }
}
