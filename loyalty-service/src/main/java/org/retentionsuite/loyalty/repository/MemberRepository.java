package org.retentionsuite.loyalty.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.LockOptions;
import org.retentionsuite.loyalty.domain.Member;
import org.retentionsuite.loyalty.domain.MemberStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Member, UUID> {

    private final NativeRows nativeRows;

    public MemberRepository(NativeRows nativeRows) {
        this.nativeRows = nativeRows;
    }

    public Optional<Member> findByCustomer(UUID programId, String customerId) {
        return find("programId = ?1 and customerId = ?2", programId, customerId).firstResultOptional();
    }

    /** The customer's memberships: in one programme, or in all when {@code programId} is null. */
    public List<Member> ofCustomer(String customerId, UUID programId) {
        return programId == null
                ? list("customerId = ?1 order by enrolledAt", customerId)
                : list("customerId = ?1 and programId = ?2", customerId, programId);
    }

    /**
     * Active members of the programme whose birthday is on the given day and who have not had the
     * birthday bonus since {@code yearStart}: the candidates of one day's birthday pass.
     */
    public List<UUID> birthdaysWithoutBonus(UUID programId, int month, int day, Instant yearStart, int limit) {
        return nativeRows.ids("""
                        SELECT m.id FROM member m
                        WHERE m.program_id = ?1 AND m.status = 'ACTIVE'
                          AND extract(month FROM m.birthday) = ?2 AND extract(day FROM m.birthday) = ?3
                          AND NOT EXISTS (SELECT 1 FROM member_event e
                                          WHERE e.member_id = m.id AND e.event_key = 'birthday' AND e.occurred_at >= ?4)
                        LIMIT ?5""", programId, month, day, yearStart, limit);
    }

    public Optional<Member> findByReferralCode(UUID programId, String referralCode) {
        return find("programId = ?1 and referralCode = ?2", programId, referralCode).firstResultOptional();
    }

    /** How many members the referrer brought in since the instant. */
    public long referralsSince(UUID referrerId, Instant since) {
        return count("referredBy = ?1 and enrolledAt >= ?2", referrerId, since);
    }

    public boolean referralCodeTaken(UUID programId, String referralCode) {
        return count("programId = ?1 and referralCode = ?2", programId, referralCode) > 0;
    }

    /** A page of members in customer id order after {@code afterCustomerId}, filtered. */
    public List<Member> page(UUID programId, MemberStatus status, String country, boolean consentOnly,
            String afterCustomerId, int size) {
        StringBuilder query = new StringBuilder("programId = :program");
        Parameters parameters = Parameters.with("program", programId);
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (country != null) {
            query.append(" and country = :country");
            parameters.and("country", country);
        }
        if (consentOnly) {
            query.append(" and marketingConsent = true");
        }
        if (afterCustomerId != null) {
            query.append(" and customerId > :after");
            parameters.and("after", afterCustomerId);
        }
        return find(query.append(" order by customerId").toString(), parameters).page(0, size).list();
    }

    /** Reads the member with its row locked until the transaction ends: one writer per member at a time. */
    public Optional<Member> lockByCustomer(UUID programId, String customerId) {
        return find("programId = ?1 and customerId = ?2", programId, customerId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public Member lockById(UUID memberId) {
        return getEntityManager().find(Member.class, memberId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Locks the member unless another transaction holds it (a scheduled job on another replica). */
    public Optional<Member> lockIfFree(UUID memberId) {
        return find("id", memberId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED).firstResultOptional();
    }
}
