package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One mode by one name: one firm's "Online" and another's "online", or "Phone" and "Telephone", were two modes. */
class ModeNameTest {
    @Test
    void aModeHasOneNameWhateverTheFirmWrote() {
        assertThat(HouseEffects.modeName("online")).isEqualTo("Online");
        assertThat(HouseEffects.modeName("Online panel")).isEqualTo("Online");
        assertThat(HouseEffects.modeName("Internet")).isEqualTo("Online");
        assertThat(HouseEffects.modeName("Phone")).isEqualTo("Telephone");
        assertThat(HouseEffects.modeName(" telephone ")).isEqualTo("Telephone");
        assertThat(HouseEffects.modeName("Tel.")).isEqualTo("Telephone");
        assertThat(HouseEffects.modeName("IVR/online")).isEqualTo("IVR");
        assertThat(HouseEffects.modeName("Face-to-face")).isEqualTo("Face to face");
        assertThat(HouseEffects.modeName("mixed")).isEqualTo("Mixed");
        assertThat(HouseEffects.modeName(null)).isEmpty();
    }
}
