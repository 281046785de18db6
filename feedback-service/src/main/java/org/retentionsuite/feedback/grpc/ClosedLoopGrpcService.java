package org.retentionsuite.feedback.grpc;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import org.retentionsuite.feedback.mapping.CaseMapper;
import org.retentionsuite.feedback.mapping.OuterLoopMapper;
import org.retentionsuite.feedback.service.IdeaService;
import org.retentionsuite.feedback.service.IdeaService.Shipped;
import org.retentionsuite.feedback.service.TagService;
import org.retentionsuite.proto.feedback.v1.CreateIdeaRequest;
import org.retentionsuite.proto.feedback.v1.CreateIdeaResponse;
import org.retentionsuite.proto.feedback.v1.CreateTagRuleRequest;
import org.retentionsuite.proto.feedback.v1.CreateTagRuleResponse;
import org.retentionsuite.proto.feedback.v1.LinkResponsesRequest;
import org.retentionsuite.proto.feedback.v1.LinkResponsesResponse;
import org.retentionsuite.proto.feedback.v1.ListIdeasRequest;
import org.retentionsuite.proto.feedback.v1.ListIdeasResponse;
import org.retentionsuite.proto.feedback.v1.ListTagRulesRequest;
import org.retentionsuite.proto.feedback.v1.ListTagRulesResponse;
import org.retentionsuite.proto.feedback.v1.ShipIdeaRequest;
import org.retentionsuite.proto.feedback.v1.ShipIdeaResponse;
import org.retentionsuite.proto.feedback.v1.TagResponseRequest;
import org.retentionsuite.proto.feedback.v1.TagResponseResponse;
import org.retentionsuite.feedback.service.CaseService;
import org.retentionsuite.feedback.service.CaseService.CasePage;
import org.retentionsuite.proto.feedback.v1.AddCaseNoteRequest;
import org.retentionsuite.proto.feedback.v1.AddCaseNoteResponse;
import org.retentionsuite.proto.feedback.v1.AssignCaseRequest;
import org.retentionsuite.proto.feedback.v1.AssignCaseResponse;
import org.retentionsuite.proto.feedback.v1.GetCaseRequest;
import org.retentionsuite.proto.feedback.v1.GetCaseResponse;
import org.retentionsuite.proto.feedback.v1.ListCasesRequest;
import org.retentionsuite.proto.feedback.v1.ListCasesResponse;
import org.retentionsuite.proto.feedback.v1.ListOverdueCasesRequest;
import org.retentionsuite.proto.feedback.v1.ListOverdueCasesResponse;
import org.retentionsuite.proto.feedback.v1.MutinyClosedLoopServiceGrpc;
import org.retentionsuite.proto.feedback.v1.TransitionCaseRequest;
import org.retentionsuite.proto.feedback.v1.TransitionCaseResponse;

/** The closed-loop contract: maps requests, calls a use case, maps the reply. Errors map in {@link DomainStatusMapping}. */
@GrpcService
@Blocking
public class ClosedLoopGrpcService extends MutinyClosedLoopServiceGrpc.ClosedLoopServiceImplBase {

    private final CaseService cases;
    private final CaseMapper mapper;
    private final TagService tags;
    private final IdeaService ideas;
    private final OuterLoopMapper outerLoop;

    public ClosedLoopGrpcService(CaseService cases, CaseMapper mapper, TagService tags, IdeaService ideas,
            OuterLoopMapper outerLoop) {
        this.cases = cases;
        this.mapper = mapper;
        this.tags = tags;
        this.ideas = ideas;
        this.outerLoop = outerLoop;
    }

    @Override
    public Uni<GetCaseResponse> getCase(GetCaseRequest request) {
        return Uni.createFrom().item(() -> GetCaseResponse.newBuilder()
                .setFollowUpCase(mapper.toProto(cases.get(request.getCaseId()))).build());
    }

