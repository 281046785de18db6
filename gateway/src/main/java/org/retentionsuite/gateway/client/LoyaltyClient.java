package org.retentionsuite.gateway.client;

import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.config.GatewayConfig;
import org.retentionsuite.proto.loyalty.v1.CreateProgramRequest;
import org.retentionsuite.proto.loyalty.v1.CreateProgramResponse;
import org.retentionsuite.proto.loyalty.v1.EnrollMemberRequest;
import org.retentionsuite.proto.loyalty.v1.EnrollMemberResponse;
import org.retentionsuite.proto.loyalty.v1.GetMemberRequest;
import org.retentionsuite.proto.loyalty.v1.GetMemberResponse;
import org.retentionsuite.proto.loyalty.v1.GetProgramRequest;
import org.retentionsuite.proto.loyalty.v1.GetProgramResponse;
import org.retentionsuite.proto.loyalty.v1.Member;
import org.retentionsuite.proto.loyalty.v1.MutinyLoyaltyServiceGrpc.MutinyLoyaltyServiceStub;
import org.retentionsuite.proto.loyalty.v1.Program;

import java.time.Duration;
import java.util.function.Function;

/** The loyalty service, as the gateway calls it. */
@ApplicationScoped
public class LoyaltyClient {

    static final String SERVICE = "loyalty";

    private final MutinyLoyaltyServiceStub stub;
    private final Duration deadline;

    public LoyaltyClient(@GrpcClient(SERVICE) MutinyLoyaltyServiceStub stub, GatewayConfig config) {
        this.stub = stub;
        this.deadline = config.downstreamDeadline();
    }

    public Uni<Program> createProgram(CreateProgramRequest request) {
        return call(s -> s.createProgram(request)).map(CreateProgramResponse::getProgram);
    }

    public Uni<Program> getProgram(String programId) {
        return call(s -> s.getProgram(GetProgramRequest.newBuilder().setProgramId(programId).build()))
                .map(GetProgramResponse::getProgram);
    }

    public Uni<Member> enrollMember(EnrollMemberRequest request) {
        return call(s -> s.enrollMember(request)).map(EnrollMemberResponse::getMember);
    }

    public Uni<Member> getMember(String programId, String customerId) {
        return call(s -> s.getMember(GetMemberRequest.newBuilder().setProgramId(programId).setCustomerId(customerId).build()))
                .map(GetMemberResponse::getMember);
    }

    private <T> Uni<T> call(Function<MutinyLoyaltyServiceStub, Uni<T>> rpc) {
        return DownstreamCall.call(SERVICE, stub, deadline, rpc);
    }
}
