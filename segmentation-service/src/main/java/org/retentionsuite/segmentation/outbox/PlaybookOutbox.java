package org.retentionsuite.segmentation.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.proto.feedback.v1.InviteToPurposeSurveyRequest;
import org.retentionsuite.proto.feedback.v1.SurveyPurpose;
import org.retentionsuite.proto.loyalty.v1.AdjustPointsRequest;
import org.retentionsuite.proto.loyalty.v1.OfferRewardRequest;
import org.retentionsuite.segmentation.domain.playbook.Playbook;
import org.retentionsuite.segmentation.domain.playbook.PlaybookAction;
import org.retentionsuite.segmentation.domain.playbook.PlaybookRun;


/**
 * Playbook actions for loyalty and feedback, written in the run's transaction (MANDATORY): an
 * action exists exactly when its run was committed. The run id makes the idempotency key.
 */
@ApplicationScoped
public class PlaybookOutbox {

    public static final String LOYALTY = "loyalty";
    public static final String FEEDBACK = "feedback";
    /** Loyalty too, but its OfferReward: the destination tells the relay which call the payload is for. */
    public static final String LOYALTY_REWARD = "loyalty-reward";

    private final OutboxRepository outbox;

    public PlaybookOutbox(OutboxRepository outbox) {
        this.outbox = outbox;
    }

    public static String eventKey(PlaybookRun run) {
        return "segmentation:playbook-run:" + run.id();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void bonusPoints(Playbook playbook, PlaybookRun run) {
        PlaybookAction action = playbook.action();
        AdjustPointsRequest request = AdjustPointsRequest.newBuilder()
                .setProgramId(action.programId())
                .setCustomerId(run.customerId())
                .setPoints(action.points())
                .setReason(reason(playbook))
                .setIdempotencyKey(eventKey(run))
                .build();
        outbox.persist(new OutboxEvent(LOYALTY, eventKey(run), request.toByteArray(), run.triggeredAt()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void rewardOffer(Playbook playbook, PlaybookRun run) {
        PlaybookAction action = playbook.action();
        OfferRewardRequest request = OfferRewardRequest.newBuilder()
                .setProgramId(action.programId())
                .setCustomerId(run.customerId())
                .setRewardId(action.rewardId().toString())
                .setReason(reason(playbook))
                .setIdempotencyKey(eventKey(run))
                .build();
        outbox.persist(new OutboxEvent(LOYALTY_REWARD, eventKey(run), request.toByteArray(), run.triggeredAt()));
    }

    /** Loyalty keeps at most 200 characters of a reason. */
    private static String reason(Playbook playbook) {
        String reason = "playbook:" + playbook.name();
        return reason.length() <= 200 ? reason : reason.substring(0, 200);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void surveyInvitation(Playbook playbook, PlaybookRun run) {
        InviteToPurposeSurveyRequest request = InviteToPurposeSurveyRequest.newBuilder()
                .setCustomerId(run.customerId())
                .setPurpose(playbook.action().surveyPurpose() == PlaybookAction.SurveyPurpose.EXIT
                        ? SurveyPurpose.SURVEY_PURPOSE_EXIT : SurveyPurpose.SURVEY_PURPOSE_CHECK_IN)
                .setIdempotencyKey(eventKey(run))
                .build();
        outbox.persist(new OutboxEvent(FEEDBACK, eventKey(run), request.toByteArray(), run.triggeredAt()));
    }
}
