package org.retentionsuite.segmentation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.retentionsuite.segmentation.domain.playbook.Playbook;
import org.retentionsuite.segmentation.domain.playbook.PlaybookAction;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Playbooks, one row each. */
@ApplicationScoped
public class PlaybookRepository {

    private final EntityManager entityManager;

    public PlaybookRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** False when the name is taken (nothing stored). */
    public boolean insert(Playbook playbook) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO playbook (id, name, segment_id, churn_risk_level, action_kind, program_id, points,
                        survey_purpose, alert_message, cooldown_days, control_share, churn_window_days, created_at, reward_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING""")) {
                PlaybookAction action = playbook.action();
                List<Object> values = Arrays.asList(playbook.id(), playbook.name(), playbook.segmentId(),
                        name(playbook.riskLevel()), action.kind().name(), action.programId(), action.points(),
                        name(action.surveyPurpose()), action.alertMessage(), playbook.cooldownDays(),
                        playbook.controlShare(), playbook.churnWindowDays(), playbook.createdAt(), action.rewardId());
                for (int i = 0; i < values.size(); i++) {
                    if (values.get(i) == null) {
                        // segment_id and reward_id are uuid columns
                        insert.setNull(i + 1, i == 2 || i == 13 ? Types.OTHER : Types.VARCHAR);
                    } else {
                        SqlParameters.bind(insert, i + 1, List.of(values.get(i)));
                    }
                }
                return insert.executeUpdate() == 1;
            }
        });
    }

    public Optional<Playbook> find(UUID id) {
        return query("SELECT * FROM playbook WHERE id = ?", List.of(id)).stream().findFirst();
    }

    public List<Playbook> forSegment(UUID segmentId) {
        return query("SELECT * FROM playbook WHERE segment_id = ? ORDER BY created_at, id", List.of(segmentId));
    }

    public List<Playbook> forRiskLevel(Playbook.RiskLevel level) {
        return query("SELECT * FROM playbook WHERE churn_risk_level = ? ORDER BY created_at, id", List.of(level.name()));
    }

    /** Oldest first, after the playbook created at {@code afterCreated} with {@code afterId} (both null: from the start). */
    public List<Playbook> page(Instant afterCreated, UUID afterId, int limit) {
        if (afterCreated == null) {
            return query("SELECT * FROM playbook ORDER BY created_at, id LIMIT ?", List.of(limit));
        }
        return query("SELECT * FROM playbook WHERE (created_at, id) > (?, ?) ORDER BY created_at, id LIMIT ?",
                List.of(afterCreated, afterId, limit));
    }

    private List<Playbook> query(String sql, List<Object> parameters) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                SqlParameters.bind(query, 1, parameters);
                try (ResultSet row = query.executeQuery()) {
                    List<Playbook> playbooks = new ArrayList<>();
                    while (row.next()) {
                        playbooks.add(playbook(row));
                    }
                    return playbooks;
                }
            }
        });
    }

    private static Playbook playbook(ResultSet row) throws SQLException {
        String level = row.getString("churn_risk_level");
        String purpose = row.getString("survey_purpose");
        PlaybookAction action = new PlaybookAction(PlaybookAction.Kind.valueOf(row.getString("action_kind")),
                row.getString("program_id"), row.getLong("points"),
                purpose == null ? null : PlaybookAction.SurveyPurpose.valueOf(purpose), row.getString("alert_message"),
                row.getObject("reward_id", UUID.class));
        return new Playbook(row.getObject("id", UUID.class), row.getString("name"), row.getObject("segment_id", UUID.class),
                level == null ? null : Playbook.RiskLevel.valueOf(level), action, row.getInt("cooldown_days"),
                row.getDouble("control_share"), row.getInt("churn_window_days"),
                row.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
