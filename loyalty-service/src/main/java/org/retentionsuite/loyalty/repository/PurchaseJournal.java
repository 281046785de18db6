package org.retentionsuite.loyalty.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.loyalty.domain.AlreadyExistsException;
import org.retentionsuite.loyalty.domain.Balance;
import org.retentionsuite.loyalty.domain.Earning;
import org.retentionsuite.loyalty.domain.LedgerEntry;
import org.retentionsuite.loyalty.domain.MemberStatus;
import org.retentionsuite.loyalty.domain.PointsLot;
import org.retentionsuite.loyalty.domain.Purchase;
import org.retentionsuite.loyalty.domain.TierBasis;
import org.retentionsuite.loyalty.domain.TierChange;
import org.retentionsuite.loyalty.domain.TierWindow;
import org.retentionsuite.loyalty.outbox.OutboxEvent;
import org.retentionsuite.loyalty.repository.IdempotencyRepository.StoredKey;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A purchase's trip to the database on one plain JDBC transaction, in two round trips, the commit
 * included (was: about 11 statements and a commit through Hibernate and a JTA transaction).
 *
 * <p>The first round trip sends four statements at once, each run after the one before, so each sees
 * what committed before it started (READ COMMITTED): the idempotency key's advisory lock, the answer
 * stored under the key, the member's row lock with its balance, and then, with the lock held, what
 * the purchase needs to know of the member's history (lots due for settlement, the order recorded
 * already, a referred member's first purchase, the tier window's value so far). The second is one
 * statement whose common table expressions write the lot, the EARN entry, the purchase, the
 * balance snapshot (and tier), the tier change, the outbox event and the key's answer, followed by
 * the COMMIT in the same round trip.
 */
@ApplicationScoped
public class PurchaseJournal {

    private static final String OPENING = """
            SELECT pg_try_advisory_xact_lock(hashtextextended(? || chr(31) || ?, 0));
            SELECT request_hash, status, claimed_at, response, error_kind, error_message
              FROM idempotency_key WHERE scope = ? AND key = ?;
            SELECT id, customer_id, status, tier_id, referred_by, active_points, pending_points, reserved_points,
                   lifetime_earned, lifetime_spent, expired_points, points_debt
              FROM member WHERE program_id = ? AND customer_id = ? FOR NO KEY UPDATE;
            SELECT EXISTS (SELECT 1 FROM points_lot l WHERE l.member_id = m.id
                             AND ((l.status = 'PENDING' AND l.activates_at <= ?)
                               OR (l.status = 'ACTIVE' AND l.remaining > 0 AND l.expires_at <= ?))),
                   EXISTS (SELECT 1 FROM purchase p WHERE p.program_id = ? AND p.order_id = ?),
                   m.referred_by IS NOT NULL AND NOT EXISTS (SELECT 1 FROM purchase p WHERE p.member_id = m.id)""";
    private static final String QUALIFYING_SO_FAR = """
            ,
                   (SELECT coalesce(sum(%s), 0) FROM purchase p
                     WHERE p.member_id = m.id AND p.occurred_at >= ? AND p.occurred_at < ?)""";
    private static final String OPENING_MEMBER = " FROM member m WHERE m.program_id = ? AND m.customer_id = ?";

    private final DataSource dataSource;

