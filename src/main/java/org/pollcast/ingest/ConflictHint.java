package org.pollcast.ingest;

import java.util.Set;
import java.util.TreeSet;
import org.pollcast.poll.Poll;

/**
 * What a conflict between a stored poll and an incoming one of the same survey key can be, when the two name different
 * options: two questions of one survey (a field with and without a candidate, as New York's 2025 pollsters asked with
 * and without Eric Adams), not a typo in a figure. Said after the conflict, so that a user keeps the question asked of
 * the race rather than correcting figures that were both right.
 */
final class ConflictHint {
    private ConflictHint() {}

    /** The hint for {@code stored} against {@code incoming}, with a leading "; ", or "" when they name the same options. */
    static String of(Poll stored, Poll incoming) {
        Set<String> onlyStored = new TreeSet<>(stored.shares().keySet());
        onlyStored.removeAll(incoming.shares().keySet());
        Set<String> onlyIncoming = new TreeSet<>(incoming.shares().keySet());
        onlyIncoming.removeAll(stored.shares().keySet());
        onlyStored.remove("other");
        onlyIncoming.remove("other");
        if (onlyStored.isEmpty() && onlyIncoming.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("; the two name different options (");
        if (!onlyStored.isEmpty()) {
            b.append("only the stored one names ").append(String.join(", ", onlyStored));
        }
        if (!onlyIncoming.isEmpty()) {
            b.append(onlyStored.isEmpty() ? "" : "; ")
                    .append("only this file's names ")
                    .append(String.join(", ", onlyIncoming));
        }
        return b.append("): two questions of one survey, such as the field with and without a candidate, are one"
                        + " poll; keep the one asked of the race as it stands")
                .toString();
    }
}
