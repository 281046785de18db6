package org.retentionsuite.gateway.api;

/** What a playbook does for a treated customer. */
public enum PlaybookActionKind {
    BONUS_POINTS,
    SURVEY_INVITATION,
    ALERT,
    REWARD_OFFER
}
