package org.retentionsuite.segmentation.grpc;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import org.retentionsuite.proto.segmentation.v1.CreatePlaybookRequest;
import org.retentionsuite.proto.segmentation.v1.CreatePlaybookResponse;
import org.retentionsuite.proto.segmentation.v1.GetPlaybookReportRequest;
import org.retentionsuite.proto.segmentation.v1.GetPlaybookReportResponse;
import org.retentionsuite.proto.segmentation.v1.GetPlaybookRequest;
import org.retentionsuite.proto.segmentation.v1.GetPlaybookResponse;
import org.retentionsuite.proto.segmentation.v1.ListPlaybookAlertsRequest;
import org.retentionsuite.proto.segmentation.v1.ListPlaybookAlertsResponse;
import org.retentionsuite.proto.segmentation.v1.ListPlaybooksRequest;
import org.retentionsuite.proto.segmentation.v1.ListPlaybooksResponse;
import org.retentionsuite.proto.segmentation.v1.MutinyPlaybookServiceGrpc;
import org.retentionsuite.segmentation.mapping.PlaybookMapper;
import org.retentionsuite.segmentation.service.playbook.PlaybookDefinitions;

/** The playbooks contract: maps requests, calls a use case, maps the reply. Errors map in {@link DomainStatusMapping}. */
@GrpcService
@Blocking
public class PlaybookGrpcService extends MutinyPlaybookServiceGrpc.PlaybookServiceImplBase {

    private final PlaybookDefinitions playbooks;
    private final PlaybookMapper mapper;

    public PlaybookGrpcService(PlaybookDefinitions playbooks, PlaybookMapper mapper) {
        this.playbooks = playbooks;
        this.mapper = mapper;
    }

    @Override
    public Uni<CreatePlaybookResponse> createPlaybook(CreatePlaybookRequest request) {
        return Uni.createFrom().item(() -> CreatePlaybookResponse.newBuilder()
                .setPlaybook(mapper.toProto(playbooks.create(mapper.toDraft(request))))
                .build());
    }

    @Override
    public Uni<GetPlaybookResponse> getPlaybook(GetPlaybookRequest request) {
        return Uni.createFrom().item(() -> GetPlaybookResponse.newBuilder()
                .setPlaybook(mapper.toProto(playbooks.playbook(request.getPlaybookId())))
                .build());
    }

    @Override
    public Uni<ListPlaybooksResponse> listPlaybooks(ListPlaybooksRequest request) {
        return Uni.createFrom().item(() -> mapper.toProto(playbooks.list(request.getPageSize(), request.getPageToken())));
    }

    @Override
    public Uni<GetPlaybookReportResponse> getPlaybookReport(GetPlaybookReportRequest request) {
        return Uni.createFrom().item(() -> GetPlaybookReportResponse.newBuilder()
                .setReport(mapper.toProto(playbooks.report(request.getPlaybookId())))
                .build());
    }

    @Override
    public Uni<ListPlaybookAlertsResponse> listPlaybookAlerts(ListPlaybookAlertsRequest request) {
        return Uni.createFrom().item(() -> mapper.toAlerts(
                playbooks.alerts(request.getPlaybookId(), request.getPageSize(), request.getPageToken())));
    }
}
