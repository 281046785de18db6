package org.retentionsuite.gateway.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.api.ExpiryKind;
import org.retentionsuite.gateway.api.ExpiryTerms;
import org.retentionsuite.gateway.api.MemberEnrollment;
import org.retentionsuite.gateway.api.MemberPage;
import org.retentionsuite.gateway.api.MemberStatus;
import org.retentionsuite.gateway.api.MemberView;
import org.retentionsuite.gateway.api.PointsRounding;
import org.retentionsuite.gateway.api.ProgramCreation;
import org.retentionsuite.gateway.api.ProgramView;
import org.retentionsuite.gateway.api.ReturnPolicy;
import org.retentionsuite.proto.loyalty.v1.CreateProgramRequest;
import org.retentionsuite.proto.loyalty.v1.EnrollMemberRequest;
import org.retentionsuite.proto.loyalty.v1.ExchangeRate;
import org.retentionsuite.proto.loyalty.v1.ExpiryPolicy;
import org.retentionsuite.proto.loyalty.v1.ListMembersRequest;
import org.retentionsuite.proto.loyalty.v1.ListMembersResponse;
import org.retentionsuite.proto.loyalty.v1.Member;
import org.retentionsuite.proto.loyalty.v1.Program;
import org.retentionsuite.proto.loyalty.v1.RoundingMode;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import static org.retentionsuite.gateway.mapping.Timestamps.orEmpty;
import static org.retentionsuite.gateway.mapping.Timestamps.orNull;
import static org.retentionsuite.gateway.mapping.Timestamps.toInstant;

/** The loyalty API's programme and member JSON and the loyalty contract. */
@ApplicationScoped
public class LoyaltyMapping {

    private static final String ROUNDING = "ROUNDING_MODE_";
    private static final String EXPIRY = "EXPIRY_KIND_";
    private static final String RETURN_POLICY = "RETURN_POLICY_";
    private static final String MEMBER_STATUS = "MEMBER_STATUS_";
    private static final int MAX_LIMIT = 500;

    /** Terms not given stay unset (0, UNSPECIFIED), which the service reads as "its default". */
    public CreateProgramRequest toRequest(ProgramCreation program, String idempotencyKey) {
        CreateProgramRequest.Builder request = CreateProgramRequest.newBuilder()
                .setIdempotencyKey(IdempotencyKeys.optional(idempotencyKey))
                .setName(program.name())
                .setCurrencyCode(program.currency())
                .setTimeZone(program.timeZone())
                .setPointsPerCurrencyUnit(program.pointsPerCurrencyUnit().toPlainString());
        if (program.rounding() != null) {
            request.setRoundingMode(RoundingMode.valueOf(ROUNDING + program.rounding().name()));
        }
        if (program.pendingDays() != null) {
            request.setPendingDays(program.pendingDays());
        }
        if (program.expiry() != null) {
            ExpiryTerms expiry = program.expiry();
            request.setExpiry(ExpiryPolicy.newBuilder()
                    .setKind(org.retentionsuite.proto.loyalty.v1.ExpiryKind.valueOf(EXPIRY + expiry.kind().name()))
                    .setDays(expiry.days() == null ? 0 : expiry.days())
                    .setPeriodsAfter(expiry.periodsAfter() == null ? 0 : expiry.periodsAfter()));
        }
        if (program.returnPolicy() != null) {
            request.setReturnPolicy(org.retentionsuite.proto.loyalty.v1.ReturnPolicy.valueOf(
                    RETURN_POLICY + program.returnPolicy().name()));
        }
        if (program.exchangeRates() != null) {
            new TreeMap<>(program.exchangeRates()).forEach((currency, rate) ->
                    request.addExchangeRates(ExchangeRate.newBuilder().setCurrencyCode(currency).setRate(rate)));
        }
        if (program.reservationMinutes() != null) {
            request.setReservationMinutes(program.reservationMinutes());
        }
        return request.build();
    }

