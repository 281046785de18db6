package org.retentionsuite.feedback.domain;

/** Of the invitations sent in a period, the % answered. */
public record ResponseRate(Double rate, long completed, long invitations) {

    public static ResponseRate of(long completed, long invitations) {
        return new ResponseRate(Percent.of(completed, invitations), completed, invitations);
    }
}
