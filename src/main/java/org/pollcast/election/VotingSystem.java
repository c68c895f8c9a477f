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

    public boolean isSingleWinner() {
        return this != ADDITIONAL_MEMBER;
    }

    public static Optional<VotingSystem> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
