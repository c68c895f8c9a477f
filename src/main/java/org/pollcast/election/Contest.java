package org.pollcast.election;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One contest on an election day: a mayor, an assembly. */
public sealed interface Contest permits SingleWinnerContest, AdditionalMemberContest {

    /** The key of this contest in the definition ({@code mayor}, {@code assembly}). */
    String id();

    VotingSystem system();

    /** The options of the count: everything a forecast gives a share to, {@code other} last. */
    List<Option> options();

    /**
     * Everything a poll of this contest can report a share for, {@code other} last: the options, and candidates
     * who withdrew (whose shares polls keep, and averages redistribute).
     */
    default List<Option> pollOptions() {
        return options();
    }

    default Optional<Option> option(String optionId) {
        return options().stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    /** The poll scopes this contest takes: its system's defaults unless its definition lists its own. */
    default Set<Scope> scopes() {
        return system().defaultScopes();
    }

    /** The scope a poll of this contest has when its source does not say. */
    default Scope defaultScope() {
        return system().isSingleWinner() ? Scope.FIRST_PREF : Scope.UNSPECIFIED;
    }
}
