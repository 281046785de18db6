package org.retentionsuite.gateway.client;

import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.config.GatewayConfig;
import org.retentionsuite.proto.feedback.v1.ExportCustomerRequest;
import org.retentionsuite.proto.feedback.v1.ExportCustomerResponse;
import org.retentionsuite.proto.feedback.v1.ForgetCustomerRequest;
import org.retentionsuite.proto.feedback.v1.ForgetCustomerResponse;
import org.retentionsuite.proto.feedback.v1.GetCustomerFeedbackRequest;
import org.retentionsuite.proto.feedback.v1.GetCustomerFeedbackResponse;
import org.retentionsuite.proto.feedback.v1.MutinyFeedbackServiceGrpc.MutinyFeedbackServiceStub;

import java.time.Duration;
import java.util.function.Function;

/** What the feedback service holds on one customer: the 360 part, the export and the erasure. */
@ApplicationScoped
public class CustomerFeedbackClient {

    private final MutinyFeedbackServiceStub stub;
    private final Duration deadline;

    public CustomerFeedbackClient(@GrpcClient(FeedbackClient.SERVICE) MutinyFeedbackServiceStub stub, GatewayConfig config) {
        this.stub = stub;
        this.deadline = config.downstreamDeadline();
    }

    public Uni<GetCustomerFeedbackResponse> feedbackOf(String customerId, int limit) {
        return call(s -> s.getCustomerFeedback(GetCustomerFeedbackRequest.newBuilder().setCustomerId(customerId)
                .setLimit(limit).build()));
    }

    public Uni<ExportCustomerResponse> export(String customerId) {
        return call(s -> s.exportCustomer(ExportCustomerRequest.newBuilder().setCustomerId(customerId).build()));
    }

    public Uni<ForgetCustomerResponse> forget(String customerId) {
        return call(s -> s.forgetCustomer(ForgetCustomerRequest.newBuilder().setCustomerId(customerId).build()));
    }

    private <T> Uni<T> call(Function<MutinyFeedbackServiceStub, Uni<T>> rpc) {
        return DownstreamCall.call(FeedbackClient.SERVICE, stub, deadline, rpc);
    }
}
