package org.retentionsuite.segmentation.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.retentionsuite.proto.common.v1.Money;
import org.retentionsuite.proto.segmentation.v1.Activity;
import org.retentionsuite.proto.segmentation.v1.ActivityType;
import org.retentionsuite.proto.segmentation.v1.CreateSegmentRequest;
import org.retentionsuite.proto.segmentation.v1.CustomerSegment;
import org.retentionsuite.proto.segmentation.v1.ExportCustomerRequest;
import org.retentionsuite.proto.segmentation.v1.ExportCustomerResponse;
import org.retentionsuite.proto.segmentation.v1.ForgetCustomerRequest;
import org.retentionsuite.proto.segmentation.v1.GetCustomerInsightsRequest;
import org.retentionsuite.proto.segmentation.v1.GetSegmentRequest;
import org.retentionsuite.proto.segmentation.v1.ListSegmentMembersRequest;
import org.retentionsuite.proto.segmentation.v1.ListSegmentMembershipChangesRequest;
import org.retentionsuite.proto.segmentation.v1.MembershipChangeKind;
import org.retentionsuite.proto.segmentation.v1.Segment;
import org.retentionsuite.proto.segmentation.v1.SegmentMember;
import org.retentionsuite.proto.segmentation.v1.SegmentMembershipChange;
import org.retentionsuite.proto.segmentation.v1.SegmentServiceGrpc.SegmentServiceBlockingStub;
import org.retentionsuite.proto.segmentation.v1.SegmentationServiceGrpc.SegmentationServiceBlockingStub;
import org.retentionsuite.segmentation.domain.AnonymousId;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.activity;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.batch;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.fieldViolations;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.purchase;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.returned;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.timestamp;
import static org.retentionsuite.segmentation.grpc.SegmentCalls.when;

@QuarkusTest
class PrivacyOverGrpcTest {

    private static final Instant JAN_2 = Instant.parse("2025-01-02T09:00:00Z");

    @GrpcClient("segmentation")
    SegmentationServiceBlockingStub segmentation;

    @GrpcClient("segmentation")
    SegmentServiceBlockingStub segments;

    @Test
    void theExportHoldsTheActivityInsightsSegmentsAndSegmentHistoryOfTheCustomer() {
        String customer = "export-" + UUID.randomUUID();
        segmentation.recordActivity(batch(
                purchase(customer + "-p", customer, JAN_2, 40_00),
                returned(customer + "-r", customer, JAN_2.plusSeconds(86_400), 5_00),
                activity(customer + "-v", customer, ActivityType.ACTIVITY_TYPE_VISIT, JAN_2.minusSeconds(3600)),
                purchase(customer + "-other", "other-" + customer, JAN_2, 1_00)));
        Segment segment = segment("exported " + customer, customer);

        ExportCustomerResponse export = export(customer);

        assertEquals(customer, export.getCustomerId());
        assertEquals(List.of(customer + "-v", customer + "-p", customer + "-r"),
                export.getActivitiesList().stream().map(Activity::getEventId).toList());
        assertEquals(Money.newBuilder().setCurrencyCode("USD").setAmountMinor(40_00).build(), export.getActivities(1).getAmount());
        assertEquals(timestamp(JAN_2), export.getActivities(1).getOccurredAt());
        assertEquals(ActivityType.ACTIVITY_TYPE_RETURN, export.getActivities(2).getType());
        assertEquals(1, export.getInsights().getPurchaseCount());
        assertEquals(35_00, export.getInsights().getTotalSpend().getAmountMinor());
        assertEquals(List.of(CustomerSegment.newBuilder().setSegmentId(segment.getId()).setSegmentName(segment.getName())
                .setEnteredAt(segment.getCreatedAt()).build()), export.getSegmentsList());
        assertEquals(List.of(SegmentMembershipChange.newBuilder().setSegmentId(segment.getId()).setCustomerId(customer)
                .setKind(MembershipChangeKind.MEMBERSHIP_CHANGE_KIND_ENTERED).setChangedAt(segment.getCreatedAt()).build()),
                export.getSegmentChangesList());
    }

