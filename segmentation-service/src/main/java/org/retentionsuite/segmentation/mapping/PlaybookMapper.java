package org.retentionsuite.segmentation.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.proto.segmentation.v1.CreatePlaybookRequest;
import org.retentionsuite.proto.segmentation.v1.ListPlaybookAlertsResponse;
import org.retentionsuite.proto.segmentation.v1.ListPlaybooksResponse;
import org.retentionsuite.proto.segmentation.v1.PlaybookActionKind;
import org.retentionsuite.proto.segmentation.v1.PlaybookArm;
import org.retentionsuite.proto.segmentation.v1.PlaybookSurveyPurpose;
import org.retentionsuite.proto.segmentation.v1.PlaybookTrigger;
import org.retentionsuite.segmentation.domain.playbook.Playbook;
import org.retentionsuite.segmentation.domain.playbook.PlaybookAction;
import org.retentionsuite.segmentation.domain.playbook.PlaybookAlert;
import org.retentionsuite.segmentation.domain.playbook.PlaybookReport;
import org.retentionsuite.segmentation.domain.segment.Page;
import org.retentionsuite.segmentation.service.playbook.PlaybookDefinitions.Draft;

import java.util.UUID;

import static org.retentionsuite.segmentation.mapping.ProtoTime.timestamp;

/** Converts between the PlaybookService contract and the domain. */
@ApplicationScoped
public class PlaybookMapper {

    public Draft toDraft(CreatePlaybookRequest request) {
        var action = request.getAction();
        PlaybookAction.Kind kind = switch (action.getKind()) {
            case PLAYBOOK_ACTION_KIND_BONUS_POINTS -> PlaybookAction.Kind.BONUS_POINTS;
            case PLAYBOOK_ACTION_KIND_SURVEY_INVITATION -> PlaybookAction.Kind.SURVEY_INVITATION;
            case PLAYBOOK_ACTION_KIND_ALERT -> PlaybookAction.Kind.ALERT;
            case PLAYBOOK_ACTION_KIND_REWARD_OFFER -> PlaybookAction.Kind.REWARD_OFFER;
            case PLAYBOOK_ACTION_KIND_UNSPECIFIED, UNRECOGNIZED -> null;
        };
        PlaybookAction.SurveyPurpose purpose = switch (action.getSurveyPurpose()) {
            case PLAYBOOK_SURVEY_PURPOSE_CHECK_IN -> PlaybookAction.SurveyPurpose.CHECK_IN;
            case PLAYBOOK_SURVEY_PURPOSE_EXIT -> PlaybookAction.SurveyPurpose.EXIT;
            case PLAYBOOK_SURVEY_PURPOSE_UNSPECIFIED, UNRECOGNIZED -> null;
        };
        return new Draft(request.getName(), request.getTrigger().getSegmentId(), request.getTrigger().getChurnRiskLevel(),
                new PlaybookAction(kind, action.getProgramId(), action.getPoints(), purpose, action.getAlertMessage(),
                        rewardId(action.getRewardId())),
                request.getCooldownDays(), request.getControlShare(), request.getChurnWindowDays());
    }

    public org.retentionsuite.proto.segmentation.v1.Playbook toProto(Playbook playbook) {
        PlaybookAction action = playbook.action();
        var proto = org.retentionsuite.proto.segmentation.v1.PlaybookAction.newBuilder()
                .setKind(switch (action.kind()) {
                    case BONUS_POINTS -> PlaybookActionKind.PLAYBOOK_ACTION_KIND_BONUS_POINTS;
                    case SURVEY_INVITATION -> PlaybookActionKind.PLAYBOOK_ACTION_KIND_SURVEY_INVITATION;
                    case ALERT -> PlaybookActionKind.PLAYBOOK_ACTION_KIND_ALERT;
                    case REWARD_OFFER -> PlaybookActionKind.PLAYBOOK_ACTION_KIND_REWARD_OFFER;
                })
                .setPoints(action.points());
        if (action.programId() != null) {
            proto.setProgramId(action.programId());
        }
        if (action.surveyPurpose() != null) {
            proto.setSurveyPurpose(action.surveyPurpose() == PlaybookAction.SurveyPurpose.EXIT
                    ? PlaybookSurveyPurpose.PLAYBOOK_SURVEY_PURPOSE_EXIT : PlaybookSurveyPurpose.PLAYBOOK_SURVEY_PURPOSE_CHECK_IN);
        }
        if (action.alertMessage() != null) {
            proto.setAlertMessage(action.alertMessage());
        }
        if (action.rewardId() != null) {
            proto.setRewardId(action.rewardId().toString());
        }
        PlaybookTrigger.Builder trigger = PlaybookTrigger.newBuilder();
        if (playbook.segmentId() != null) {
            trigger.setSegmentId(playbook.segmentId().toString());
        } else {
            trigger.setChurnRiskLevel(playbook.riskLevel().name());
        }
        return org.retentionsuite.proto.segmentation.v1.Playbook.newBuilder()
                .setId(playbook.id().toString())
                .setName(playbook.name())
                .setTrigger(trigger)
                .setAction(proto)
                .setCooldownDays(playbook.cooldownDays())
                .setControlShare(playbook.controlShare())
                .setChurnWindowDays(playbook.churnWindowDays())
                .setCreatedAt(timestamp(playbook.createdAt()))
                .build();
    }

    /** A reward id as loyalty writes it (a UUID); null for anything else, which the definitions refuse. */
    private static UUID rewardId(String text) {
        try {
            UUID id = UUID.fromString(text.strip());
            return id.toString().equalsIgnoreCase(text.strip()) ? id : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public ListPlaybooksResponse toProto(Page<Playbook> page) {
        return ListPlaybooksResponse.newBuilder()
                .addAllPlaybooks(page.items().stream().map(this::toProto).toList())
                .setNextPageToken(page.nextCursor())
                .build();
    }

    public org.retentionsuite.proto.segmentation.v1.PlaybookReport toProto(PlaybookReport report) {
        var test = report.test();
        return org.retentionsuite.proto.segmentation.v1.PlaybookReport.newBuilder()
                .setPlaybookId(report.playbookId().toString())
                .setChurnWindowDays(report.churnWindowDays())
                .setTreated(PlaybookArm.newBuilder().setCustomers(test.treated()).setChurned(test.treatedChurned())
                        .setChurnRate(test.treatedRate()))
                .setControl(PlaybookArm.newBuilder().setCustomers(test.control()).setChurned(test.controlChurned())
                        .setChurnRate(test.controlRate()))
                .setPending(report.pending())
                .setDifference(test.difference())
                .setZ(test.z())
                .setPValue(test.pValue())
                .build();
    }

    public ListPlaybookAlertsResponse toAlerts(Page<PlaybookAlert> page) {
        return ListPlaybookAlertsResponse.newBuilder()
                .addAllAlerts(page.items().stream().map(alert -> org.retentionsuite.proto.segmentation.v1.PlaybookAlert.newBuilder()
                        .setId(alert.id().toString())
                        .setPlaybookId(alert.playbookId().toString())
                        .setCustomerId(alert.customerId())
                        .setMessage(alert.message())
                        .setRaisedAt(timestamp(alert.raisedAt()))
                        .build()).toList())
                .setNextPageToken(page.nextCursor())
                .build();
    }
}
