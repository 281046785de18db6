package org.retentionsuite.feedback.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.retentionsuite.feedback.domain.MetricsDimension;
import org.retentionsuite.feedback.domain.ScoreBands;
import org.retentionsuite.feedback.domain.ScoreTally;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Counts of completed responses per score by UTC day and hour (in total, per language and country,
 * per invitation attribute) and of invitations per hour. A range reads its whole days and hours from
 * the rollups and only its partial hours from the responses ({@link RollupTiers}), so the answer is
 * exact for any range and stays a few thousand rows at a million responses.
 */
@ApplicationScoped
public class RollupRepository {

    /** Columns of a tally over rows (g, score, n): n, positive, negative, sum of scores. */
    static final String TALLY_COLUMNS = """
            sum(n), sum(n) FILTER (WHERE score BETWEEN :positiveFrom AND :positiveTo),
            sum(n) FILTER (WHERE score BETWEEN :negativeFrom AND :negativeTo), sum(n * score)""";

    // %1$s group in the rollups, %2$s daily table, %3$s hourly table, %4$s filter on the rollups,
    // %5$s group in the responses, %6$s filter on the responses.
    private static final String TALLY = """
            SELECT g, %7$s
            FROM (SELECT %1$s AS g, score, n FROM %2$s
                  WHERE survey_id = :survey AND day >= :dayFrom AND day < :dayTo %4$s
                  UNION ALL
                  SELECT %1$s, score, n FROM %3$s WHERE survey_id = :survey AND hour >= :hourFrom AND hour < :dayFrom %4$s
                  UNION ALL
                  SELECT %1$s, score, n FROM %3$s WHERE survey_id = :survey AND hour >= :dayTo AND hour < :hourTo %4$s
                  UNION ALL
                  SELECT %5$s, score, 1 FROM response
                  WHERE survey_id = :survey AND completed_at >= :from AND completed_at < :hourFrom %6$s
                  UNION ALL
                  SELECT %5$s, score, 1 FROM response
                  WHERE survey_id = :survey AND completed_at >= :hourTo AND completed_at < :to %6$s
                 ) counted
            GROUP BY g
            ORDER BY sum(n) DESC, g""";

    // One statement: each data-modifying part runs once, whether or not the query reads it.
    private static final String COUNT = """
            WITH r AS (SELECT survey_id, invitation_id, language, coalesce(country, '') AS country, score, attributes,
                              date_trunc('hour', completed_at, 'UTC') AS hour, date_trunc('day', completed_at, 'UTC') AS day
                       FROM response WHERE id = :id AND status = 'COMPLETED'),
            score_hour AS (%s),
            score_day AS (INSERT INTO score_day_rollup (survey_id, day, score, n) SELECT survey_id, day, score, 1 FROM r
                          ON CONFLICT (survey_id, day, score) DO UPDATE SET n = score_day_rollup.n + 1),
            by_hour AS (INSERT INTO response_rollup (survey_id, hour, language, country, score, n)
                        SELECT survey_id, hour, language, country, score, 1 FROM r
                        ON CONFLICT (survey_id, hour, language, country, score) DO UPDATE SET n = response_rollup.n + 1),
            by_day AS (INSERT INTO response_day_rollup (survey_id, day, language, country, score, n)
                       SELECT survey_id, day, language, country, score, 1 FROM r
                       ON CONFLICT (survey_id, day, language, country, score) DO UPDATE SET n = response_day_rollup.n + 1),
            attribute_hour AS (INSERT INTO response_attribute_rollup (survey_id, key, hour, value, score, n)
                               SELECT r.survey_id, a.key, r.hour, a.value, r.score, 1 FROM r, jsonb_each_text(r.attributes) a
                               ON CONFLICT (survey_id, key, hour, value, score)
                               DO UPDATE SET n = response_attribute_rollup.n + 1),
            attribute_day AS (INSERT INTO response_attribute_day_rollup (survey_id, key, day, value, score, n)
                              SELECT r.survey_id, a.key, r.day, a.value, r.score, 1 FROM r, jsonb_each_text(r.attributes) a
                              ON CONFLICT (survey_id, key, day, value, score)
                              DO UPDATE SET n = response_attribute_day_rollup.n + 1)
            INSERT INTO invitation_rollup (survey_id, hour, invited, answered)
            SELECT i.survey_id, date_trunc('hour', i.invited_at, 'UTC'), 0, 1 FROM r JOIN invitation i ON i.id = r.invitation_id
            ON CONFLICT (survey_id, hour) DO UPDATE SET answered = invitation_rollup.answered + 1""".formatted(
            ScoreHours.COUNT);

