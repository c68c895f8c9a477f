package org.pollcast.election;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** How a contest turns votes into winners. The counts themselves arrive with the simulator. */
public enum VotingSystem {
    /** London Mayor 2000–2021 and from 2028: top two go on, second preferences for them are added. */
    SUPPLEMENTARY_VOTE("supplementary-vote", EnumSet.of(Scope.FIRST_PREF, Scope.RUNOFF)),
    /**
     * Most votes wins (London Mayor 2024). Head-to-head polls are still accepted as run-off scope. Westminster
     * voting intention (by party) is counted this way too, in a contest that lists the {@code westminster} scope.
     */
    FPTP("fptp", EnumSet.of(Scope.FIRST_PREF, Scope.RUNOFF, Scope.WESTMINSTER)),
    /**
     * Two rounds (the French and Polish presidents): a candidate with over half the valid votes of the first round is
     * elected; otherwise the two leaders meet in a second round on a later day ({@link
     * SingleWinnerContest#secondRound()}), whose votes are cast afresh. Counted as the Supplementary Vote is, the top
     * two going on: a second round's votes stand where the Supplementary Vote's transfers stand, the finalists' own
     * first-round voters apart, and the second round's polls ("Macron v Le Pen", each pair asked) say where they go as
     * run-off polls of the Supplementary Vote do. Its second round has polls of its own, dated between the rounds.
     */
    TWO_ROUND("two-round", EnumSet.of(Scope.FIRST_PREF, Scope.RUNOFF)),
    /** Repeated elimination of the last candidate with transfers, until one has a majority. */
    INSTANT_RUNOFF("instant-runoff", EnumSet.of(Scope.FIRST_PREF, Scope.RUNOFF)),
    /** Constituency winners by FPTP plus top-up list seats by a divisor method (London Assembly). */
    ADDITIONAL_MEMBER("additional-member", EnumSet.of(Scope.CONSTITUENCY, Scope.LIST, Scope.UNSPECIFIED));

    private final String code;
    private final Set<Scope> scopes;

    VotingSystem(String code, Set<Scope> scopes) {
        this.code = code;
        this.scopes = scopes;
    }

    public String code() {
        return code;
    }

    /** The poll scopes that make sense for a contest counted this way. */
    public Set<Scope> scopes() {
        return EnumSet.copyOf(scopes);
    }

    /**
     * The scopes a contest counted this way takes when its definition does not list its own: all of
     * {@link #scopes()} but {@code westminster}, which asks about another election, so that a mayoral FPTP
     * contest never takes Westminster polls by default.
     */
    public Set<Scope> defaultScopes() {
        Set<Scope> s = EnumSet.copyOf(scopes);
        s.remove(Scope.WESTMINSTER);
        return s;
    }

    /**
     * Whether the count sends the top two of the first round on to a final round that only they stand in, which
     * anyone else's voters may join: the Supplementary Vote (by second preferences) and two rounds (by a second vote).
     */
    public boolean topTwoGoOn() {
        return this == SUPPLEMENTARY_VOTE || this == TWO_ROUND;
    }

    public boolean isSingleWinner() {
        return this != ADDITIONAL_MEMBER;
    }

    public static Optional<VotingSystem> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
