package org.retentionsuite.feedback.outbox;

import com.google.protobuf.InvalidProtocolBufferException;
import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.proto.segmentation.v1.Activity;
import org.retentionsuite.proto.segmentation.v1.RecordActivityRequest;
import org.retentionsuite.proto.segmentation.v1.SegmentationServiceGrpc.SegmentationServiceBlockingStub;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Segmentation's RecordActivity for a feedback signal; segmentation de-duplicates by the event id (the response id). */
@ApplicationScoped
public class SegmentationSignals implements OutboxReceiver {

    private final SegmentationServiceBlockingStub segmentation;

    public SegmentationSignals(@GrpcClient("segmentation") SegmentationServiceBlockingStub segmentation) {
        this.segmentation = segmentation;
    }

    @Override
    public void deliver(byte[] payload, Duration deadline) {
        try {
            segmentation.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
                    .recordActivity(RecordActivityRequest.newBuilder().addActivities(Activity.parseFrom(payload)).build());
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("a feedback signal in the outbox is unreadable", e);
        }
    }
}
