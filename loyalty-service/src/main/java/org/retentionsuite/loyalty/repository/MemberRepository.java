package org.retentionsuite.loyalty.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.loyalty.domain.Member;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Member, UUID> {

    public Optional<Member> findByCustomer(UUID programId, String customerId) {
        return find("programId = ?1 and customerId = ?2", programId, customerId).firstResultOptional();
    }
}
