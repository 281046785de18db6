package org.retentionsuite.segmentation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;

/** A customer's rows across this service's tables, re-keyed for an erasure. */
@ApplicationScoped
public class PrivacyRepository {

    /** Tables keyed by customer and something else: rows move to the anonymous id unless it has one already. */
    private static final String[][] KEYED = {
            {"segment_member", "segment_id, entered_at"},
            {"playbook_cooldown", "playbook_id, last_run_at"},
            {"customer_rfm", "snapshot_id, recency_days, frequency, monetary_minor, r, f, m, first_purchase_day, purchase_days,"
                    + " spend_minor, first_day_spend_minor"},
            {"customer", "country, language, signed_up_on, acquisition_channel, acquisition_cost_minor, currency_code,"
                    + " referred_by, updated_at"},
            {"churn_risk", "score, level, reasons, probability_alive, fit_id, as_of, scored_at"}};
    /** Tables where the customer id is a plain column. */
    private static final String[] PLAIN = {"segment_membership_change", "playbook_run", "playbook_alert",
            "churn_level_change"};

    private final EntityManager entityManager;

    public PrivacyRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Replaces the customer id by the anonymous one everywhere; returns the activity rows changed. */
    public int replaceCustomerId(String customerId, String anonymousId) {
        // The actions' payloads name the customer; they are keyed by run, so they go while the runs still name them.
        update("""
                DELETE FROM outbox_event e USING playbook_run r
                WHERE r.customer_id = ? AND e.event_key = 'segmentation:playbook-run:' || r.id""", customerId);
        // Derived from activity, recomputed by the next full pass.
        update("DELETE FROM customer_score WHERE customer_id = ?", customerId);
        update("UPDATE customer SET referred_by = ? WHERE referred_by = ?", anonymousId, customerId);
        // An event is unique per customer: one the anonymous customer holds already (forgotten before, then sent
        // again under the customer's id, a retry) is the same event, and goes instead of being recorded twice.
        int activities = update("""
                DELETE FROM activity a WHERE a.customer_id = ? AND EXISTS (
                    SELECT 1 FROM activity f WHERE f.customer_id = ? AND f.event_key = a.event_key)""",
                customerId, anonymousId)
                + update("UPDATE activity SET customer_id = ? WHERE customer_id = ?", anonymousId, customerId);
        for (String[] table : KEYED) {
            update("INSERT INTO " + table[0] + " (customer_id, " + table[1] + ") SELECT ?, " + table[1] + " FROM "
                    + table[0] + " WHERE customer_id = ? ON CONFLICT DO NOTHING", anonymousId, customerId);
            update("DELETE FROM " + table[0] + " WHERE customer_id = ?", customerId);
        }
        for (String table : PLAIN) {
            update("UPDATE " + table + " SET customer_id = ? WHERE customer_id = ?", anonymousId, customerId);
        }
        return activities;
    }

    private int update(String sql, String... parameters) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setString(i + 1, parameters[i]);
                }
                return statement.executeUpdate();
            }
        });
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
