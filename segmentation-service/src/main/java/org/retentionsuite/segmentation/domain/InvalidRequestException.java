package org.retentionsuite.segmentation.domain;

import java.util.List;

/** A request that breaks the domain's rules; nothing was recorded. */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidRequestException(List<FieldViolation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    private static String describe(List<FieldViolation> violations) {
        StringBuilder message = new StringBuilder("invalid request:");
        violations.forEach(v -> message.append(' ').append(v.field()).append(' ').append(v.description()).append(';'));
        return message.substring(0, message.length() - 1);
    }
}
