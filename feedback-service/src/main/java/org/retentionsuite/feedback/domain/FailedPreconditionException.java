package org.retentionsuite.feedback.domain;

/** The request is well formed but the state of what it names does not allow it (a closed survey, a used token). */
public class FailedPreconditionException extends RuntimeException {

    public FailedPreconditionException(String message) {
        super(message);
    }
}
