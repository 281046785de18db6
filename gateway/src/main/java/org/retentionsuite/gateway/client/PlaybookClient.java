package org.retentionsuite.gateway.client;

import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.config.GatewayConfig;
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
import org.retentionsuite.proto.segmentation.v1.MutinyPlaybookServiceGrpc.MutinyPlaybookServiceStub;
import org.retentionsuite.proto.segmentation.v1.Playbook;
import org.retentionsuite.proto.segmentation.v1.PlaybookReport;

import java.time.Duration;
import java.util.function.Function;

/** The segmentation service's playbooks, as the gateway calls them. */
@ApplicationScoped
public class PlaybookClient {

    private final MutinyPlaybookServiceStub stub;
    private final Duration deadline;

    public PlaybookClient(@GrpcClient(SegmentationClient.SERVICE) MutinyPlaybookServiceStub stub, GatewayConfig config) {
        this.stub = stub;
        this.deadline = config.downstreamDeadline();
    }

    public Uni<Playbook> createPlaybook(CreatePlaybookRequest request) {
        return call(s -> s.createPlaybook(request)).map(CreatePlaybookResponse::getPlaybook);
    }

    public Uni<Playbook> getPlaybook(String playbookId) {
        return call(s -> s.getPlaybook(GetPlaybookRequest.newBuilder().setPlaybookId(playbookId).build()))
                .map(GetPlaybookResponse::getPlaybook);
    }

    public Uni<ListPlaybooksResponse> listPlaybooks(ListPlaybooksRequest request) {
        return call(s -> s.listPlaybooks(request));
    }

    public Uni<PlaybookReport> getReport(String playbookId) {
        return call(s -> s.getPlaybookReport(GetPlaybookReportRequest.newBuilder().setPlaybookId(playbookId).build()))
                .map(GetPlaybookReportResponse::getReport);
    }

    public Uni<ListPlaybookAlertsResponse> listAlerts(ListPlaybookAlertsRequest request) {
        return call(s -> s.listPlaybookAlerts(request));
    }

    private <T> Uni<T> call(Function<MutinyPlaybookServiceStub, Uni<T>> rpc) {
        return DownstreamCall.call(SegmentationClient.SERVICE, stub, deadline, rpc);
    }
}
