package org.pollcast.simulate;

/**
 * The Assembly's named seat thresholds ("one party has a majority", "the Mayor's party holds 9 seats",
 * "Labour and Green together hold 13"), resolved once into party indexes so that testing them in a
 * simulation is a few array reads.
 */
final class AssemblyBlocs {
    private static final int ANY = 0;
    private static final int MAYOR = 1;
    private static final int PARTIES = 2;

    private final int[] kind;
    private final int[] atLeast;
    /** Per bloc of parties, the Assembly indexes of its listed parties (those not in the Assembly dropped). */
    private final int[][] members;
    /** For each mayoral option, the Assembly index of its party, or −1. */
    private final int[] mayorParty;

    AssemblyBlocs(AssemblyInput in, ShareInput mayor) {
        int count = in.blocs().size();
        kind = new int[count];
        atLeast = new int[count];
        members = new int[count][];
        for (int b = 0; b < count; b++) {
            var bloc = in.blocs().get(b);
            atLeast[b] = bloc.atLeast();
            kind[b] = switch (bloc.who()) {
                case "any" -> ANY;
                case "mayor" -> MAYOR;
                default -> PARTIES;
            };
            members[b] = bloc.parties().stream()
                    .mapToInt(in::index)
                    .filter(j -> j >= 0)
                    .toArray();
        }
        mayorParty = new int[mayor.size()];
        for (int m = 0; m < mayorParty.length; m++) {
            String party = mayor.parties().get(m);
            mayorParty[m] = party == null ? -1 : in.index(party);
        }
    }

    int size() {
        return kind.length;
    }

    /** Sets {@code hit[b]} for every bloc, given total seats per party, the largest count and the mayor's option. */
    void test(int[] seats, int largest, int mayor, boolean[] hit) {
        int mayorsParty = mayorParty[mayor];
        for (int b = 0; b < kind.length; b++) {
            hit[b] = switch (kind[b]) {
                case ANY -> largest >= atLeast[b];
                case MAYOR -> mayorsParty >= 0 && seats[mayorsParty] >= atLeast[b];
                default -> seats(members[b], seats) >= atLeast[b];
            };
        }
    }

    private static int seats(int[] parties, int[] seats) {
        int total = 0;
        for (int j : parties) {
            total += seats[j];
        }
        return total;
    }
}
