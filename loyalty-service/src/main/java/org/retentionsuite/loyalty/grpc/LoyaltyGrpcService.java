package org.retentionsuite.loyalty.grpc;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import org.retentionsuite.loyalty.mapping.LoyaltyMapper;
import org.retentionsuite.loyalty.service.MembershipService;
import org.retentionsuite.loyalty.service.ProgramService;
import org.retentionsuite.proto.loyalty.v1.CreateProgramRequest;
import org.retentionsuite.proto.loyalty.v1.CreateProgramResponse;
import org.retentionsuite.proto.loyalty.v1.EnrollMemberRequest;
import org.retentionsuite.proto.loyalty.v1.EnrollMemberResponse;
import org.retentionsuite.proto.loyalty.v1.GetMemberRequest;
import org.retentionsuite.proto.loyalty.v1.GetMemberResponse;
import org.retentionsuite.proto.loyalty.v1.GetProgramRequest;
import org.retentionsuite.proto.loyalty.v1.GetProgramResponse;
import org.retentionsuite.proto.loyalty.v1.MutinyLoyaltyServiceGrpc;

/** The loyalty contract: maps requests, calls a use case, maps the reply. Errors map in {@link DomainStatusMapping}. */
@GrpcService
@Blocking
public class LoyaltyGrpcService extends MutinyLoyaltyServiceGrpc.LoyaltyServiceImplBase {

    private final ProgramService programs;
    private final MembershipService memberships;
    private final LoyaltyMapper mapper;

    public LoyaltyGrpcService(ProgramService programs, MembershipService memberships, LoyaltyMapper mapper) {
        this.programs = programs;
        this.memberships = memberships;
        this.mapper = mapper;
    }

    @Override
    public Uni<CreateProgramResponse> createProgram(CreateProgramRequest request) {
        return Uni.createFrom().item(() -> CreateProgramResponse.newBuilder()
                .setProgram(mapper.toProto(programs.createProgram(mapper.toTerms(request))))
                .build());
    }

    @Override
    public Uni<GetProgramResponse> getProgram(GetProgramRequest request) {
        return Uni.createFrom().item(() -> GetProgramResponse.newBuilder()
                .setProgram(mapper.toProto(programs.getProgram(request.getProgramId())))
                .build());
    }

    @Override
    public Uni<EnrollMemberResponse> enrollMember(EnrollMemberRequest request) {
        return Uni.createFrom().item(() -> EnrollMemberResponse.newBuilder()
                .setMember(mapper.toProto(memberships.enroll(mapper.toEnrollment(request))))
                .build());
    }

    @Override
    public Uni<GetMemberResponse> getMember(GetMemberRequest request) {
        return Uni.createFrom().item(() -> GetMemberResponse.newBuilder()
                .setMember(mapper.toProto(memberships.getMember(request.getProgramId(), request.getCustomerId())))
                .build());
    }
}
