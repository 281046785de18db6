package org.retentionsuite.loyalty.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.loyalty.service.PrivacyService.MemberRecord;
import org.retentionsuite.loyalty.service.RedemptionService.Redeemed;
import org.retentionsuite.proto.loyalty.v1.ExportMemberResponse;
import org.retentionsuite.proto.loyalty.v1.MemberExport;

import java.util.List;

/** The privacy export: every membership of a customer, in the contract's messages. */
@ApplicationScoped
public class PrivacyMapper {

    private final LoyaltyMapper members;
    private final LedgerMapper ledger;
    private final RewardMapper rewards;
    private final TierMapper tiers;

    public PrivacyMapper(LoyaltyMapper members, LedgerMapper ledger, RewardMapper rewards, TierMapper tiers) {
        this.members = members;
        this.ledger = ledger;
        this.rewards = rewards;
        this.tiers = tiers;
    }

    public ExportMemberResponse toProto(List<MemberRecord> records) {
        ExportMemberResponse.Builder response = ExportMemberResponse.newBuilder();
        for (MemberRecord record : records) {
            MemberExport.Builder export = MemberExport.newBuilder().setMember(members.toProto(record.account()));
            record.entries().forEach(entry -> export.addEntries(ledger.toProto(entry)));
            String customerId = record.account().member().customerId();
            record.redemptions().forEach(redemption -> export.addRedemptions(
                    rewards.toProto(new Redeemed(redemption, customerId, record.account().balance()))));
            record.tierChanges().forEach(change -> export.addTierChanges(tiers.toProto(change)));
            response.addMemberships(export);
        }
        return response.build();
    }
}
