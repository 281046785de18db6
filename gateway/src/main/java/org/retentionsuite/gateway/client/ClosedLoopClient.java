package org.retentionsuite.gateway.client;

import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.config.GatewayConfig;
import org.retentionsuite.proto.feedback.v1.AddCaseNoteRequest;
import org.retentionsuite.proto.feedback.v1.AddCaseNoteResponse;
import org.retentionsuite.proto.feedback.v1.AssignCaseRequest;
import org.retentionsuite.proto.feedback.v1.AssignCaseResponse;
import org.retentionsuite.proto.feedback.v1.FollowUpCase;
import org.retentionsuite.proto.feedback.v1.GetCaseRequest;
import org.retentionsuite.proto.feedback.v1.GetCaseResponse;
import org.retentionsuite.proto.feedback.v1.ListCasesRequest;
import org.retentionsuite.proto.feedback.v1.ListCasesResponse;
import org.retentionsuite.proto.feedback.v1.ListOverdueCasesRequest;
import org.retentionsuite.proto.feedback.v1.ListOverdueCasesResponse;
import org.retentionsuite.proto.feedback.v1.MutinyClosedLoopServiceGrpc.MutinyClosedLoopServiceStub;
import org.retentionsuite.proto.feedback.v1.TransitionCaseRequest;
import org.retentionsuite.proto.feedback.v1.TransitionCaseResponse;

import java.time.Duration;
import java.util.function.Function;

/** The feedback service's closed loop (follow-up cases), as the gateway calls it. */
@ApplicationScoped
public class ClosedLoopClient {

    private final MutinyClosedLoopServiceStub stub;
    private final Duration deadline;

    public ClosedLoopClient(@GrpcClient(FeedbackClient.SERVICE) MutinyClosedLoopServiceStub stub, GatewayConfig config) {
        this.stub = stub;
        this.deadline = config.downstreamDeadline();
    }

    public Uni<FollowUpCase> getCase(String caseId) {
        return call(s -> s.getCase(GetCaseRequest.newBuilder().setCaseId(caseId).build())).map(GetCaseResponse::getFollowUpCase);
    }

    public Uni<ListCasesResponse> listCases(ListCasesRequest request) {
        return call(s -> s.listCases(request));
    }

    public Uni<ListOverdueCasesResponse> listOverdueCases(ListOverdueCasesRequest request) {
        return call(s -> s.listOverdueCases(request));
    }

    public Uni<FollowUpCase> assignCase(AssignCaseRequest request) {
        return call(s -> s.assignCase(request)).map(AssignCaseResponse::getFollowUpCase);
    }

    public Uni<FollowUpCase> transitionCase(TransitionCaseRequest request) {
        return call(s -> s.transitionCase(request)).map(TransitionCaseResponse::getFollowUpCase);
    }

    public Uni<FollowUpCase> addCaseNote(AddCaseNoteRequest request) {
        return call(s -> s.addCaseNote(request)).map(AddCaseNoteResponse::getFollowUpCase);
    }

    private <T> Uni<T> call(Function<MutinyClosedLoopServiceStub, Uni<T>> rpc) {
        return DownstreamCall.call(FeedbackClient.SERVICE, stub, deadline, rpc);
    }
}
