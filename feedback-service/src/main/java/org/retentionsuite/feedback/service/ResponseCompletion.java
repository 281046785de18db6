package org.retentionsuite.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.feedback.domain.Survey;
import org.retentionsuite.feedback.domain.SurveyResponse;
import org.retentionsuite.feedback.outbox.CompletionOutbox;
import org.retentionsuite.feedback.repository.RollupRepository;
import org.retentionsuite.feedback.repository.ClosedLoopSettingsRepository;

/**
 * What follows a completed response, in the transaction that records it: its count in the metrics
 * rollups, the tags of the keyword rules its comment matches, a follow-up case for an unhappy respondent, and the events for segmentation (the score)
 * and loyalty (the incentive).
 */
@ApplicationScoped
public class ResponseCompletion {

    private final CaseService cases;
    private final CompletionOutbox outbox;
    private final ClosedLoopSettingsRepository settings;
    private final RollupRepository rollups;
    private final TagService tags;

    public ResponseCompletion(CaseService cases, CompletionOutbox outbox, ClosedLoopSettingsRepository settings,
            RollupRepository rollups, TagService tags) {
        this.cases = cases;
        this.outbox = outbox;
        this.settings = settings;
        this.rollups = rollups;
        this.tags = tags;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void completed(Survey survey, SurveyResponse response) {
        rollups.count(response.id());
        tags.applyRules(response);
        if (response.customerId() == null) {
            return; // an anonymous link's response: nobody to follow up, reward or profile
        }
        cases.openIfUnhappy(survey, response);
        outbox.completed(survey, response, settings.findById(survey.id()));
    }
}
