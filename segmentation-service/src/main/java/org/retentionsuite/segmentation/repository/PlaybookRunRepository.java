package org.retentionsuite.segmentation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.retentionsuite.segmentation.domain.playbook.PlaybookAlert;
import org.retentionsuite.segmentation.domain.playbook.PlaybookReport;
import org.retentionsuite.segmentation.domain.playbook.PlaybookRun;
import org.retentionsuite.segmentation.domain.playbook.TwoProportionTest;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Runs of playbooks, their cool-downs, alerts, and the churn of treated and control customers. */
@ApplicationScoped
public class PlaybookRunRepository {

    /*
     * One upsert decides who is due: a customer without a run, or whose last run is at least the
     * cool-down ago. The row lock of the upsert makes two concurrent triggers for one customer
     * produce one run. Customers in id order, so concurrent triggers cannot deadlock.
     */
    private static final String CLAIM_DUE = """
            INSERT INTO playbook_cooldown (playbook_id, customer_id, last_run_at)
            SELECT ?, customer_id, ? FROM (SELECT DISTINCT unnest(?::text[]) AS customer_id) c ORDER BY customer_id
            ON CONFLICT (playbook_id, customer_id) DO UPDATE SET last_run_at = EXCLUDED.last_run_at
            WHERE playbook_cooldown.last_run_at <= EXCLUDED.last_run_at - make_interval(days => ?)
            RETURNING customer_id
            """;

    /** Runs whose churn window has ended, by arm: how many, and how many made no purchase within it. */
    private static final String CHURN = """
            SELECT r.arm,
                   count(*) FILTER (WHERE r.triggered_at + make_interval(days => ?) <= ?) AS measured,
                   count(*) FILTER (WHERE r.triggered_at + make_interval(days => ?) <= ? AND NOT EXISTS (
                       SELECT 1 FROM activity a WHERE a.customer_id = r.customer_id AND a.type = 'PURCHASE'
                         AND a.occurred_at > r.triggered_at
                         AND a.occurred_at <= r.triggered_at + make_interval(days => ?))) AS churned,
                   count(*) FILTER (WHERE r.triggered_at + make_interval(days => ?) > ?) AS pending
            FROM playbook_run r WHERE r.playbook_id = ? GROUP BY r.arm
            """;

    private final EntityManager entityManager;

    public PlaybookRunRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The customers for whom the playbook is due now; their cool-down starts at {@code now}. */
    public List<String> claimDue(UUID playbookId, List<String> customerIds, int cooldownDays, Instant now) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(CLAIM_DUE)) {
                SqlParameters.bind(upsert, 1, List.of(playbookId, now, customerIds.toArray(String[]::new), cooldownDays));
                try (ResultSet row = upsert.executeQuery()) {
                    List<String> due = new ArrayList<>();
                    while (row.next()) {
                        due.add(row.getString(1));
                    }
                    return due;
                }
            }
        });
    }

    public void insertRuns(List<PlaybookRun> runs) {
        session().doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO playbook_run (id, playbook_id, customer_id, arm, triggered_at) VALUES (?, ?, ?, ?, ?)")) {
                for (PlaybookRun run : runs) {
                    SqlParameters.bind(insert, 1, List.of(run.id(), run.playbookId(), run.customerId(), run.arm().name(),
                            run.triggeredAt()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    public void insertAlert(PlaybookAlert alert, UUID runId) {
        session().doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO playbook_alert (id, playbook_id, run_id, customer_id, message, raised_at)
                    VALUES (?, ?, ?, ?, ?, ?)""")) {
                SqlParameters.bind(insert, 1, List.of(alert.id(), alert.playbookId(), runId, alert.customerId(),
                        alert.message(), alert.raisedAt()));
                insert.executeUpdate();
            }
        });
    }

    /** Newest first, after the alert at {@code afterRaised} with {@code afterId} (both null: from the newest). */
    public List<PlaybookAlert> alerts(UUID playbookId, Instant afterRaised, UUID afterId, int limit) {
        String sql = "SELECT id, playbook_id, customer_id, message, raised_at FROM playbook_alert WHERE playbook_id = ?"
                + (afterRaised == null ? "" : " AND (raised_at, id) < (?, ?)") + " ORDER BY raised_at DESC, id DESC LIMIT ?";
        List<Object> parameters = afterRaised == null ? List.of(playbookId, limit)
                : List.of(playbookId, afterRaised, afterId, limit);
        return session().doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                SqlParameters.bind(query, 1, parameters);
                try (ResultSet row = query.executeQuery()) {
                    List<PlaybookAlert> alerts = new ArrayList<>();
                    while (row.next()) {
                        alerts.add(new PlaybookAlert(row.getObject("id", UUID.class), row.getObject("playbook_id", UUID.class),
                                row.getString("customer_id"), row.getString("message"),
                                row.getObject("raised_at", OffsetDateTime.class).toInstant()));
                    }
                    return alerts;
                }
            }
        });
    }

    /** The churn test of the runs whose window ended by {@code now}, and how many runs are still pending. */
    public PlaybookReport churn(UUID playbookId, int windowDays, Instant now) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(CHURN)) {
                SqlParameters.bind(query, 1, List.of(windowDays, now, windowDays, now, windowDays, windowDays, now, playbookId));
                int treated = 0;
                int treatedChurned = 0;
                int control = 0;
                int controlChurned = 0;
                int pending = 0;
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        pending += row.getInt("pending");
                        if (row.getString("arm").equals(PlaybookRun.Arm.TREATED.name())) {
                            treated = row.getInt("measured");
                            treatedChurned = row.getInt("churned");
                        } else {
                            control = row.getInt("measured");
                            controlChurned = row.getInt("churned");
                        }
                    }
                }
                return new PlaybookReport(playbookId, windowDays,
                        new TwoProportionTest(treated, treatedChurned, control, controlChurned), pending);
            }
        });
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
