package org.retentionsuite.segmentation.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.retentionsuite.proto.common.v1.Money;
import org.retentionsuite.proto.segmentation.v1.CustomerAttributes;
import org.retentionsuite.proto.segmentation.v1.GetCustomerInsightsRequest;
import org.retentionsuite.proto.segmentation.v1.SegmentationServiceGrpc.SegmentationServiceBlockingStub;
import org.retentionsuite.proto.segmentation.v1.UpsertCustomersRequest;
import org.retentionsuite.proto.segmentation.v1.UpsertCustomersResponse;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.batch;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.fieldViolations;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.purchase;
import static org.retentionsuite.segmentation.grpc.KpisOverGrpcTest.usd;

@QuarkusTest
class CustomersOverGrpcTest {

    @GrpcClient("segmentation")
    SegmentationServiceBlockingStub segmentation;

    @Test
    void attributesAreCreatedReplacedAndLeftAloneWhenSentUnchanged() {
        String customer = "attrs-" + UUID.randomUUID();
        CustomerAttributes attributes = CustomerAttributes.newBuilder()
                .setCustomerId(customer).setCountry("DE").setLanguage("pt-BR").setSignedUpOn("2024-02-29")
                .setAcquisitionChannel("referral").setAcquisitionCost(usd(12_50)).setReferredBy("friend-1")
                .build();

        assertEquals(counts(1, 0), upsert(attributes));
        assertEquals(counts(0, 0), upsert(attributes));
        CustomerAttributes changed = attributes.toBuilder().setCountry("AT").clearAcquisitionCost().build();
        assertEquals(counts(0, 1), upsert(changed));

        segmentation.recordActivity(batch(purchase(UUID.randomUUID().toString(), customer, Days.noon("2024-03-01"), 1_00)));
        CustomerAttributes stored = segmentation.getCustomerInsights(GetCustomerInsightsRequest.newBuilder()
                .setCustomerId(customer).build()).getInsights().getAttributes();
        assertEquals(changed, stored);
    }

    @Test
    void everyInvalidAttributeIsNamedAndNothingIsStored() {
        String customer = "bad-attrs-" + UUID.randomUUID();
        UpsertCustomersRequest request = UpsertCustomersRequest.newBuilder()
                .addCustomers(CustomerAttributes.newBuilder().setCustomerId(customer).setCountry("XX")
                        .setLanguage("not a tag").setSignedUpOn("2999-01-01").setReferredBy(customer)
                        .setAcquisitionCost(Money.newBuilder().setCurrencyCode("EUR").setAmountMinor(-1)))
                .addCustomers(CustomerAttributes.newBuilder().setCustomerId(customer).setSignedUpOn("01.02.2024"))
                .addCustomers(CustomerAttributes.newBuilder().setCustomerId(" "))
                .build();

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> segmentation.upsertCustomers(request));

        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(Map.of(
                "customers[0].country", "must be an ISO 3166-1 alpha-2 code such as \"DE\"",
                "customers[0].language", "must be a BCP 47 language tag such as \"de\" or \"pt-BR\"",
                "customers[0].signed_up_on", "must not be in the future",
                "customers[0].referred_by", "must not be the customer themselves",
                "customers[0].acquisition_cost.currency_code", "must be the reporting currency USD",
                "customers[0].acquisition_cost.amount_minor", "must not be negative",
                "customers[1].signed_up_on", "must be an ISO date such as 2024-01-31",
                "customers[1].customer_id", "appears more than once in the batch",
                "customers[2].customer_id", "is required"), fieldViolations(refused));
        assertEquals(counts(1, 0), upsert(CustomerAttributes.newBuilder().setCustomerId(customer).build()));
    }

    @Test
    void anEmptyBatchIsRefused() {
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> segmentation.upsertCustomers(UpsertCustomersRequest.getDefaultInstance()));

        assertEquals(Map.of("customers", "must hold 1 to 1000 customers"), fieldViolations(refused));
    }

    private UpsertCustomersResponse upsert(CustomerAttributes attributes) {
        return segmentation.upsertCustomers(UpsertCustomersRequest.newBuilder().addCustomers(attributes).build());
    }

    private static UpsertCustomersResponse counts(int created, int updated) {
        return UpsertCustomersResponse.newBuilder().setCreatedCount(created).setUpdatedCount(updated).build();
    }
}
