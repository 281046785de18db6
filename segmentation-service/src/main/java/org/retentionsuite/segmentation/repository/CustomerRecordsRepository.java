package org.retentionsuite.segmentation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.retentionsuite.segmentation.domain.CustomerExport.LevelChange;
import org.retentionsuite.segmentation.domain.CustomerExport.RunRecord;
import org.retentionsuite.segmentation.domain.CustomerExport.ScoreRecord;
import org.retentionsuite.segmentation.domain.churn.ChurnIndicator;
import org.retentionsuite.segmentation.domain.churn.ChurnReason;
import org.retentionsuite.segmentation.domain.churn.ChurnRisk;
import org.retentionsuite.segmentation.domain.churn.ChurnRiskLevel;
import org.retentionsuite.segmentation.domain.rfm.RfmSegment;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A customer's stored churn risk, level changes, playbook runs and scores, read for an export. */
@ApplicationScoped
public class CustomerRecordsRepository {

    private final EntityManager entityManager;

    public CustomerRecordsRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<ChurnRisk> storedChurnRisk(String customerId) {
        List<ChurnRisk> risks = rows("SELECT * FROM churn_risk WHERE customer_id = ?", customerId, row -> new ChurnRisk(
                customerId, row.getObject("as_of", LocalDate.class), row.getDouble("score"),
                ChurnRiskLevel.valueOf(row.getString("level")), reasons(customerId),
                row.getObject("fit_id", UUID.class), (Double) row.getObject("probability_alive")));
        return risks.stream().findFirst();
    }

    public List<LevelChange> levelChanges(String customerId) {
        return rows("SELECT * FROM churn_level_change WHERE customer_id = ? ORDER BY id", customerId, row -> new LevelChange(
                row.getString("from_level") == null ? null : ChurnRiskLevel.valueOf(row.getString("from_level")),
                ChurnRiskLevel.valueOf(row.getString("to_level")), row.getDouble("score"),
                row.getObject("as_of", LocalDate.class), row.getObject("changed_at", OffsetDateTime.class).toInstant()));
    }

    public List<RunRecord> playbookRuns(String customerId) {
        return rows("""
                SELECT r.id, r.playbook_id, p.name, r.arm, r.triggered_at, a.message
                FROM playbook_run r JOIN playbook p ON p.id = r.playbook_id LEFT JOIN playbook_alert a ON a.run_id = r.id
                WHERE r.customer_id = ? ORDER BY r.triggered_at, r.id""", customerId, row -> new RunRecord(
                row.getObject("id", UUID.class), row.getObject("playbook_id", UUID.class), row.getString("name"),
                row.getString("arm"), row.getObject("triggered_at", OffsetDateTime.class).toInstant(),
                row.getString("message")));
    }

    public Optional<ScoreRecord> score(String customerId) {
        return rows("SELECT * FROM customer_score WHERE customer_id = ?", customerId, row -> {
            long clv = row.getLong("predicted_clv_minor");
            Long predicted = row.wasNull() ? null : clv;
            return new ScoreRecord(row.getInt("recency_score"), row.getInt("frequency_score"), row.getInt("monetary_score"),
                    RfmSegment.valueOf(row.getString("rfm_segment")), predicted, row.getObject("fit_id", UUID.class),
                    row.getObject("as_of", LocalDate.class));
        }).stream().findFirst();
    }

    private List<ChurnReason> reasons(String customerId) {
        return rows("""
                SELECT x.indicator, x.value, x.baseline, x.description
                FROM churn_risk r, jsonb_to_recordset(r.reasons) AS x (indicator text, value float8, baseline float8, description text)
                WHERE r.customer_id = ?""", customerId, row -> new ChurnReason(ChurnIndicator.valueOf(row.getString(1)),
                row.getDouble(2), row.getDouble(3), row.getString(4)));
    }

    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private <T> List<T> rows(String sql, String customerId, RowReader<T> reader) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setString(1, customerId);
                try (ResultSet row = query.executeQuery()) {
                    List<T> found = new ArrayList<>();
                    while (row.next()) {
                        found.add(reader.read(row));
                    }
                    return found;
                }
            }
        });
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
