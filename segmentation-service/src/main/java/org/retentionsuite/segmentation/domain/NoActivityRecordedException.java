package org.retentionsuite.segmentation.domain;

/** Nothing is known about a customer: no activity was ever recorded for them. */
public class NoActivityRecordedException extends RuntimeException {

    public NoActivityRecordedException(String customerId) {
        super("no activity recorded for customer " + customerId);
    }
}
