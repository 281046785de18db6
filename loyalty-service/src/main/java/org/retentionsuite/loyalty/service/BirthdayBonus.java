package org.retentionsuite.loyalty.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.loyalty.config.LoyaltyConfig;
import org.retentionsuite.loyalty.domain.EventRule;
import org.retentionsuite.loyalty.domain.Program;
import org.retentionsuite.loyalty.repository.EventRuleRepository;
import org.retentionsuite.loyalty.repository.MemberRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The birthday bonus: on a member's birthday in the programme's time zone, the "birthday" event
 * rule's points, once a year. Runs several times a day so every time zone gets its day; members
 * who had it this year are skipped in the query, and each is handled under its row lock taken with
 * SKIP LOCKED, so several replicas never award it twice.
 */
@ApplicationScoped
public class BirthdayBonus {

    private final EventRuleRepository rules;
    private final MemberRepository members;
    private final ProgramService programs;
    private final EventService events;
    private final Clock clock;
    private final LoyaltyConfig config;

    public BirthdayBonus(EventRuleRepository rules, MemberRepository members, ProgramService programs, EventService events,
            Clock clock, LoyaltyConfig config) {
        this.rules = rules;
        this.members = members;
        this.programs = programs;
        this.events = events;
        this.clock = clock;
        this.config = config;
    }

    @Scheduled(every = "${retention.loyalty.maintenance.every}", delay = 30, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPass() {
        runOnce();
    }

    /** One pass over every programme with a birthday rule; returns how many members got the bonus. */
    public int runOnce() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int awarded = 0;
        for (UUID programId : QuarkusTransaction.requiringNew().call(() -> rules.programsRewarding(EventRule.BIRTHDAY))) {
            Program program = QuarkusTransaction.requiringNew().call(() -> programs.requireProgram(programId));
            LocalDate today = LocalDate.ofInstant(now, program.timeZone());
            Instant yearStart = Year.from(today).atDay(1).atStartOfDay(program.timeZone()).toInstant();
            List<UUID> due = QuarkusTransaction.requiringNew().call(() -> members.birthdaysWithoutBonus(programId,
                    today.getMonthValue(), today.getDayOfMonth(), yearStart, config.maintenance().batchSize()));
            for (UUID memberId : due) {
                awarded += QuarkusTransaction.requiringNew().call(() -> members.lockIfFree(memberId)
                        .map(member -> events.award(member, program, EventRule.BIRTHDAY, now).points() > 0 ? 1 : 0)
                        .orElse(0));
            }
        }
        return awarded;
    }
}
