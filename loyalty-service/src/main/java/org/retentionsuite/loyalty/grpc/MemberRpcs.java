package org.retentionsuite.loyalty.grpc;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.loyalty.mapping.LoyaltyMapper;
import org.retentionsuite.loyalty.mapping.PrivacyMapper;
import org.retentionsuite.loyalty.service.IdempotencyGuard;
import org.retentionsuite.loyalty.service.MembershipService;
import org.retentionsuite.loyalty.service.PrivacyService;
import org.retentionsuite.proto.loyalty.v1.EnrollMemberRequest;
import org.retentionsuite.proto.loyalty.v1.EnrollMemberResponse;
import org.retentionsuite.proto.loyalty.v1.ExportMemberRequest;
import org.retentionsuite.proto.loyalty.v1.ExportMemberResponse;
import org.retentionsuite.proto.loyalty.v1.ForgetMemberRequest;
import org.retentionsuite.proto.loyalty.v1.ForgetMemberResponse;
import org.retentionsuite.proto.loyalty.v1.GetMemberRequest;
import org.retentionsuite.proto.loyalty.v1.GetMemberResponse;
import org.retentionsuite.proto.loyalty.v1.ListMembersRequest;
import org.retentionsuite.proto.loyalty.v1.ListMembersResponse;
import org.retentionsuite.proto.loyalty.v1.ReactivateMemberRequest;
import org.retentionsuite.proto.loyalty.v1.ReactivateMemberResponse;
import org.retentionsuite.proto.loyalty.v1.SuspendMemberRequest;
import org.retentionsuite.proto.loyalty.v1.SuspendMemberResponse;

/** Members: enrolment, reading, listing, suspension, and their privacy rights. */
@ApplicationScoped
class MemberRpcs {

    private final MembershipService memberships;
    private final PrivacyService privacy;
    private final IdempotencyGuard idempotency;
    private final LoyaltyMapper mapper;
    private final PrivacyMapper privacyMapper;

    MemberRpcs(MembershipService memberships, PrivacyService privacy, IdempotencyGuard idempotency, LoyaltyMapper mapper,
            PrivacyMapper privacyMapper) {
        this.memberships = memberships;
        this.privacy = privacy;
        this.idempotency = idempotency;
        this.mapper = mapper;
        this.privacyMapper = privacyMapper;
    }

    EnrollMemberResponse enroll(EnrollMemberRequest request) {
        return idempotency.onceIfKeyed("enroll:" + request.getProgramId(), request.getIdempotencyKey(), request,
                EnrollMemberResponse.parser(), () -> EnrollMemberResponse.newBuilder()
                        .setMember(mapper.toProto(memberships.enroll(mapper.toEnrollment(request)))).build());
    }

    GetMemberResponse get(GetMemberRequest request) {
        return GetMemberResponse.newBuilder()
                .setMember(mapper.toProto(memberships.getMember(request.getProgramId(), request.getCustomerId()))).build();
    }

    ListMembersResponse list(ListMembersRequest request) {
        return mapper.toProto(memberships.listMembers(mapper.toFilter(request)));
    }

    SuspendMemberResponse suspend(SuspendMemberRequest request) {
        return idempotency.onceIfKeyed("suspend:" + request.getProgramId(), request.getIdempotencyKey(), request,
                SuspendMemberResponse.parser(), () -> SuspendMemberResponse.newBuilder().setMember(mapper.toProto(
                        memberships.suspend(request.getProgramId(), request.getCustomerId(), request.getReason()))).build());
    }

    ReactivateMemberResponse reactivate(ReactivateMemberRequest request) {
        return idempotency.onceIfKeyed("reactivate:" + request.getProgramId(), request.getIdempotencyKey(), request,
                ReactivateMemberResponse.parser(), () -> ReactivateMemberResponse.newBuilder().setMember(mapper.toProto(
                        memberships.reactivate(request.getProgramId(), request.getCustomerId()))).build());
    }

    ExportMemberResponse export(ExportMemberRequest request) {
        return privacyMapper.toProto(privacy.export(request.getCustomerId(), request.getProgramId()));
    }

    ForgetMemberResponse forget(ForgetMemberRequest request) {
        return idempotency.onceIfKeyed("forget", request.getIdempotencyKey(), request, ForgetMemberResponse.parser(),
                () -> ForgetMemberResponse.newBuilder()
                        .setMembershipsForgotten(privacy.forget(request.getCustomerId(), request.getProgramId())).build());
    }
}
