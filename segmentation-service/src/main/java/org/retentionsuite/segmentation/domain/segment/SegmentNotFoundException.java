package org.retentionsuite.segmentation.domain.segment;

/** No segment has the id asked for. */
public class SegmentNotFoundException extends RuntimeException {

    public SegmentNotFoundException(String message) {
        super(message);
    }
}
