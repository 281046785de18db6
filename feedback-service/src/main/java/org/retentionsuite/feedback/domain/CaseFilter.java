package org.retentionsuite.feedback.domain;

import java.util.UUID;

/** Which cases a list shows; null parts do not filter. {@code after} is the last case of the previous page. */
public record CaseFilter(CaseStatus status, String owner, UUID surveyId, CaseCursor after) {
}