    @Test
    void aForgottenCustomerIsReplacedByAStableAnonymousIdSoThatAggregatesStayRight() {
        String customer = "forget-" + UUID.randomUUID();
        segmentation.recordActivity(batch(
                purchase(customer + "-1", customer, JAN_2, 10_00),
                purchase(customer + "-2", customer, JAN_2.plusSeconds(60), 15_00)));
        Segment segment = segment("forgotten " + customer, customer);
        String anonymous = AnonymousId.of(customer, "local-development-only");

        assertEquals(2, segmentation.forgetCustomer(request(customer)).getActivitiesAnonymised());

        StatusRuntimeException unknown = assertThrows(StatusRuntimeException.class, () -> segmentation
                .getCustomerInsights(GetCustomerInsightsRequest.newBuilder().setCustomerId(customer).build()));
        assertEquals(Status.Code.NOT_FOUND, unknown.getStatus().getCode());
        var insights = segmentation.getCustomerInsights(GetCustomerInsightsRequest.newBuilder().setCustomerId(anonymous)
                .build()).getInsights();
        assertEquals(2, insights.getPurchaseCount());
        assertEquals(25_00, insights.getTotalSpend().getAmountMinor());
        assertEquals(1, segments.getSegment(GetSegmentRequest.newBuilder().setSegmentId(segment.getId()).build())
                .getSegment().getMemberCount());
        assertEquals(List.of(anonymous), segments.listSegmentMembers(ListSegmentMembersRequest.newBuilder()
                .setSegmentId(segment.getId()).build()).getMembersList().stream().map(SegmentMember::getCustomerId).toList());
        assertEquals(List.of(anonymous), segments.listSegmentMembershipChanges(ListSegmentMembershipChangesRequest.newBuilder()
                .setSegmentId(segment.getId()).build()).getChangesList().stream().map(SegmentMembershipChange::getCustomerId)
                .toList());
        ExportCustomerResponse export = export(customer);
        assertEquals(0, export.getActivitiesCount());
        assertFalse(export.hasInsights());
        assertEquals(0, export.getSegmentsCount());

        assertEquals(0, segmentation.forgetCustomer(request(customer)).getActivitiesAnonymised());
        assertEquals(2, export(anonymous).getActivitiesCount());
    }

    @Test
    void anEventSentAgainAfterTheErasureIsForgottenAgainAsTheSameEvent() {
        String customer = "late-" + UUID.randomUUID();
        var sent = batch(purchase(customer + "-1", customer, JAN_2, 10_00));
        segmentation.recordActivity(sent);
        assertEquals(1, segmentation.forgetCustomer(request(customer)).getActivitiesAnonymised());

        // The sender retries after the erasure: an event id is unique per customer, so under the customer's id it is new.
        assertEquals(1, segmentation.recordActivity(sent).getRecordedCount());
        assertEquals(1, segmentation.forgetCustomer(request(customer)).getActivitiesAnonymised());

        String anonymous = AnonymousId.of(customer, "local-development-only");
        assertEquals(1, export(anonymous).getActivitiesCount());
        assertEquals(0, export(customer).getActivitiesCount());
        assertEquals(10_00, segmentation.getCustomerInsights(GetCustomerInsightsRequest.newBuilder()
                .setCustomerId(anonymous).build()).getInsights().getTotalSpend().getAmountMinor());
    }

    @Test
    void aMissingCustomerIdIsAnInvalidArgument() {
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> segmentation.forgetCustomer(request(" ")));

        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(Map.of("customer_id", "is required"), fieldViolations(refused));
    }

    private Segment segment(String name, String customer) {
        return segments.createSegment(CreateSegmentRequest.newBuilder().setName(name)
                .setRule(when("customerId", "equals", customer)).build()).getSegment();
    }

    private ExportCustomerResponse export(String customer) {
        return segmentation.exportCustomer(ExportCustomerRequest.newBuilder().setCustomerId(customer).build());
    }

    private static ForgetCustomerRequest request(String customer) {
        return ForgetCustomerRequest.newBuilder().setCustomerId(customer).build();
    }
}
