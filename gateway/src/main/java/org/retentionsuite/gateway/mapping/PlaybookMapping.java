package org.retentionsuite.gateway.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.api.PlaybookActionKind;
import org.retentionsuite.gateway.api.PlaybookAlertPage;
import org.retentionsuite.gateway.api.PlaybookBody;
import org.retentionsuite.gateway.api.PlaybookPage;
import org.retentionsuite.gateway.api.PlaybookReportView;
import org.retentionsuite.gateway.api.PlaybookSurveyPurpose;
import org.retentionsuite.proto.segmentation.v1.CreatePlaybookRequest;
import org.retentionsuite.proto.segmentation.v1.ListPlaybookAlertsRequest;
import org.retentionsuite.proto.segmentation.v1.ListPlaybookAlertsResponse;
import org.retentionsuite.proto.segmentation.v1.ListPlaybooksRequest;
import org.retentionsuite.proto.segmentation.v1.ListPlaybooksResponse;
import org.retentionsuite.proto.segmentation.v1.Playbook;
import org.retentionsuite.proto.segmentation.v1.PlaybookAction;
import org.retentionsuite.proto.segmentation.v1.PlaybookArm;
import org.retentionsuite.proto.segmentation.v1.PlaybookReport;
import org.retentionsuite.proto.segmentation.v1.PlaybookTrigger;

import static org.retentionsuite.gateway.mapping.Timestamps.orEmpty;
import static org.retentionsuite.gateway.mapping.Timestamps.orNull;
import static org.retentionsuite.gateway.mapping.Timestamps.toInstant;

/** Playbooks between the REST API and the segmentation contract. */
@ApplicationScoped
public class PlaybookMapping {

    public CreatePlaybookRequest toRequest(PlaybookBody body) {
        var request = CreatePlaybookRequest.newBuilder()
                .setName(orEmpty(body.name()))
                .setCooldownDays(body.cooldownDays() == null ? 0 : body.cooldownDays())
                .setControlShare(body.controlShare() == null ? 0 : body.controlShare())
                .setChurnWindowDays(body.churnWindowDays() == null ? 0 : body.churnWindowDays());
        if (body.trigger() != null) {
            request.setTrigger(PlaybookTrigger.newBuilder().setSegmentId(orEmpty(body.trigger().segmentId()))
                    .setChurnRiskLevel(orEmpty(body.trigger().churnRiskLevel())));
        }
        if (body.action() != null) {
            PlaybookBody.Action action = body.action();
            var proto = PlaybookAction.newBuilder()
                    .setProgramId(orEmpty(action.programId()))
                    .setPoints(action.points() == null ? 0 : action.points())
                    .setAlertMessage(orEmpty(action.alertMessage()))
                    .setRewardId(orEmpty(action.rewardId()));
            if (action.kind() != null) {
                proto.setKind(switch (action.kind()) {
                    case BONUS_POINTS -> org.retentionsuite.proto.segmentation.v1.PlaybookActionKind.PLAYBOOK_ACTION_KIND_BONUS_POINTS;
                    case SURVEY_INVITATION ->
                            org.retentionsuite.proto.segmentation.v1.PlaybookActionKind.PLAYBOOK_ACTION_KIND_SURVEY_INVITATION;
                    case ALERT -> org.retentionsuite.proto.segmentation.v1.PlaybookActionKind.PLAYBOOK_ACTION_KIND_ALERT;
                    case REWARD_OFFER -> org.retentionsuite.proto.segmentation.v1.PlaybookActionKind.PLAYBOOK_ACTION_KIND_REWARD_OFFER;
                });
            }
            if (action.surveyPurpose() != null) {
                proto.setSurveyPurpose(action.surveyPurpose() == PlaybookSurveyPurpose.EXIT
                        ? org.retentionsuite.proto.segmentation.v1.PlaybookSurveyPurpose.PLAYBOOK_SURVEY_PURPOSE_EXIT
                        : org.retentionsuite.proto.segmentation.v1.PlaybookSurveyPurpose.PLAYBOOK_SURVEY_PURPOSE_CHECK_IN);
            }
            request.setAction(proto);
        }
        return request.build();
    }

    public PlaybookBody toView(Playbook playbook) {
        PlaybookAction action = playbook.getAction();
        PlaybookActionKind kind = switch (action.getKind()) {
            case PLAYBOOK_ACTION_KIND_BONUS_POINTS -> PlaybookActionKind.BONUS_POINTS;
            case PLAYBOOK_ACTION_KIND_SURVEY_INVITATION -> PlaybookActionKind.SURVEY_INVITATION;
            case PLAYBOOK_ACTION_KIND_REWARD_OFFER -> PlaybookActionKind.REWARD_OFFER;
            default -> PlaybookActionKind.ALERT;
        };
        PlaybookSurveyPurpose purpose = switch (action.getSurveyPurpose()) {
            case PLAYBOOK_SURVEY_PURPOSE_EXIT -> PlaybookSurveyPurpose.EXIT;
            case PLAYBOOK_SURVEY_PURPOSE_CHECK_IN -> PlaybookSurveyPurpose.CHECK_IN;
            default -> null;
        };
        return new PlaybookBody(playbook.getId(), playbook.getName(),
                new PlaybookBody.Trigger(orNull(playbook.getTrigger().getSegmentId()),
                        orNull(playbook.getTrigger().getChurnRiskLevel())),
                new PlaybookBody.Action(kind, orNull(action.getProgramId()),
                        kind == PlaybookActionKind.BONUS_POINTS ? action.getPoints() : null, purpose,
                        orNull(action.getAlertMessage()), orNull(action.getRewardId())),
                playbook.getCooldownDays(), playbook.getControlShare(), playbook.getChurnWindowDays(),
                toInstant(true, playbook.getCreatedAt()));
    }

    public ListPlaybooksRequest toListRequest(String limit, String cursor) {
        return ListPlaybooksRequest.newBuilder()
                .setPageSize(limit == null ? 0 : QueryParameters.integer("limit", limit, 1, 200))
                .setPageToken(orEmpty(cursor)).build();
    }

    public PlaybookPage toView(ListPlaybooksResponse page) {
        return new PlaybookPage(page.getPlaybooksList().stream().map(this::toView).toList(), orNull(page.getNextPageToken()));
    }

    public PlaybookReportView toView(PlaybookReport report) {
        return new PlaybookReportView(report.getPlaybookId(), report.getChurnWindowDays(), arm(report.getTreated()),
                arm(report.getControl()), report.getPending(), report.getDifference(), finite(report.getZ()),
                finite(report.getPValue()));
    }

    public ListPlaybookAlertsRequest toAlertsRequest(String playbookId, String limit, String cursor) {
        return ListPlaybookAlertsRequest.newBuilder().setPlaybookId(playbookId)
                .setPageSize(limit == null ? 0 : QueryParameters.integer("limit", limit, 1, 1000))
                .setPageToken(orEmpty(cursor)).build();
    }

    public PlaybookAlertPage toView(ListPlaybookAlertsResponse page) {
        return new PlaybookAlertPage(page.getAlertsList().stream().map(a -> new PlaybookAlertPage.Alert(a.getId(),
                a.getCustomerId(), a.getMessage(), toInstant(true, a.getRaisedAt()))).toList(), orNull(page.getNextPageToken()));
    }

    private static PlaybookReportView.Arm arm(PlaybookArm arm) {
        return new PlaybookReportView.Arm(arm.getCustomers(), arm.getChurned(), arm.getChurnRate());
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
