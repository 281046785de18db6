package org.retentionsuite.segmentation.domain;

import java.util.ArrayList;
import java.util.List;

/** Collects the field violations of one request, so that all of them are reported at once. */
public final class Violations {

    private final List<FieldViolation> violations;
    private final String prefix;

    public Violations() {
        this(new ArrayList<>(), "");
    }

    private Violations(List<FieldViolation> violations, String prefix) {
        this.violations = violations;
        this.prefix = prefix;
    }

    /** The violations of a nested message, named by its path, such as {@code activities[2]}. */
    public Violations within(String path) {
        return new Violations(violations, prefix + path + ".");
    }

    public void add(String field, String description) {
        violations.add(new FieldViolation(prefix + field, description));
    }

    /** A required text of at most {@code maxLength} characters, without control characters. */
    public String requiredText(String field, String value, int maxLength) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            add(field, "is required");
        } else if (text.length() > maxLength) {
            add(field, "is longer than " + maxLength + " characters");
        } else if (hasControlCharacter(text)) {
            add(field, "contains control characters");
        }
        return text;
    }

    /** What {@code \p{Cntrl}} finds (U+0000–U+001F, U+007F), without a regex per value: an import checks one per row. */
    private static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    /** How many violations were collected so far, in this request as a whole. */
    public int count() {
        return violations.size();
    }

    /** Throws when any violation was collected. */
    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }
}
