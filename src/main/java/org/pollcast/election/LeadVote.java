package org.pollcast.election;

/**
 * The vote that leads the forecast of an election with no Mayor, only a parliament ({@link Election#listLed()}): its
 * list vote, or, in a body of constituencies only (the House of Commons), its constituency vote, which outputs call
 * "the vote". Each carries the words, the share column and the file name that tables, CSV files and notes use, so that
 * none of them compares English text.
 */
public enum LeadVote {
    /** The list vote of an additional-member body or of one elected by closed lists alone. */
    LIST("list vote", "list_share", "list-vote", "list-vote"),
    /** The constituency vote of a body of constituencies only. */
    CONSTITUENCY("vote", "vote_share", "vote", "vote-share");

    private final String words;
    private final String shareColumn;
    private final String fileStem;
    private final String errorName;

    LeadVote(String words, String shareColumn, String fileStem, String errorName) {
        this.words = words;
        this.shareColumn = shareColumn;
        this.fileStem = fileStem;
        this.errorName = errorName;
    }

    /** In running text after "the": "list vote", "vote". */
    public String words() {
        return words;
    }

    /** The plural, after "the most": "list votes", "votes". */
    public String plural() {
        return words + "s";
    }

    /** The share column of tables and CSV files: {@code list_share}, {@code vote_share}. */
    public String shareColumn() {
        return shareColumn;
    }

    /** The report's data file for the lead vote, without {@code .csv}: {@code list-vote}, {@code vote}. */
    public String fileStem() {
        return fileStem;
    }

    /** What the backtest's error is of, before "MAE": "list-vote", "vote-share". */
    public String errorName() {
        return errorName;
    }
}
