package org.retentionsuite.gateway.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.api.CaseAssignment;
import org.retentionsuite.gateway.api.CaseNoteCreation;
import org.retentionsuite.gateway.api.CasePage;
import org.retentionsuite.gateway.api.CaseStatus;
import org.retentionsuite.gateway.api.CaseTransition;
import org.retentionsuite.gateway.api.CaseView;
import org.retentionsuite.gateway.api.SurveyKind;
import org.retentionsuite.proto.feedback.v1.AddCaseNoteRequest;
import org.retentionsuite.proto.feedback.v1.AssignCaseRequest;
import org.retentionsuite.proto.feedback.v1.CaseNote;
import org.retentionsuite.proto.feedback.v1.CaseNoteKind;
import org.retentionsuite.proto.feedback.v1.FollowUpCase;
import org.retentionsuite.proto.feedback.v1.ListCasesRequest;
import org.retentionsuite.proto.feedback.v1.ListCasesResponse;
import org.retentionsuite.proto.feedback.v1.ListOverdueCasesRequest;
import org.retentionsuite.proto.feedback.v1.TransitionCaseRequest;

import java.util.List;

import static org.retentionsuite.gateway.mapping.Timestamps.orEmpty;
import static org.retentionsuite.gateway.mapping.Timestamps.orNull;
import static org.retentionsuite.gateway.mapping.Timestamps.toInstant;

/** The follow-up case API's JSON and query parameters, and the closed-loop contract. */
@ApplicationScoped
public class CaseMapping {

    private static final String STATUS_PREFIX = "CASE_STATUS_";
    private static final String NOTE_PREFIX = "CASE_NOTE_KIND_";
    private static final int MAX_LIMIT = 200;

    public ListCasesRequest toRequest(String status, String owner, String surveyId, String limit, String cursor) {
        ListCasesRequest.Builder request = ListCasesRequest.newBuilder()
                .setOwner(orEmpty(owner))
                .setSurveyId(orEmpty(surveyId))
                .setCursor(orEmpty(cursor))
                .setLimit(limit(limit));
        if (status != null && !status.isBlank()) {
            request.setStatus(toProto(QueryParameters.enumValue("status", CaseStatus.class, status)));
        }
        return request.build();
    }

    public ListOverdueCasesRequest toOverdueRequest(String limit) {
        return ListOverdueCasesRequest.newBuilder().setLimit(limit(limit)).build();
    }

    public AssignCaseRequest toRequest(String caseId, CaseAssignment assignment) {
        return AssignCaseRequest.newBuilder().setCaseId(caseId).setOwner(orEmpty(assignment.owner())).build();
    }

    public TransitionCaseRequest toRequest(String caseId, CaseTransition transition) {
        TransitionCaseRequest.Builder request = TransitionCaseRequest.newBuilder().setCaseId(caseId);
        if (transition.status() != null) {
            request.setStatus(toProto(transition.status()));
        }
        return request.build();
    }

    public AddCaseNoteRequest toRequest(String caseId, CaseNoteCreation note, String idempotencyKey) {
        AddCaseNoteRequest.Builder request = AddCaseNoteRequest.newBuilder()
                .setCaseId(caseId)
                .setAuthor(orEmpty(note.author()))
                .setText(orEmpty(note.text()))
                .setIdempotencyKey(IdempotencyKeys.required(idempotencyKey));
        if (note.kind() != null) {
            request.setKind(CaseNoteKind.valueOf(NOTE_PREFIX + note.kind().name()));
        }
        return request.build();
    }

    public CasePage toView(ListCasesResponse response) {
        return new CasePage(toViews(response.getCasesList()), orNull(response.getNextCursor()));
    }

    public List<CaseView> toViews(List<FollowUpCase> cases) {
        return cases.stream().map(this::toView).toList();
    }

    public CaseView toView(FollowUpCase followUp) {
        return new CaseView(followUp.getId(), followUp.getResponseId(), followUp.getSurveyId(), followUp.getCustomerId(),
                SurveyKind.valueOf(followUp.getSurveyKind().name().replace("SURVEY_KIND_", "")), followUp.getScore(),
                orNull(followUp.getComment()), followUp.getStatus().name().substring(STATUS_PREFIX.length()),
                orNull(followUp.getOwner()), toInstant(followUp.hasOpenedAt(), followUp.getOpenedAt()),
                toInstant(followUp.hasDueAt(), followUp.getDueAt()), followUp.getOverdue(),
                toInstant(followUp.hasResolvedAt(), followUp.getResolvedAt()),
                toInstant(followUp.hasClosedAt(), followUp.getClosedAt()),
                toInstant(followUp.hasCustomerMessagedAt(), followUp.getCustomerMessagedAt()),
                followUp.getNotesList().stream().map(CaseMapping::toView).toList());
    }

    private static CaseView.Note toView(CaseNote note) {
        return new CaseView.Note(note.getId(), note.getKind().name().substring(NOTE_PREFIX.length()), note.getAuthor(),
                orNull(note.getText()), toInstant(note.hasCreatedAt(), note.getCreatedAt()));
    }

    private static org.retentionsuite.proto.feedback.v1.CaseStatus toProto(CaseStatus status) {
        return org.retentionsuite.proto.feedback.v1.CaseStatus.valueOf(STATUS_PREFIX + status.name());
    }

    private static int limit(String limit) {
        return limit == null || limit.isBlank() ? 0 : QueryParameters.integer("limit", limit, 1, MAX_LIMIT);
    }
}