    private final EntityManager entityManager;

    public RollupRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Copies the invitation's country and attributes to the completed response and counts it in every
     * rollup, and its invitation as answered. Called once per response, in the transaction completing it.
     */
    public void count(UUID responseId) {
        entityManager.flush();
        entityManager.createNativeQuery("""
                        UPDATE response r SET country = i.country, attributes = i.attributes
                        FROM invitation i WHERE r.id = :id AND i.id = r.invitation_id""")
                .setParameter("id", responseId).executeUpdate();
        entityManager.createNativeQuery(COUNT).setParameter("id", responseId).executeUpdate();
    }

    /** Counts invitations sent at one instant (a batch shares its instant). */
    public void countInvited(UUID surveyId, Instant invitedAt, int invited) {
        if (invited == 0) {
            return;
        }
        entityManager.createNativeQuery("""
                        INSERT INTO invitation_rollup (survey_id, hour, invited, answered)
                        VALUES (:survey, date_trunc('hour', CAST(:at AS timestamptz), 'UTC'), :invited, 0)
                        ON CONFLICT (survey_id, hour) DO UPDATE SET invited = invitation_rollup.invited + :invited""")
                .setParameter("survey", surveyId)
                .setParameter("at", invitedAt)
                .setParameter("invited", invited)
                .executeUpdate();
    }

    /** Score tallies of the responses completed in [from, to), per value of the dimension (null: one total under ""). */
    public Map<String, ScoreTally> tallies(UUID surveyId, ScoreBands bands, Instant from, Instant to,
            MetricsDimension dimension, String attributeKey) {
        String sql = switch (dimension == null ? "TOTAL" : dimension.name()) {
            case "LANGUAGE" -> tally("language", "response_day_rollup", "response_rollup", "", "language", "");
            case "COUNTRY" -> tally("country", "response_day_rollup", "response_rollup", "", "coalesce(country, '')", "");
            case "ATTRIBUTE" -> tally("value", "response_attribute_day_rollup", "response_attribute_rollup", "AND key = :key",
                    "attributes ->> CAST(:key AS text)", "AND attributes ->> CAST(:key AS text) IS NOT NULL");
            default -> tally("''", "score_day_rollup", ScoreHours.PER_SCORE, "", "''", "");
        };
        Query query = bindBands(RollupTiers.of(from, to).bind(entityManager.createNativeQuery(sql)), bands)
                .setParameter("survey", surveyId);
        if (dimension == MetricsDimension.ATTRIBUTE) {
            query.setParameter("key", attributeKey);
        }
        Map<String, ScoreTally> tallies = new LinkedHashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            tallies.put((String) columns[0], tally(columns, 1));
        }
        return tallies;
    }

    private static String tally(String group, String dayTable, String hourTable, String filter, String responseGroup,
            String responseFilter) {
        return TALLY.formatted(group, dayTable, hourTable, filter, responseGroup, responseFilter, TALLY_COLUMNS);
    }

    static Query bindBands(Query query, ScoreBands bands) {
        return query.setParameter("positiveFrom", bands.positiveFrom())
                .setParameter("positiveTo", bands.positiveTo())
                .setParameter("negativeFrom", bands.negativeFrom())
                .setParameter("negativeTo", bands.negativeTo());
    }

    static ScoreTally tally(Object[] columns, int first) {
        return new ScoreTally(number(columns[first]), number(columns[first + 1]), number(columns[first + 2]),
                number(columns[first + 3]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
