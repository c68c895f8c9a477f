package org.pollcast.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.junit.jupiter.api.Test;

class ErrorModelTest {
    /**
     * London 2012's shape: Johnson 44, Livingstone 38, Paddick 7, Jones 3, others. A χ² draw near 0 scaled the shared
     * error without bound, and one draw in 20,000 gave Jones 71%. Each option here takes a shared draw of +2 standard
     * deviations the minor candidates' way and the leaders' the other: held to 3 times the normal scale, Jones stays
     * below a fifth of the vote.
     */
    @Test
    void aNearZeroChiSquareDrawMovesNoOptionBeyondThreeTimesTheNormalScale() {
        double[] mean = {44, 38, 7, 3, 8};
        double[] se = {1, 1, 0.7, 0.4, 0.8};
        ErrorModel model = new ErrorModel(mean, se, 4, 0, 5, -0.5);
        double[] normals = {-2, 0, 2, 2, 2, 0, 0, 0, 0, 0};
        int[] next = {0};
        NormalizedGaussianSampler normal = () -> normals[next[0]++ % normals.length];
        ContinuousSampler chi = () -> 1e-9;
        double[] out = new double[5];
        model.draw(normal, chi, new double[10], out);
        assertEquals(100, Arrays.stream(out).sum(), 1e-9);
        assertTrue(out[3] < 20 && out[0] > 20, Arrays.toString(out));
    }
}
