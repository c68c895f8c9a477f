package org.pollcast.aggregate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pollcast.election.Contest;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.WithdrawnCandidate;
import org.pollcast.poll.Poll;

/**
 * Partial polls whose shares are of everyone asked, so that what they leave of 100 named no one standing:
 *
 * <ul>
 *   <li>one that printed its don't-knows beside some options, the two making 100 within {@value #TOLERANCE} points
 *       (Marist's New York primary poll of May 2025: nine of eleven candidates, 17% undecided);
 *   <li>one that names every candidate standing ({@link SingleWinnerContest#namesEveryCandidate}), whatever it printed
 *       of its don't-knows: the Irish Independent/Ireland Thinks poll of 23 October 2025 (Connolly 40, Humphreys 25,
 *       Gavin 7 of the three on the ballot, its undecided not reported with them). It is stored partial only because
 *       it leaves out people who withdrew before the ballot (a poll naming everyone on a ballot with no one withdrawn
 *       is refused for summing to 72), and its rest can only be the undecided, those who withdrew (whose share the
 *       average spreads in proportion anyway) or candidates the definition does not list.
 * </ul>
 *
 * <p>As printed, such a poll sits below complete polls by its undecided. Scored against the result, the Ireland Thinks
 * poll missed Connolly by 23.4 points, where of those naming a candidate (55.6) it missed by 7.8; in the average it
 * widened every interval (Connolly's standard error 2.4 points instead of 1.8) and in the trend it dragged the line
 * down.
 */
public final class SharesOfEveryone {
    /** How far from 100 a partial poll's named shares and don't-knows may sum and still be read as all of it. */
    static final double TOLERANCE = 3;

    private SharesOfEveryone() {}

    /** True when {@code p} is a partial poll that names every candidate of {@code contest} still standing. */
    static boolean namesEveryoneStanding(Contest contest, Poll p) {
        return p.partial()
                && contest instanceof SingleWinnerContest single
                && single.namesEveryCandidate(p.shares().keySet());
    }

    /** True when {@code p} is partial and its shares are of everyone asked (see the class comment). */
    public static boolean ofEveryone(Contest contest, Poll p) {
        if (!p.partial()) {
            return false;
        }
        return namesEveryoneStanding(contest, p) || dontKnowsMakeHundred(p);
    }

    /**
     * Whether shares printed summing to {@code printed}, beside the don't-knows printed ({@code dontKnow}, null when
     * none were), make 100 within {@value #TOLERANCE} points: then they are shares of everyone asked.
     */
    static boolean withDontKnowsMakeHundred(double printed, Double dontKnow) {
        return dontKnow != null && Math.abs(printed + dontKnow - 100) <= TOLERANCE;
    }

    /**
     * Whether {@code p}'s printed shares (a withdrawn candidate's and "others" among them) and its don't-knows make 100:
     * decided on the figures as printed, by the average and by pollster accuracy alike.
     */
    static boolean dontKnowsMakeHundred(Poll p) {
        return withDontKnowsMakeHundred(sum(p), p.dontKnow());
    }

    /**
     * True when {@code p} is partial and printed its don't-knows, the two short of 100 by more than {@value #TOLERANCE}
     * points, and it does not name every candidate standing: the rest is the share of everyone the options it left out
     * got (Mason-Dixon's Chicago poll of February 2023: five of nine candidates 78, undecided 18, so the four others 4).
     */
    static boolean leavesARestBesideDontKnows(Contest contest, Poll p) {
        return p.partial()
                && p.dontKnow() != null
                && p.dontKnow() < 100
                && !namesEveryoneStanding(contest, p)
                && sum(p) + p.dontKnow() < 100 - TOLERANCE;
    }

    /**
     * {@code p}'s shares of those who named an option: a partial poll of everyone's ({@link #ofEveryone}) scaled to sum
     * to 100, as a poll printed with its don't-knows is re-based when it is read; any other poll's as printed. For
     * comparing one poll with a result of valid votes, where no complete poll says what the options it left out got.
     */
    public static Map<String, Double> ofThoseNamingAnOption(Contest contest, Poll p) {
        return withoutWithdrawn(contest, onTheirBase(contest, p));
    }

    private static Map<String, Double> onTheirBase(Contest contest, Poll p) {
        if (leavesARestBesideDontKnows(contest, p)) {
            // Of those naming an option, its rest is the options it left out: only the don't-knows come off.
            Map<String, Double> out = new LinkedHashMap<>();
            p.shares().forEach((option, share) -> out.put(option, share * 100 / (100 - p.dontKnow())));
            return out;
        }
        double sum = sum(p);
        if (!ofEveryone(contest, p) || !(sum > 0)) {
            return p.shares();
        }
        Map<String, Double> out = new LinkedHashMap<>();
        p.shares().forEach((option, share) -> out.put(option, share * 100 / sum));
        return out;
    }

    /** What {@code shares} give the candidates who withdrew, together: the part the average scales the rest up over. */
    static double withdrawnShare(List<WithdrawnCandidate> withdrawn, Map<String, Double> shares) {
        double gone = 0;
        for (WithdrawnCandidate w : withdrawn) {
            Double s = shares.get(w.id());
            if (s != null) {
                gone += s;
            }
        }
        return gone;
    }

    /**
     * {@code shares} with the contest's withdrawn candidates left out and the rest scaled by {@code 100 / (100 - w)},
     * as the average reads a poll naming them ({@link PollPanel}): a result has no votes for them, and scored as
     * printed every poll naming one (Ahn Cheol-soo's 7 to 12 in South Korea's 2022 polls) read as missing both leaders.
     */
    private static Map<String, Double> withoutWithdrawn(Contest contest, Map<String, Double> shares) {
        if (!(contest instanceof SingleWinnerContest single)) {
            return shares;
        }
        double gone = withdrawnShare(single.withdrawn(), shares);
        if (!(gone > 0) || gone >= 100) {
            return shares;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        shares.forEach((option, share) -> {
            if (single.withdrawn().stream().noneMatch(w -> w.id().equals(option))) {
                out.put(option, share * 100 / (100 - gone));
            }
        });
        return out;
    }

    private static double sum(Poll p) {
        return p.shares().values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
