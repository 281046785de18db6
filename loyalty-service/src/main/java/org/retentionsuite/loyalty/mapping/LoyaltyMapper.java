package org.retentionsuite.loyalty.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.loyalty.domain.Enrollment;
import org.retentionsuite.loyalty.domain.ExpiryKind;
import org.retentionsuite.loyalty.domain.Member;
import org.retentionsuite.loyalty.domain.ProgramTerms;
import org.retentionsuite.loyalty.domain.ReturnPolicy;
import org.retentionsuite.loyalty.service.MembershipService;
import org.retentionsuite.loyalty.service.MembershipService.MemberAccount;
import org.retentionsuite.proto.loyalty.v1.CreateProgramRequest;
import org.retentionsuite.proto.loyalty.v1.EnrollMemberRequest;
import org.retentionsuite.proto.loyalty.v1.ExchangeRate;
import org.retentionsuite.proto.loyalty.v1.ExpiryPolicy;
import org.retentionsuite.proto.loyalty.v1.ListMembersRequest;
import org.retentionsuite.proto.loyalty.v1.ListMembersResponse;
import org.retentionsuite.proto.loyalty.v1.MemberStatus;
import org.retentionsuite.proto.loyalty.v1.Program;
import org.retentionsuite.proto.loyalty.v1.RoundingMode;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.retentionsuite.loyalty.mapping.ProtoValues.balance;
import static org.retentionsuite.loyalty.mapping.ProtoValues.domainEnum;
import static org.retentionsuite.loyalty.mapping.ProtoValues.timestamp;

/** Converts between the loyalty contract's programme and member messages and the domain. */
@ApplicationScoped
public class LoyaltyMapper {

    public ProgramTerms toTerms(CreateProgramRequest request) {
        Map<String, String> rates = new LinkedHashMap<>();
        request.getExchangeRatesList().forEach(rate -> rates.put(rate.getCurrencyCode(), rate.getRate()));
        return ProgramTerms.of(new ProgramTerms.Draft(request.getName(), request.getCurrencyCode(), request.getTimeZone(),
                request.getPointsPerCurrencyUnit(),
                domainEnum(java.math.RoundingMode.class, request.getRoundingMode(), "ROUNDING_MODE_"),
                request.getPendingDays(),
                domainEnum(ExpiryKind.class, request.getExpiry().getKind(), "EXPIRY_KIND_"),
                request.getExpiry().getDays(), request.getExpiry().getPeriodsAfter(),
                domainEnum(ReturnPolicy.class, request.getReturnPolicy(), "RETURN_POLICY_"),
                rates, request.getReservationMinutes()));
    }

    public Enrollment.Draft toEnrollment(EnrollMemberRequest request) {
        return new Enrollment.Draft(request.getProgramId(), request.getCustomerId(), request.getEmail(),
                request.getLocale(), request.getName(), request.getCountry(), request.getBirthday(),
                request.getMarketingConsent(), request.getReferralCode());
    }

    public MembershipService.MemberFilter toFilter(ListMembersRequest request) {
        return new MembershipService.MemberFilter(request.getProgramId(),
                domainEnum(org.retentionsuite.loyalty.domain.MemberStatus.class, request.getStatus(), "MEMBER_STATUS_"),
                request.getCountry(), request.getMarketingConsentOnly(), request.getPageSize(), request.getPageToken());
    }

    public ListMembersResponse toProto(MembershipService.MemberPage page) {
        ListMembersResponse.Builder response = ListMembersResponse.newBuilder();
        page.members().forEach(account -> response.addMembers(toProto(account)));
        if (page.nextPageToken() != null) {
            response.setNextPageToken(page.nextPageToken());
        }
        return response.build();
    }

    public Program toProto(org.retentionsuite.loyalty.domain.Program program) {
        Program.Builder proto = Program.newBuilder()
                .setId(program.id().toString())
                .setName(program.name())
                .setCurrencyCode(program.currency().getCurrencyCode())
                .setTimeZone(program.timeZone().getId())
                .setPointsPerCurrencyUnit(program.pointsPerCurrencyUnit().toPlainString())
                .setCreatedAt(timestamp(program.createdAt()))
                .setRoundingMode(RoundingMode.valueOf("ROUNDING_MODE_" + program.roundingMode().name()))
                .setPendingDays(program.pendingDays())
                .setExpiry(ExpiryPolicy.newBuilder()
                        .setKind(org.retentionsuite.proto.loyalty.v1.ExpiryKind.valueOf("EXPIRY_KIND_" + program.expiry().kind().name()))
                        .setDays(program.expiry().days())
                        .setPeriodsAfter(program.expiry().periodsAfter()))
                .setReturnPolicy(org.retentionsuite.proto.loyalty.v1.ReturnPolicy.valueOf("RETURN_POLICY_" + program.returnPolicy().name()))
                .setReservationMinutes(program.reservationMinutes());
        program.exchangeRates().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(rate -> proto.addExchangeRates(
                ExchangeRate.newBuilder().setCurrencyCode(rate.getKey()).setRate(rate.getValue().stripTrailingZeros().toPlainString())));
        return proto.build();
    }

    public org.retentionsuite.proto.loyalty.v1.Member toProto(MemberAccount account) {
        Member member = account.member();
        var proto = org.retentionsuite.proto.loyalty.v1.Member.newBuilder()
                .setProgramId(member.programId().toString())
                .setCustomerId(member.customerId())
                .setStatus(MemberStatus.valueOf("MEMBER_STATUS_" + member.status().name()))
                .setBalance(balance(account.balance()))
                .setEnrolledAt(timestamp(member.enrolledAt()))
                .setMarketingConsent(member.marketingConsent())
                .setReferralCode(member.referralCode());
        if (member.country() != null) {
            proto.setCountry(member.country());
        }
        if (member.birthday() != null) {
            proto.setBirthday(member.birthday().toString());
        }
        if (member.statusReason() != null) {
            proto.setStatusReason(member.statusReason());
        }
        if (account.referredBy() != null) {
            proto.setReferredBy(account.referredBy());
        }
        if (account.tier() != null) {
            proto.setTier(account.tier()).setTierSince(timestamp(member.tierSince()));
        }
        if (member.email() != null) {
            proto.setEmail(member.email());
        }
        if (member.locale() != null) {
            proto.setLocale(member.locale());
        }
        if (member.name() != null) {
            proto.setName(member.name());
        }
        return proto.build();
    }
}
