package org.retentionsuite.feedback.grpc;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import org.retentionsuite.feedback.mapping.CaseMapper;
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

    public ClosedLoopGrpcService(CaseService cases, CaseMapper mapper) {
        this.cases = cases;
        this.mapper = mapper;
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
}
