package org.retentionsuite.loyalty.grpc;

import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.retentionsuite.proto.loyalty.v1.CreateProgramRequest;
import org.retentionsuite.proto.loyalty.v1.LoyaltyServiceGrpc.LoyaltyServiceBlockingStub;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.newMember;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.newProgram;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.purchase;

/**
 * A programme's rules changed by another replica (here: by SQL) are earned under once the rulebook in
 * memory has aged out: until then purchases earn under the previous rules; when it has, the calls that
 * arrive together earn under either (one of them reads the new rules, the others may go on with the
 * previous ones meanwhile), and every call after them under the new.
 */
@QuarkusTest
@TestProfile(RulebookRefreshOverGrpcTest.ShortLivedRulebooks.class)
class RulebookRefreshOverGrpcTest {

    private static final long TTL_MILLIS = 3_000;

    public static class ShortLivedRulebooks implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("retention.loyalty.cache.program-ttl", TTL_MILLIS + "ms");
        }
    }

    @GrpcClient("loyalty")
    LoyaltyServiceBlockingStub loyalty;

    @Inject
    DataSource dataSource;

    @Test
    void rulesChangedElsewhereAreEarnedUnderOnceTheRulebookAgedOut() throws Exception {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        String customer = newMember(loyalty, program);
        assertEquals(10, loyalty.recordPurchase(purchase(program, customer, "O-1", 10_00)).getPointsEarned());

        setPointsPerCurrencyUnit(program, 3);
        assertEquals(10, loyalty.recordPurchase(purchase(program, customer, "O-2", 10_00)).getPointsEarned());

        Thread.sleep(TTL_MILLIS + 200);
        ExecutorService callers = Executors.newFixedThreadPool(8);
        List<Future<Long>> together = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                String order = "T-" + i;
                together.add(callers.submit(() -> loyalty.recordPurchase(purchase(program, customer, order, 10_00))
                        .getPointsEarned()));
            }
            int underTheNewRules = 0;
            for (Future<Long> earned : together) {
                long points = earned.get();
                assertTrue(points == 10 || points == 30, "earned " + points);
                underTheNewRules += points == 30 ? 1 : 0;
            }
            assertTrue(underTheNewRules >= 1, "the call that read the rules afresh earns under them");
        } finally {
            callers.shutdownNow();
        }
        assertEquals(30, loyalty.recordPurchase(purchase(program, customer, "O-3", 10_00)).getPointsEarned());
    }

    private void setPointsPerCurrencyUnit(String program, int points) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE program SET points_per_currency_unit = ? WHERE id = ?")) {
            update.setInt(1, points);
            update.setObject(2, UUID.fromString(program));
            assertEquals(1, update.executeUpdate());
        }
    }
}
