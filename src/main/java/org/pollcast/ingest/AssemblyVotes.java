package org.pollcast.ingest;

import java.util.List;

/**
 * The list votes of one additional-member contest as a results file gives them, one entry per party of the
 * contest (in definition order; a party the file does not list has 0 votes and 0 seats).
 *
 * @param parties            the contest's party ids, in definition order
 * @param listVotes          list votes per party (rows naming the same party are summed)
 * @param constituencySeats  constituency seats per party, from the file
 * @param publishedListSeats the list seats the file records per party, or all -1 when it has no list_seats column
 * @param others             the votes of an "Others" row (parties the contest does not name): in the threshold's
 *                           denominator, never seated
 * @param sources            the distinct source keys of the rows read, in file order
 */
public record AssemblyVotes(
        List<String> parties,
        double[] listVotes,
        int[] constituencySeats,
        int[] publishedListSeats,
        double others,
        List<String> sources) {

    public AssemblyVotes {
        parties = List.copyOf(parties);
        listVotes = listVotes.clone();
        constituencySeats = constituencySeats.clone();
        publishedListSeats = publishedListSeats.clone();
        sources = List.copyOf(sources);
        if (listVotes.length != parties.size()
                || constituencySeats.length != parties.size()
                || publishedListSeats.length != parties.size()) {
            throw new IllegalArgumentException("votes and seats must have one entry per party");
        }
    }

    /** Whether the file recorded list seats (a {@code list_seats} column). */
    public boolean hasPublishedListSeats() {
        return publishedListSeats.length == 0 || publishedListSeats[0] >= 0;
    }

    @Override
    public double[] listVotes() {
        return listVotes.clone();
    }

    @Override
    public int[] constituencySeats() {
        return constituencySeats.clone();
    }

    @Override
    public int[] publishedListSeats() {
        return publishedListSeats.clone();
    }
}
