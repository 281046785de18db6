package org.retentionsuite.feedback.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.feedback.domain.CaseNote;
import org.retentionsuite.feedback.domain.CaseNoteKind;
import org.retentionsuite.feedback.domain.CaseStatus;
import org.retentionsuite.proto.feedback.v1.FollowUpCase;
import org.retentionsuite.proto.feedback.v1.SurveyKind;

import java.time.Clock;
import java.time.Instant;

import static org.retentionsuite.feedback.mapping.FeedbackMapper.timestamp;

/** Converts follow-up cases and their notes and statuses of the closed-loop contract. */
@ApplicationScoped
public class CaseMapper {

    private static final String STATUS_PREFIX = "CASE_STATUS_";
    private static final String NOTE_PREFIX = "CASE_NOTE_KIND_";

    private final Clock clock;

    public CaseMapper(Clock clock) {
        this.clock = clock;
    }

    public FollowUpCase toProto(org.retentionsuite.feedback.domain.FollowUpCase followUp) {
        Instant now = clock.instant();
        FollowUpCase.Builder proto = FollowUpCase.newBuilder()
                .setId(followUp.id().toString())
                .setResponseId(followUp.responseId().toString())
                .setSurveyId(followUp.surveyId().toString())
                .setCustomerId(followUp.customerId())
                .setStatus(toProto(followUp.status()))
                .setOpenedAt(timestamp(followUp.openedAt()))
                .setDueAt(timestamp(followUp.dueAt()))
                .setScore(followUp.score())
                .setSurveyKind(SurveyKind.valueOf("SURVEY_KIND_" + followUp.surveyKind().name()))
                .setOverdue(followUp.overdueAt(now));
        if (followUp.owner() != null) {
            proto.setOwner(followUp.owner());
        }
        if (followUp.comment() != null) {
            proto.setComment(followUp.comment());
        }
        if (followUp.resolvedAt() != null) {
            proto.setResolvedAt(timestamp(followUp.resolvedAt()));
        }
        if (followUp.closedAt() != null) {
            proto.setClosedAt(timestamp(followUp.closedAt()));
        }
        if (followUp.customerMessagedAt() != null) {
            proto.setCustomerMessagedAt(timestamp(followUp.customerMessagedAt()));
        }
        followUp.notes().forEach(note -> proto.addNotes(toProto(note)));
        return proto.build();
    }

    /** The domain's status, or null when the request names none. */
    public CaseStatus toDomain(org.retentionsuite.proto.feedback.v1.CaseStatus status) {
        return switch (status) {
            case CASE_STATUS_UNSPECIFIED, UNRECOGNIZED -> null;
            default -> CaseStatus.valueOf(status.name().substring(STATUS_PREFIX.length()));
        };
    }

    /** The domain's kind, or null when the request names none. */
    public CaseNoteKind toDomain(org.retentionsuite.proto.feedback.v1.CaseNoteKind kind) {
        return switch (kind) {
            case CASE_NOTE_KIND_UNSPECIFIED, UNRECOGNIZED -> null;
            default -> CaseNoteKind.valueOf(kind.name().substring(NOTE_PREFIX.length()));
        };
    }

    private static org.retentionsuite.proto.feedback.v1.CaseStatus toProto(CaseStatus status) {
        return org.retentionsuite.proto.feedback.v1.CaseStatus.valueOf(STATUS_PREFIX + status.name());
    }

    private static org.retentionsuite.proto.feedback.v1.CaseNote toProto(CaseNote note) {
        org.retentionsuite.proto.feedback.v1.CaseNote.Builder proto = org.retentionsuite.proto.feedback.v1.CaseNote.newBuilder()
                .setId(note.id().toString())
                .setKind(org.retentionsuite.proto.feedback.v1.CaseNoteKind.valueOf(NOTE_PREFIX + note.kind().name()))
                .setAuthor(note.author())
                .setCreatedAt(timestamp(note.createdAt()));
        if (note.text() != null) {
            proto.setText(note.text());
        }
        return proto.build();
    }
}
