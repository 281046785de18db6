package org.retentionsuite.loyalty.domain;

/** The thing a request would create exists already. */
public class AlreadyExistsException extends RuntimeException {

    public AlreadyExistsException(String message) {
        super(message);
    }
}
