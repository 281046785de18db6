package org.retentionsuite.loyalty.grpc;

import com.google.rpc.BadRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.retentionsuite.loyalty.repository.ProgramRepository;
import org.retentionsuite.proto.loyalty.v1.CreateProgramRequest;
import org.retentionsuite.proto.loyalty.v1.GetProgramRequest;
import org.retentionsuite.proto.loyalty.v1.LoyaltyServiceGrpc.LoyaltyServiceBlockingStub;
import org.retentionsuite.proto.loyalty.v1.Program;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ProgramsOverGrpcTest {

    @GrpcClient("loyalty")
    LoyaltyServiceBlockingStub loyalty;

    @jakarta.inject.Inject
    ProgramRepository programs;

    @Test
    void aCreatedProgramCanBeReadBackWithTheSameTerms() {
        Program created = loyalty.createProgram(CreateProgramRequest.newBuilder()
                .setName("  Coffee Club  ")
                .setCurrencyCode("EUR")
                .setTimeZone("Europe/Amsterdam")
                .setPointsPerCurrencyUnit("1.50")
                .build()).getProgram();

        Program read = loyalty.getProgram(GetProgramRequest.newBuilder().setProgramId(created.getId()).build()).getProgram();

        assertEquals(created, read);
        assertEquals("Coffee Club", read.getName());
        assertEquals("EUR", read.getCurrencyCode());
        assertEquals("Europe/Amsterdam", read.getTimeZone());
        assertEquals("1.5", read.getPointsPerCurrencyUnit());
        assertTrue(read.getCreatedAt().getSeconds() > 0);
    }

    @Test
    void aProgramWithInvalidTermsIsRefusedNamingEveryFieldAndNothingIsStored() {
        long before = programs.count();

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> loyalty.createProgram(CreateProgramRequest.newBuilder()
                        .setName("")
                        .setCurrencyCode("EURO")
                        .setTimeZone("+01:00")
                        .setPointsPerCurrencyUnit("-1")
                        .build()));

        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(Map.of(
                "name", "is required",
                "currency_code", "is not an ISO 4217 currency code such as \"EUR\"",
                "time_zone", "is not an IANA time zone such as \"Europe/Amsterdam\"",
                "points_per_currency_unit", "must be more than 0 and at most 10000"), fieldViolations(refused));
        assertEquals(before, programs.count());
    }

    @Test
    void anUnknownProgramIsNotFound() {
        String id = UUID.randomUUID().toString();

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> loyalty.getProgram(GetProgramRequest.newBuilder().setProgramId(id).build()));

        assertEquals(Status.Code.NOT_FOUND, refused.getStatus().getCode());
        assertEquals("program " + id + " does not exist", refused.getStatus().getDescription());
    }

    @Test
    void aMalformedProgramIdIsAnInvalidArgument() {
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> loyalty.getProgram(GetProgramRequest.newBuilder().setProgramId("42").build()));

        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(Map.of("program_id", "is not an id (a UUID)"), fieldViolations(refused));
    }

    static Map<String, String> fieldViolations(StatusRuntimeException e) {
        try {
            com.google.rpc.Status status = StatusProto.fromThrowable(e);
            BadRequest badRequest = status.getDetails(0).unpack(BadRequest.class);
            return badRequest.getFieldViolationsList().stream()
                    .collect(Collectors.toMap(BadRequest.FieldViolation::getField,
                            BadRequest.FieldViolation::getDescription));
        } catch (com.google.protobuf.InvalidProtocolBufferException ex) {
            throw new AssertionError(ex);
        }
    }
}
