package org.pollcast.simulate;

import java.util.List;

/**
 * The Assembly on election night, for {@link LiveSimulator}: the pre-election Assembly input, the mayoral input
 * whose simulated shares move it (as in {@code forecast}), and what the declarations fixed.
 *
 * @param mayor        the pre-election mayoral input: the night's simulated London shares are measured from its
 *                     means, as the forecast's Assembly measures its mayoral draws
 * @param localNoiseSd a constituency's departure from uniform or proportional swing (points, 50% party)
 * @param declared     the declared constituencies and their winners, in file order
 * @param notes        how the night's Assembly was built
 */
public record LiveAssembly(
        AssemblyInput input,
        ShareInput mayor,
        AssemblyNight night,
        double localNoiseSd,
        List<LiveForecast.DeclaredSeat> declared,
        List<String> notes) {

    public LiveAssembly {
        declared = List.copyOf(declared);
        notes = List.copyOf(notes);
    }
}
