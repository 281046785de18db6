package org.retentionsuite.segmentation.domain.clv;

/** The calibration period holds too few repeat buyers for the models to say anything; nothing was stored. */
public class TooFewRepeatBuyersException extends RuntimeException {

    public TooFewRepeatBuyersException(String message) {
        super(message);
    }
}
