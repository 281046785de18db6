package org.retentionsuite.feedback.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.feedback.domain.DueReminder;
import org.retentionsuite.proto.feedback.v1.TakeDueRemindersResponse;

import java.util.List;

/** Reminders handed to a mailer, as the contract has them. */
@ApplicationScoped
public class ReminderMapper {

    public TakeDueRemindersResponse toProto(List<DueReminder> reminders) {
        TakeDueRemindersResponse.Builder proto = TakeDueRemindersResponse.newBuilder();
        for (DueReminder reminder : reminders) {
            proto.addReminders(org.retentionsuite.proto.feedback.v1.DueReminder.newBuilder()
                    .setInvitationId(reminder.invitationId().toString())
                    .setSurveyId(reminder.surveyId().toString())
                    .setCustomerId(reminder.customerId() == null ? "" : reminder.customerId())
                    .setLanguage(reminder.language())
                    .setInvitedAt(FeedbackMapper.timestamp(reminder.invitedAt()))
                    .setDueAt(FeedbackMapper.timestamp(reminder.dueAt()))
                    .setExpiresAt(FeedbackMapper.timestamp(reminder.expiresAt())));
        }
        return proto.build();
    }
}