    public PurchaseJournal(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The member as locked for a purchase. */
    public record LockedMember(UUID id, String customerId, MemberStatus status, UUID tierId, UUID referredBy,
            Balance balance) {
    }

    /**
     * What the first round trip found: whether this transaction holds the key's lock, what is stored
     * under the key, and the locked member (null when there is none) with its history.
     */
    public record Opening(boolean keyLocked, Optional<StoredKey> storedKey, LockedMember member, boolean lotsDue,
            boolean orderRecorded, boolean firstPurchaseOfAReferral, long qualifyingSoFar) {
    }

    /** Everything a purchase writes: {@code earning} null when it earned nothing, {@code tierChange} null without a move. */
    public record Booking(String scope, String key, byte[] requestHash, byte[] answer, LockedMember member,
            Balance balanceAfter, Purchase purchase, Earning earning, TierChange tierChange, OutboxEvent event) {
    }

    /** Starts a transaction on a connection of its own; close it to roll back what was not committed. */
    public Transaction begin() {
        try {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            return new Transaction(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("no database connection for a purchase", e);
        }
    }

    /** One purchase's transaction. */
    public static final class Transaction implements AutoCloseable {

        private final Connection connection;
        private boolean ended;

        private Transaction(Connection connection) {
            this.connection = connection;
        }

        /**
         * Takes the key's lock and the member's, and reads what the purchase needs. {@code window} and
         * {@code basis} are the programme's tier window and basis, both null without a ladder.
         */
        public Opening open(String scope, String key, UUID programId, String customerId, String orderId,
                java.time.Instant now, TierWindow window, TierBasis basis) {
            String sql = OPENING + (window == null ? "" : QUALIFYING_SO_FAR.formatted(QualificationRepository.measure(basis)))
                    + OPENING_MEMBER;
            Parameters parameters = new Parameters().add(scope, key, scope, key, programId, customerId)
                    .add(now, now, programId, orderId);
            if (window != null) {
                parameters.add(window.from(), window.until());
            }
            parameters.add(programId, customerId);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                parameters.bind(statement);
                statement.execute();
                boolean locked;
                try (ResultSet rows = statement.getResultSet()) {
                    rows.next();
                    locked = rows.getBoolean(1);
                }
                statement.getMoreResults();
                Optional<StoredKey> stored;
                try (ResultSet rows = statement.getResultSet()) {
                    stored = rows.next() ? Optional.of(new StoredKey(rows.getBytes(1), rows.getString(2),
                            Parameters.instant(rows, 3), rows.getBytes(4), rows.getString(5), rows.getString(6)))
                            : Optional.empty();
                }
                statement.getMoreResults();
                LockedMember member = null;
                try (ResultSet rows = statement.getResultSet()) {
                    if (rows.next()) {
                        member = new LockedMember(rows.getObject(1, UUID.class), rows.getString(2),
                                MemberStatus.valueOf(rows.getString(3)), rows.getObject(4, UUID.class),
                                rows.getObject(5, UUID.class), new Balance(rows.getLong(6), rows.getLong(7),
                                        rows.getLong(8), rows.getLong(9), rows.getLong(10), rows.getLong(11),
                                        rows.getLong(12)));
                    }
                }
                statement.getMoreResults();
                try (ResultSet rows = statement.getResultSet()) {
                    if (!rows.next()) {
                        return new Opening(locked, stored, null, false, false, false, 0);
                    }
                    return new Opening(locked, stored, member, rows.getBoolean(1), rows.getBoolean(2),
                            rows.getBoolean(3), window == null ? 0 : rows.getLong(4));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("reading member " + customerId + " for a purchase failed", e);
            }
        }

        /** Writes the purchase and everything it changes in one statement, and commits. */
        public void bookAndCommit(Booking booking) {
            StringBuilder sql = new StringBuilder("WITH ");
            Parameters parameters = new Parameters();
            if (booking.earning() != null) {
                PointsLot lot = booking.earning().lot();
                LedgerEntry entry = booking.earning().entry();
                sql.append("""
                        lot AS (INSERT INTO points_lot (id, member_id, points, remaining, status, earned_at, activates_at,
                                expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)),
                        entry AS (INSERT INTO ledger_entry (member_id, kind, active_delta, pending_delta, reserved_delta,
                                debt_delta, reference, description, occurred_at, recorded_at)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)),
                        """);
                parameters.add(lot.id(), lot.memberId(), lot.points(), lot.remaining(), lot.status().name(),
                        lot.earnedAt(), lot.activatesAt(), lot.expiresAt());
                parameters.add(entry.memberId(), entry.kind().name(), entry.activeDelta(), entry.pendingDelta(),
                        entry.reservedDelta(), entry.debtDelta(), entry.reference(), entry.description(),
                        entry.occurredAt(), entry.recordedAt());
            }
            Purchase purchase = booking.purchase();
            sql.append("""
                    bought AS (INSERT INTO purchase (id, program_id, member_id, order_id, currency_code, amount_minor,
                            program_amount_minor, points, lot_id, returned_minor, points_reversed, occurred_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?)),
                    """);
            parameters.add(purchase.id(), purchase.programId(), purchase.memberId(), purchase.orderId(),
                    purchase.currencyCode(), purchase.amountMinor(), purchase.programAmountMinor(), purchase.points(),
                    purchase.lotId(), purchase.occurredAt());
            Balance balance = booking.balanceAfter();
            sql.append("""
                    balance AS (UPDATE member SET active_points = ?, pending_points = ?, reserved_points = ?,
                            points_debt = ?, lifetime_earned = ?, lifetime_spent = ?, expired_points = ?""");
            parameters.add(balance.active(), balance.pending(), balance.reserved(), balance.debt(),
                    balance.lifetimeEarned(), balance.lifetimeSpent(), balance.expired());
            TierChange change = booking.tierChange();
            if (change != null) {
                sql.append(", tier_id = ?, tier_since = ?");
                parameters.add(change.toTier(), change.changedAt());
            }
            sql.append(" WHERE id = ?),\n");
            parameters.add(booking.member().id());
            if (change != null) {
                sql.append("""
                        moved AS (INSERT INTO tier_change (id, member_id, from_tier, to_tier, reason, changed_at)
                                VALUES (?, ?, ?, ?, ?, ?)),
                        """);
                parameters.add(change.id(), change.memberId(), change.fromTier(), change.toTier(), change.reason(),
                        change.changedAt());
            }
            OutboxEvent event = booking.event();
            sql.append("""
                    activity AS (INSERT INTO outbox_event (id, destination, event_key, payload, created_at, attempts,
                            next_attempt_at) VALUES (?, ?, ?, ?, ?, 0, ?))
                    INSERT INTO idempotency_key (scope, key, request_hash, status, claimed_at, response, completed_at)
                    VALUES (?, ?, ?, 'DONE', ?, ?, ?)
                    ON CONFLICT (scope, key) DO UPDATE SET status = 'DONE', claimed_at = excluded.claimed_at,
                        response = excluded.response, completed_at = excluded.completed_at""");
            parameters.add(event.id(), event.destination(), event.eventKey(), event.payload(), event.createdAt(),
                    event.nextAttemptAt());
            parameters.add(booking.scope(), booking.key(), booking.requestHash(), event.createdAt(), booking.answer(),
                    event.createdAt());
            // The commit travels with the writes: one round trip less. Should the writes fail, the
            // server skips the COMMIT, and the failed transaction is rolled back on close.
            sql.append(";\nCOMMIT");
            try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                parameters.bind(statement);
                statement.execute();
                ended = true;
            } catch (SQLException e) {
                if ("23505".equals(e.getSQLState())) {
                    throw new AlreadyExistsException("order " + purchase.orderId() + " was recorded already in program "
                            + purchase.programId());
                }
                throw new IllegalStateException("writing purchase " + purchase.orderId() + " failed", e);
            }
        }

        public void rollback() {
            if (ended) {
                return;
            }
            ended = true;
            try {
                connection.rollback();
            } catch (SQLException e) {
                throw new IllegalStateException("rolling back a purchase failed", e);
            }
        }

        @Override
        public void close() {
            try {
                rollback();
            } finally {
                try {
                    connection.close();
                } catch (SQLException e) {
                    throw new IllegalStateException("returning a connection failed", e);
                }
            }
        }
    }

    /** Statement parameters in order; instants travel as timestamptz. */
    static final class Parameters {

        private final List<Object> values = new ArrayList<>();

        Parameters add(Object... more) {
            for (Object value : more) {
                values.add(value);
            }
            return this;
        }

        void bind(PreparedStatement statement) throws SQLException {
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                if (value == null) {
                    statement.setNull(i + 1, java.sql.Types.OTHER);
                } else {
                    statement.setObject(i + 1, NativeRows.jdbcValue(value));
                }
            }
        }

        static java.time.Instant instant(ResultSet rows, int column) throws SQLException {
            java.time.OffsetDateTime value = rows.getObject(column, java.time.OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }
    }
}
