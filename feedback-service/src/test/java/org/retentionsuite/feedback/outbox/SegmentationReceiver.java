package org.retentionsuite.feedback.outbox;

import io.grpc.Status;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Uni;
import org.retentionsuite.proto.segmentation.v1.Activity;
import org.retentionsuite.proto.segmentation.v1.MutinySegmentationServiceGrpc;
import org.retentionsuite.proto.segmentation.v1.RecordActivityRequest;
import org.retentionsuite.proto.segmentation.v1.RecordActivityResponse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Segmentation's RecordActivity as the relay sees it: keeps what it received by event id, and can be down. */
@GrpcService
public class SegmentationReceiver extends MutinySegmentationServiceGrpc.SegmentationServiceImplBase {

    static final Map<String, Activity> RECEIVED = new ConcurrentHashMap<>();
    static volatile boolean down;

    @Override
    public Uni<RecordActivityResponse> recordActivity(RecordActivityRequest request) {
        if (down) {
            return Uni.createFrom().failure(Status.UNAVAILABLE.withDescription("segmentation is down").asRuntimeException());
        }
        int recorded = 0;
        for (Activity activity : request.getActivitiesList()) {
            if (RECEIVED.putIfAbsent(activity.getEventId(), activity) == null) {
                recorded++;
            }
        }
        return Uni.createFrom().item(RecordActivityResponse.newBuilder().setRecordedCount(recorded)
                .setDuplicateCount(request.getActivitiesCount() - recorded).build());
    }
}
