package org.retentionsuite.feedback.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.feedback.domain.ClosedLoopSettings;
import org.retentionsuite.feedback.domain.ClosedLoopSettingsDefinition;
import org.retentionsuite.proto.feedback.v1.CreateSurveyRequest;
import org.retentionsuite.proto.feedback.v1.Survey;
import org.retentionsuite.proto.feedback.v1.SurveyIncentive;

import java.util.Optional;

/** A survey's closed-loop settings in the survey messages (follow-up SLA, incentive). */
@ApplicationScoped
public class ClosedLoopSettingsMapper {

    public ClosedLoopSettingsDefinition toDefinition(CreateSurveyRequest request) {
        return ClosedLoopSettingsDefinition.of(request.hasFollowUpSlaHours() ? request.getFollowUpSlaHours() : null,
                request.getIncentive().getProgramId(), request.getIncentive().getEventKey());
    }

    public Survey withSettings(Survey survey, Optional<ClosedLoopSettings> settings) {
        if (settings.isEmpty()) {
            return survey;
        }
        Survey.Builder proto = survey.toBuilder();
        if (settings.get().followUpSlaHours() != null) {
            proto.setFollowUpSlaHours(settings.get().followUpSlaHours());
        }
        if (settings.get().hasIncentive()) {
            proto.setIncentive(SurveyIncentive.newBuilder()
                    .setProgramId(settings.get().incentiveProgramId().toString())
                    .setEventKey(settings.get().incentiveEventKey()));
        }
        return proto.build();
    }
}
