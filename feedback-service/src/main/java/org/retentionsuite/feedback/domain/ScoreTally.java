package org.retentionsuite.feedback.domain;

/** What SQL counts of a set of scores: how many, how many positive, how many negative, and their sum. */
public record ScoreTally(long n, long positive, long negative, long sum) {

    public static final ScoreTally NONE = new ScoreTally(0, 0, 0, 0);
}
