package org.retentionsuite.loyalty;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.retentionsuite.proto.loyalty.v1.Balance;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Recomputes a member's balance three ways: from the ledger entries, from the lots and open
 * reservations, and from the snapshot in the member row. All three must agree, with the balance
 * the API reported; the lifetime counters (earned, spent, expired) are recomputed from the entries too.
 */
@ApplicationScoped
public class LedgerInvariant {

    private final EntityManager entityManager;

    public LedgerInvariant(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void assertConsistent(String programId, String customerId, Balance reported) {
        QuarkusTransaction.requiringNew().run(() -> {
            UUID memberId = (UUID) entityManager.createNativeQuery(
                            "SELECT id FROM member WHERE program_id = ?1 AND customer_id = ?2", UUID.class)
                    .setParameter(1, UUID.fromString(programId)).setParameter(2, customerId).getSingleResult();
            Object[] fromEntries = (Object[]) entityManager.createNativeQuery("""
                            SELECT coalesce(sum(active_delta), 0), coalesce(sum(pending_delta), 0),
                                   coalesce(sum(reserved_delta), 0), coalesce(sum(debt_delta), 0)
                            FROM ledger_entry WHERE member_id = ?1""")
                    .setParameter(1, memberId).getSingleResult();
            Object[] fromLots = (Object[]) entityManager.createNativeQuery("""
                            SELECT coalesce(sum(remaining) FILTER (WHERE status = 'ACTIVE'), 0),
                                   coalesce(sum(remaining) FILTER (WHERE status = 'PENDING'), 0),
                                   (SELECT coalesce(sum(points), 0) FROM redemption WHERE member_id = ?1 AND status = 'RESERVED')
                            FROM points_lot WHERE member_id = ?1""")
                    .setParameter(1, memberId).getSingleResult();
            Object[] snapshot = (Object[]) entityManager.createNativeQuery("""
                            SELECT active_points, pending_points, reserved_points, points_debt FROM member WHERE id = ?1""")
                    .setParameter(1, memberId).getSingleResult();
            // Lifetime counters: earned by EARN entries (net of a debt they paid), spent by SPEND, expired by EXPIRE.
            Object[] lifetimeFromEntries = (Object[]) entityManager.createNativeQuery("""
                            SELECT coalesce(sum(active_delta + pending_delta - debt_delta) FILTER (WHERE kind = 'EARN'), 0),
                                   coalesce(-sum(active_delta + reserved_delta) FILTER (WHERE kind = 'SPEND'), 0),
                                   coalesce(-sum(active_delta) FILTER (WHERE kind = 'EXPIRE'), 0)
                            FROM ledger_entry WHERE member_id = ?1""")
                    .setParameter(1, memberId).getSingleResult();
            Object[] lifetimeSnapshot = (Object[]) entityManager.createNativeQuery("""
                            SELECT lifetime_earned, lifetime_spent, expired_points FROM member WHERE id = ?1""")
                    .setParameter(1, memberId).getSingleResult();

            long[] expected = {reported.getActive(), reported.getPending(), reported.getReserved(), reported.getDebt()};
            assertEquals(list(expected), list(numbers(fromEntries)), "the entries' deltas");
            assertEquals(list(expected), list(numbers(snapshot)), "the member's snapshot");
            assertEquals(list(new long[] {expected[0], expected[1], expected[2]}), list(numbers(fromLots)), "the lots");
            long[] lifetime = {reported.getLifetimeEarned(), reported.getLifetimeSpent(), reported.getExpired()};
            assertEquals(list(lifetime), list(numbers(lifetimeFromEntries)), "the lifetime counters from the entries");
            assertEquals(list(lifetime), list(numbers(lifetimeSnapshot)), "the member's lifetime counters");
        });
    }

    private static long[] numbers(Object[] row) {
        long[] values = new long[row.length];
        for (int i = 0; i < row.length; i++) {
            values[i] = ((Number) row[i]).longValue();
        }
        return values;
    }

    private static java.util.List<Long> list(long[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }
}
