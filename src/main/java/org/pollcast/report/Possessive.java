package org.pollcast.report;

/**
 * A name's possessive as a newsroom's style book writes it (AP): "Khan's", but "Social Democrats'" and "Ipsos'", an
 * apostrophe alone after a final s. Plural party names (the Social Democrats, the Greens) are common in the reports'
 * headlines, where "Social Democrats's" read as a typo; a singular name ending in s takes the same rule. An acronym
 * ending in a capital S ("PS", "TNS") takes "'s".
 */
public final class Possessive {
    private Possessive() {}

    public static String of(String name) {
        // a lowercase s only: "PS's", "TNS's" are acronyms, not plurals
        return name.endsWith("s") ? name + "'" : name + "'s";
    }
}
