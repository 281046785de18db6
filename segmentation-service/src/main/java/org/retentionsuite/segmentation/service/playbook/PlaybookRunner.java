package org.retentionsuite.segmentation.service.playbook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.segmentation.domain.playbook.Playbook;
import org.retentionsuite.segmentation.domain.playbook.PlaybookAlert;
import org.retentionsuite.segmentation.domain.playbook.PlaybookRun;
import org.retentionsuite.segmentation.outbox.PlaybookOutbox;
import org.retentionsuite.segmentation.repository.PlaybookRepository;
import org.retentionsuite.segmentation.repository.PlaybookRunRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Runs playbooks for customers who entered their segment or risk level, in the caller's
 * transaction: once per customer per cool-down, recording the control group without acting.
 */
@ApplicationScoped
public class PlaybookRunner implements RiskLevelTrigger {

    private final PlaybookRepository playbooks;
    private final PlaybookRunRepository runs;
    private final PlaybookOutbox outbox;

    public PlaybookRunner(PlaybookRepository playbooks, PlaybookRunRepository runs, PlaybookOutbox outbox) {
        this.playbooks = playbooks;
        this.runs = runs;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void customersEnteredSegment(UUID segmentId, List<String> customerIds, Instant at) {
        if (!customerIds.isEmpty()) {
            playbooks.forSegment(segmentId).forEach(playbook -> run(playbook, customerIds, at));
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void customersEnteredRiskLevel(Playbook.RiskLevel level, List<String> customerIds, Instant at) {
        if (!customerIds.isEmpty()) {
            playbooks.forRiskLevel(level).forEach(playbook -> run(playbook, customerIds, at));
        }
    }

    private void run(Playbook playbook, List<String> customerIds, Instant at) {
        List<PlaybookRun> due = runs.claimDue(playbook.id(), customerIds, playbook.cooldownDays(), at).stream()
                .map(customer -> new PlaybookRun(UUID.randomUUID(), playbook.id(), customer,
                        playbook.spares(customer) ? PlaybookRun.Arm.CONTROL : PlaybookRun.Arm.TREATED, at))
                .toList();
        runs.insertRuns(due);
        due.stream().filter(run -> run.arm() == PlaybookRun.Arm.TREATED).forEach(run -> act(playbook, run));
    }

    private void act(Playbook playbook, PlaybookRun run) {
        switch (playbook.action().kind()) {
            case ALERT -> runs.insertAlert(new PlaybookAlert(UUID.randomUUID(), playbook.id(), run.customerId(),
                    playbook.action().alertMessage(), run.triggeredAt()), run.id());
            case BONUS_POINTS -> outbox.bonusPoints(playbook, run);
            case SURVEY_INVITATION -> outbox.surveyInvitation(playbook, run);
            case REWARD_OFFER -> outbox.rewardOffer(playbook, run);
        }
    }
}
