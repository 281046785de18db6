package org.retentionsuite.feedback.domain;

import java.util.Locale;
import java.util.Set;

/** Where a follow-up case stands: open → in progress → resolved → closed; a resolved case may be reopened. */
public enum CaseStatus {
    OPEN,
    IN_PROGRESS,
    RESOLVED,
    CLOSED;

    /** The statuses this one may move to; staying where it is counts as no move at all. */
    public Set<CaseStatus> next() {
        return switch (this) {
            case OPEN -> Set.of(IN_PROGRESS);
            case IN_PROGRESS -> Set.of(RESOLVED);
            case RESOLVED -> Set.of(CLOSED, IN_PROGRESS);
            case CLOSED -> Set.of();
        };
    }

    /** Open and in progress: someone still has to act, and the SLA runs. */
    public boolean unresolved() {
        return this == OPEN || this == IN_PROGRESS;
    }

    public String describe() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
