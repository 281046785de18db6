package org.retentionsuite.loyalty.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.LockOptions;
import org.retentionsuite.loyalty.domain.Member;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Member, UUID> {

    public Optional<Member> findByCustomer(UUID programId, String customerId) {
        return find("programId = ?1 and customerId = ?2", programId, customerId).firstResultOptional();
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
