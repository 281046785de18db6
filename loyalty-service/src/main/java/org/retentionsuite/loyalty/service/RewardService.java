package org.retentionsuite.loyalty.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.loyalty.domain.Reward;
import org.retentionsuite.loyalty.domain.RewardDraft;
import org.retentionsuite.loyalty.domain.Violations;
import org.retentionsuite.loyalty.repository.RewardRepository;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** The programme's reward catalogue. */
@ApplicationScoped
public class RewardService {

    private final ProgramService programs;
    private final RewardRepository rewards;
    private final Clock clock;

    public RewardService(ProgramService programs, RewardRepository rewards, Clock clock) {
        this.programs = programs;
        this.rewards = rewards;
        this.clock = clock;
    }

    @Transactional
    public Reward createReward(RewardDraft draft) {
        programs.requireProgram(draft.programId());
        Reward reward = new Reward(draft.programId(), draft, clock.instant().truncatedTo(ChronoUnit.MICROS));
        rewards.persist(reward);
        return reward;
    }

    @Transactional
    public List<Reward> listRewards(String programId) {
        Violations violations = new Violations();
        UUID program = violations.requiredId("program_id", programId);
        violations.throwIfAny();
        programs.requireProgram(program);
        return rewards.ofProgram(program);
    }
}
