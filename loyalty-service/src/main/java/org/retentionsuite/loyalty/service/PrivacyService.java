package org.retentionsuite.loyalty.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.loyalty.domain.LedgerEntry;
import org.retentionsuite.loyalty.domain.Member;
import org.retentionsuite.loyalty.domain.Redemption;
import org.retentionsuite.loyalty.domain.Violations;
import org.retentionsuite.loyalty.repository.LedgerEntryRepository;
import org.retentionsuite.loyalty.repository.MemberRepository;
import org.retentionsuite.loyalty.repository.RedemptionRepository;

import java.util.List;
import java.util.UUID;

/** Privacy requests: what loyalty holds on a customer, and forgetting it. */
@ApplicationScoped
public class PrivacyService {

    private final MemberRepository members;
    private final MemberLocks memberLocks;
    private final MembershipService memberships;
    private final LedgerEntryRepository entries;
    private final RedemptionRepository redemptions;
    private final TierService tiers;

    public PrivacyService(MemberRepository members, MemberLocks memberLocks, MembershipService memberships,
            LedgerEntryRepository entries, RedemptionRepository redemptions, TierService tiers) {
        this.members = members;
        this.memberLocks = memberLocks;
        this.memberships = memberships;
        this.entries = entries;
        this.redemptions = redemptions;
        this.tiers = tiers;
    }

    /** One membership with everything recorded about it. */
    public record MemberRecord(MembershipService.MemberAccount account, List<LedgerEntry> entries,
            List<Redemption> redemptions, List<TierService.Change> tierChanges) {
    }

    @Transactional
    public List<MemberRecord> export(String customerId, String programId) {
        Scope scope = scope(customerId, programId);
        return members.ofCustomer(scope.customerId(), scope.programId()).stream()
                .map(member -> new MemberRecord(memberships.account(member), entries.allOf(member.id()),
                        redemptions.ofMember(member.id()), tiers.changesOf(member)))
                .toList();
    }

    /** Forgets every matching membership; returns how many. */
    @Transactional
    public int forget(String customerId, String programId) {
        Scope scope = scope(customerId, programId);
        List<Member> found = members.ofCustomer(scope.customerId(), scope.programId());
        for (Member member : found) {
            memberLocks.lockById(member.id()).forget("forgotten:" + UUID.randomUUID());
        }
        return found.size();
    }

    private record Scope(String customerId, UUID programId) {
    }

    private static Scope scope(String customerId, String programId) {
        Violations violations = new Violations();
        String customer = violations.requiredText("customer_id", customerId, 128);
        UUID program = programId == null || programId.isBlank() ? null : violations.requiredId("program_id", programId);
        violations.throwIfAny();
        return new Scope(customer, program);
    }
}
