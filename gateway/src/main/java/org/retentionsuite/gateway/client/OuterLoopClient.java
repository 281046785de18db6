package org.retentionsuite.gateway.client;

import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.config.GatewayConfig;
import org.retentionsuite.proto.feedback.v1.CreateIdeaRequest;
import org.retentionsuite.proto.feedback.v1.CreateIdeaResponse;
import org.retentionsuite.proto.feedback.v1.CreateTagRuleRequest;
import org.retentionsuite.proto.feedback.v1.CreateTagRuleResponse;
import org.retentionsuite.proto.feedback.v1.ImprovementIdea;
import org.retentionsuite.proto.feedback.v1.LinkResponsesRequest;
import org.retentionsuite.proto.feedback.v1.LinkResponsesResponse;
import org.retentionsuite.proto.feedback.v1.ListIdeasRequest;
import org.retentionsuite.proto.feedback.v1.ListIdeasResponse;
import org.retentionsuite.proto.feedback.v1.ListTagRulesRequest;
import org.retentionsuite.proto.feedback.v1.ListTagRulesResponse;
import org.retentionsuite.proto.feedback.v1.MutinyClosedLoopServiceGrpc.MutinyClosedLoopServiceStub;
import org.retentionsuite.proto.feedback.v1.ShipIdeaRequest;
import org.retentionsuite.proto.feedback.v1.ShipIdeaResponse;
import org.retentionsuite.proto.feedback.v1.TagResponseRequest;
import org.retentionsuite.proto.feedback.v1.TagResponseResponse;
import org.retentionsuite.proto.feedback.v1.TagRule;

import java.time.Duration;
import java.util.function.Function;

/** The feedback service's outer loop (tags, keyword rules, improvement ideas), as the gateway calls it. */
@ApplicationScoped
public class OuterLoopClient {

    private final MutinyClosedLoopServiceStub stub;
    private final Duration deadline;

    public OuterLoopClient(@GrpcClient(FeedbackClient.SERVICE) MutinyClosedLoopServiceStub stub, GatewayConfig config) {
        this.stub = stub;
        this.deadline = config.downstreamDeadline();
    }

    public Uni<TagResponseResponse> tagResponse(TagResponseRequest request) {
        return call(s -> s.tagResponse(request));
    }

    public Uni<TagRule> createTagRule(CreateTagRuleRequest request) {
        return call(s -> s.createTagRule(request)).map(CreateTagRuleResponse::getRule);
    }

    public Uni<ListTagRulesResponse> listTagRules(ListTagRulesRequest request) {
        return call(s -> s.listTagRules(request));
    }

    public Uni<ImprovementIdea> createIdea(CreateIdeaRequest request) {
        return call(s -> s.createIdea(request)).map(CreateIdeaResponse::getIdea);
    }

    public Uni<ImprovementIdea> linkResponses(LinkResponsesRequest request) {
        return call(s -> s.linkResponses(request)).map(LinkResponsesResponse::getIdea);
    }

    public Uni<ListIdeasResponse> listIdeas(ListIdeasRequest request) {
        return call(s -> s.listIdeas(request));
    }

    public Uni<ShipIdeaResponse> shipIdea(ShipIdeaRequest request) {
        return call(s -> s.shipIdea(request));
    }

    private <T> Uni<T> call(Function<MutinyClosedLoopServiceStub, Uni<T>> rpc) {
        return DownstreamCall.call(FeedbackClient.SERVICE, stub, deadline, rpc);
    }
}
