package org.retentionsuite.gateway.client;

import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.config.GatewayConfig;
import org.retentionsuite.proto.feedback.v1.GetCustomerFeedbackRequest;
import org.retentionsuite.proto.feedback.v1.GetCustomerFeedbackResponse;
import org.retentionsuite.proto.feedback.v1.MutinyFeedbackServiceGrpc.MutinyFeedbackServiceStub;
import org.retentionsuite.proto.loyalty.v1.ExportMemberRequest;
import org.retentionsuite.proto.loyalty.v1.ExportMemberResponse;
import org.retentionsuite.proto.loyalty.v1.ForgetMemberRequest;
import org.retentionsuite.proto.loyalty.v1.ForgetMemberResponse;
import org.retentionsuite.proto.loyalty.v1.MutinyLoyaltyServiceGrpc.MutinyLoyaltyServiceStub;
import org.retentionsuite.proto.segmentation.v1.MutinySegmentationServiceGrpc.MutinySegmentationServiceStub;

import java.time.Duration;

/** What the three services hold on one customer: the 360 view's and the privacy requests' calls. */
@ApplicationScoped
public class CustomerDataClient {

    private final MutinyLoyaltyServiceStub loyalty;
    private final MutinyFeedbackServiceStub feedback;
    private final MutinySegmentationServiceStub segmentation;
    private final Duration deadline;

    public CustomerDataClient(@GrpcClient(LoyaltyClient.SERVICE) MutinyLoyaltyServiceStub loyalty,
            @GrpcClient(FeedbackClient.SERVICE) MutinyFeedbackServiceStub feedback,
            @GrpcClient(SegmentationClient.SERVICE) MutinySegmentationServiceStub segmentation, GatewayConfig config) {
        this.loyalty = loyalty;
        this.feedback = feedback;
        this.segmentation = segmentation;
        this.deadline = config.downstreamDeadline();
    }

    public Uni<ExportMemberResponse> exportMember(String customerId) {
        return DownstreamCall.call(LoyaltyClient.SERVICE, loyalty, deadline,
                s -> s.exportMember(ExportMemberRequest.newBuilder().setCustomerId(customerId).build()));
    }

    public Uni<ForgetMemberResponse> forgetMember(String customerId) {
        return DownstreamCall.call(LoyaltyClient.SERVICE, loyalty, deadline,
                s -> s.forgetMember(ForgetMemberRequest.newBuilder().setCustomerId(customerId).build()));
    }

    public Uni<GetCustomerFeedbackResponse> customerFeedback(String customerId) {
        return DownstreamCall.call(FeedbackClient.SERVICE, feedback, deadline,
                s -> s.getCustomerFeedback(GetCustomerFeedbackRequest.newBuilder().setCustomerId(customerId).build()));
    }

    public Uni<org.retentionsuite.proto.feedback.v1.ExportCustomerResponse> exportFeedback(String customerId) {
        return DownstreamCall.call(FeedbackClient.SERVICE, feedback, deadline, s -> s.exportCustomer(
                org.retentionsuite.proto.feedback.v1.ExportCustomerRequest.newBuilder().setCustomerId(customerId).build()));
    }

    public Uni<org.retentionsuite.proto.feedback.v1.ForgetCustomerResponse> forgetFeedback(String customerId) {
        return DownstreamCall.call(FeedbackClient.SERVICE, feedback, deadline, s -> s.forgetCustomer(
                org.retentionsuite.proto.feedback.v1.ForgetCustomerRequest.newBuilder().setCustomerId(customerId).build()));
    }

    public Uni<org.retentionsuite.proto.segmentation.v1.ExportCustomerResponse> exportSegmentation(String customerId) {
        return DownstreamCall.call(SegmentationClient.SERVICE, segmentation, deadline, s -> s.exportCustomer(
                org.retentionsuite.proto.segmentation.v1.ExportCustomerRequest.newBuilder().setCustomerId(customerId).build()));
    }

    public Uni<org.retentionsuite.proto.segmentation.v1.ForgetCustomerResponse> forgetSegmentation(String customerId) {
        return DownstreamCall.call(SegmentationClient.SERVICE, segmentation, deadline, s -> s.forgetCustomer(
                org.retentionsuite.proto.segmentation.v1.ForgetCustomerRequest.newBuilder().setCustomerId(customerId).build()));
    }
}
