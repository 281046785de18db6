package org.retentionsuite.segmentation.domain.clv;

/** No fit with that id, no fit at all, or a customer the fit knows nothing about. */
public class ClvNotFoundException extends RuntimeException {

    public ClvNotFoundException(String message) {
        super(message);
    }
}