    public ProgramView toView(Program program) {
        Map<String, String> rates = new LinkedHashMap<>();
        program.getExchangeRatesList().forEach(rate -> rates.put(rate.getCurrencyCode(), rate.getRate()));
        ExpiryPolicy expiry = program.getExpiry();
        return new ProgramView(program.getId(), program.getName(), program.getCurrencyCode(), program.getTimeZone(),
                new BigDecimal(program.getPointsPerCurrencyUnit()), toInstant(program.hasCreatedAt(), program.getCreatedAt()),
                apiValue(PointsRounding.class, ROUNDING, program.getRoundingMode()), program.getPendingDays(),
                program.hasExpiry() ? new ExpiryTerms(apiValue(ExpiryKind.class, EXPIRY, expiry.getKind()), expiry.getDays(),
                        expiry.getPeriodsAfter()) : null,
                apiValue(ReturnPolicy.class, RETURN_POLICY, program.getReturnPolicy()), rates,
                program.getReservationMinutes());
    }

    /** The optional {@code Idempotency-Key} header as the contracts take it ("" when absent). */
    public String idempotencyKey(String header) {
        return IdempotencyKeys.optional(header);
    }

    public EnrollMemberRequest toRequest(String programId, MemberEnrollment enrollment, String idempotencyKey) {
        return EnrollMemberRequest.newBuilder()
                .setIdempotencyKey(IdempotencyKeys.optional(idempotencyKey))
                .setProgramId(programId)
                .setCustomerId(enrollment.customerId())
                .setEmail(orEmpty(enrollment.email()))
                .setLocale(orEmpty(enrollment.locale()))
                .setName(orEmpty(enrollment.name()))
                .setCountry(orEmpty(enrollment.country()))
                .setBirthday(orEmpty(enrollment.birthday()))
                .setMarketingConsent(Boolean.TRUE.equals(enrollment.marketingConsent()))
                .setReferralCode(orEmpty(enrollment.referralCode()))
                .build();
    }

    public MemberView toView(Member member) {
        return new MemberView(member.getProgramId(), member.getCustomerId(), orNull(member.getEmail()),
                orNull(member.getLocale()), orNull(member.getName()), member.getStatus().name().replace(MEMBER_STATUS, ""),
                orNull(member.getStatusReason()), orNull(member.getCountry()), orNull(member.getBirthday()),
                member.getMarketingConsent(), orNull(member.getReferralCode()), orNull(member.getReferredBy()),
                Balances.toView(member.getBalance()), orNull(member.getTier()),
                toInstant(member.hasTierSince(), member.getTierSince()), toInstant(member.hasEnrolledAt(), member.getEnrolledAt()));
    }

    /** Filters not given list every member; {@code limit} 1 to 500 (the service's default when absent). */
    public ListMembersRequest toListRequest(String programId, String status, String country, String marketingConsent,
            String limit, String cursor) {
        ListMembersRequest.Builder request = ListMembersRequest.newBuilder()
                .setProgramId(programId)
                .setCountry(orEmpty(country))
                .setMarketingConsentOnly(marketingConsent != null && QueryParameters.bool("marketingConsent", marketingConsent))
                .setPageSize(limit == null ? 0 : QueryParameters.integer("limit", limit, 1, MAX_LIMIT))
                .setPageToken(orEmpty(cursor));
        if (status != null) {
            request.setStatus(org.retentionsuite.proto.loyalty.v1.MemberStatus.valueOf(
                    MEMBER_STATUS + QueryParameters.enumValue("status", MemberStatus.class, status).name()));
        }
        return request.build();
    }

    public MemberPage toView(ListMembersResponse response) {
        return new MemberPage(response.getMembersList().stream().map(this::toView).toList(),
                orNull(response.getNextPageToken()));
    }

    /** The API's name of a contract enum value; null for UNSPECIFIED or a value newer than this gateway. */
    static <E extends Enum<E>> E apiValue(Class<E> type, String prefix, Enum<?> value) {
        String name = value.name();
        if (!name.startsWith(prefix)) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.substring(prefix.length()));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
