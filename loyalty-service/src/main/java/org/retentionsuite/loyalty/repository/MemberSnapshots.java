package org.retentionsuite.loyalty.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.loyalty.domain.Balance;
import org.retentionsuite.loyalty.domain.Member;
import org.retentionsuite.loyalty.domain.MemberStatus;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A member as committed right now, with its referrer's customer id: one statement over plain JDBC,
 * outside any transaction (the balance read of GetMember, without Hibernate's session and flush).
 */
@ApplicationScoped
public class MemberSnapshots {

    private static final String BY_CUSTOMER = """
            SELECT m.id, m.customer_id, m.status, m.enrolled_at, m.active_points, m.pending_points, m.reserved_points,
                   m.lifetime_earned, m.lifetime_spent, m.expired_points, m.points_debt, m.email, m.locale, m.name,
                   m.country, m.birthday, m.marketing_consent, m.referral_code, m.status_reason, m.tier_id,
                   m.tier_since, m.referred_by, r.customer_id
              FROM member m LEFT JOIN member r ON r.id = m.referred_by
             WHERE m.program_id = ? AND m.customer_id = ?""";

    private final DataSource dataSource;

    public MemberSnapshots(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A member and the customer id of its referrer (null when none). */
    public record Snapshot(Member member, String referrerCustomerId) {
    }

    public Optional<Snapshot> byCustomer(UUID programId, String customerId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(BY_CUSTOMER)) {
            statement.setObject(1, programId);
            statement.setString(2, customerId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                Balance balance = new Balance(rows.getLong(5), rows.getLong(6), rows.getLong(7), rows.getLong(8),
                        rows.getLong(9), rows.getLong(10), rows.getLong(11));
                Member.Profile profile = new Member.Profile(rows.getString(12), rows.getString(13), rows.getString(14),
                        rows.getString(15), rows.getObject(16, LocalDate.class), rows.getBoolean(17), rows.getString(18),
                        rows.getString(19));
                Member member = Member.stored(rows.getObject(1, UUID.class), programId, rows.getString(2),
                        MemberStatus.valueOf(rows.getString(3)), PurchaseJournal.Parameters.instant(rows, 4), balance,
                        profile, rows.getObject(20, UUID.class), PurchaseJournal.Parameters.instant(rows, 21),
                        rows.getObject(22, UUID.class));
                return Optional.of(new Snapshot(member, rows.getString(23)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading member " + customerId + " failed", e);
        }
    }
}
