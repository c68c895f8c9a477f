package org.pollcast.election;

import java.util.List;

/**
 * A party that stands in an election; {@code id} is the short key used in polls and results.
 *
 * @param independent a single independent candidate on the list, who can hold at most one list seat
 * @param colour      its colour on charts as {@code #RRGGBB}, or null for the palette's ({@code data/palette.yaml})
 * @param succeeds    the ids of the baseline election's parties whose vote it carries on (a joint list of parties that
 *                    stood apart there: Spain's Sumar of 2023, Unidas Podemos and Más País in 2019; a party renamed),
 *                    none where it stood under its own id
 * @param aliases     other names that mean this party in this election's polls (the title of the page a logo links
 *                    to, "People's Party" for the PP), beside the alias table's, which hold in every election
 */
public record Party(
        String id, String name, boolean independent, String colour, List<String> succeeds, List<String> aliases) {
    public Party {
        succeeds = succeeds == null ? List.of() : List.copyOf(succeeds);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public Party(String id, String name, boolean independent, String colour) {
        this(id, name, independent, colour, List.of(), List.of());
    }

    public Party(String id, String name, boolean independent) {
        this(id, name, independent, null);
    }

    public Party(String id, String name) {
        this(id, name, false);
    }

    /** Whether a definition's party id is an independent's ("ind", "ind-fox", "independent"): they share no party. */
    public static boolean independentId(String id) {
        return id.equals("ind") || id.startsWith("ind-") || id.equals("independent");
    }
}