    @Override
    public Uni<ListCasesResponse> listCases(ListCasesRequest request) {
        return Uni.createFrom().item(() -> {
            CasePage page = cases.list(mapper.toDomain(request.getStatus()), request.getOwner(), request.getSurveyId(),
                    request.getLimit(), request.getCursor());
            ListCasesResponse.Builder reply = ListCasesResponse.newBuilder();
            page.cases().forEach(c -> reply.addCases(mapper.toProto(c)));
            if (page.nextCursor() != null) {
                reply.setNextCursor(page.nextCursor());
            }
            return reply.build();
        });
    }

    @Override
    public Uni<ListOverdueCasesResponse> listOverdueCases(ListOverdueCasesRequest request) {
        return Uni.createFrom().item(() -> {
            ListOverdueCasesResponse.Builder reply = ListOverdueCasesResponse.newBuilder();
            cases.overdue(request.getLimit()).forEach(c -> reply.addCases(mapper.toProto(c)));
            return reply.build();
        });
    }

    @Override
    public Uni<AssignCaseResponse> assignCase(AssignCaseRequest request) {
        return Uni.createFrom().item(() -> AssignCaseResponse.newBuilder()
                .setFollowUpCase(mapper.toProto(cases.assign(request.getCaseId(), request.getOwner()))).build());
    }

    @Override
    public Uni<TransitionCaseResponse> transitionCase(TransitionCaseRequest request) {
        return Uni.createFrom().item(() -> TransitionCaseResponse.newBuilder()
                .setFollowUpCase(mapper.toProto(cases.transition(request.getCaseId(), mapper.toDomain(request.getStatus()))))
                .build());
    }

    @Override
    public Uni<AddCaseNoteResponse> addCaseNote(AddCaseNoteRequest request) {
        return Uni.createFrom().item(() -> AddCaseNoteResponse.newBuilder()
                .setFollowUpCase(mapper.toProto(cases.addNote(request.getCaseId(), mapper.toDomain(request.getKind()),
                        request.getAuthor(), request.getText(), request.getIdempotencyKey())))
                .build());
    }

    @Override
    public Uni<TagResponseResponse> tagResponse(TagResponseRequest request) {
        return Uni.createFrom().item(() -> outerLoop.toProto(request.getResponseId(),
                tags.tag(request.getResponseId(), request.getTagsList())));
    }

    @Override
    public Uni<CreateTagRuleResponse> createTagRule(CreateTagRuleRequest request) {
        return Uni.createFrom().item(() -> CreateTagRuleResponse.newBuilder().setRule(outerLoop.toProto(
                tags.createRule(request.getLanguage(), request.getKeyword(), request.getTag()))).build());
    }

    @Override
    public Uni<ListTagRulesResponse> listTagRules(ListTagRulesRequest request) {
        return Uni.createFrom().item(() -> ListTagRulesResponse.newBuilder().addAllRules(
                tags.rules(request.getLanguage()).stream().map(outerLoop::toProto).toList()).build());
    }

    @Override
    public Uni<CreateIdeaResponse> createIdea(CreateIdeaRequest request) {
        return Uni.createFrom().item(() -> CreateIdeaResponse.newBuilder().setIdea(outerLoop.toProto(ideas.create(
                request.getTitle(), request.getDescription(), request.getEffort(), request.getCurrencyCode()))).build());
    }

    @Override
    public Uni<LinkResponsesResponse> linkResponses(LinkResponsesRequest request) {
        return Uni.createFrom().item(() -> LinkResponsesResponse.newBuilder().setIdea(outerLoop.toProto(
                ideas.link(request.getIdeaId(), outerLoop.toLinks(request.getLinksList())))).build());
    }

    @Override
    public Uni<ListIdeasResponse> listIdeas(ListIdeasRequest request) {
        return Uni.createFrom().item(() -> ListIdeasResponse.newBuilder().addAllIdeas(
                ideas.ranked(outerLoop.toDomain(request.getStatus())).stream().map(outerLoop::toProto).toList()).build());
    }

    @Override
    public Uni<ShipIdeaResponse> shipIdea(ShipIdeaRequest request) {
        return Uni.createFrom().item(() -> {
            Shipped shipped = ideas.ship(request.getIdeaId(), request.getAnnouncement());
            return ShipIdeaResponse.newBuilder().setIdea(outerLoop.toProto(shipped.idea()))
                    .addAllRespondents(shipped.respondents()).build();
        });
    }
}
