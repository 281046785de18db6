package org.retentionsuite.feedback.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.retentionsuite.feedback.domain.MetricsDimension;
import org.retentionsuite.feedback.domain.ScoreTally;
import org.retentionsuite.feedback.domain.SurveyKind;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Hourly counts of responses per score, language, country and invitation attribute. A range reads
 * the whole UTC hours inside it from the rollups and the partial hours at its ends from the
 * responses, so the answer is exact for any range and stays small at a million responses.
 */
@ApplicationScoped
public class RollupRepository {

    private static final String TALLY = """
            SELECT g, sum(n), sum(n) FILTER (WHERE score >= :positiveFrom), sum(n) FILTER (WHERE score <= :negativeUpTo),
                   sum(n * score)
            FROM (SELECT %s AS g, score, n FROM %s
                  WHERE survey_id = :survey AND hour >= :hourFrom AND hour < :hourTo %s
                  UNION ALL
                  SELECT %s AS g, score, 1 FROM response
                  WHERE survey_id = :survey %s
                    AND (completed_at >= :from AND completed_at < :hourFrom OR completed_at >= :hourTo AND completed_at < :to)
                 ) counted
            GROUP BY g
            ORDER BY sum(n) DESC, g""";

    // Buckets by day, week or month in a zone whose midnights fall on whole UTC hours (WholeHourZone).
    private static final String BUCKETS = """
            SELECT date_trunc(CAST(:unit AS text), at, CAST(:zone AS text)) AS b, sum(n),
                   sum(n) FILTER (WHERE score >= :positiveFrom), sum(n) FILTER (WHERE score <= :negativeUpTo), sum(n * score)
            FROM (SELECT hour AS at, score, n FROM response_rollup
                  WHERE survey_id = :survey AND hour >= :hourFrom AND hour < :hourTo
                  UNION ALL
                  SELECT completed_at, score, 1 FROM response
                  WHERE survey_id = :survey
                    AND (completed_at >= :from AND completed_at < :hourFrom OR completed_at >= :hourTo AND completed_at < :to)
                 ) counted
            GROUP BY b""";

    private final EntityManager entityManager;

    public RollupRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Copies the invitation's country and attributes to the response and counts it in the rollups. */
    public void count(UUID responseId) {
        entityManager.flush();
        entityManager.createNativeQuery("""
                        UPDATE response r SET country = i.country, attributes = i.attributes
                        FROM invitation i WHERE r.id = :id AND i.id = r.invitation_id""")
                .setParameter("id", responseId).executeUpdate();
        entityManager.createNativeQuery("""
                        INSERT INTO response_rollup (survey_id, hour, language, country, score, n)
                        SELECT survey_id, date_trunc('hour', completed_at, 'UTC'), language, coalesce(country, ''), score, 1
                        FROM response WHERE id = :id
                        ON CONFLICT (survey_id, hour, language, country, score) DO UPDATE SET n = response_rollup.n + 1""")
                .setParameter("id", responseId).executeUpdate();
        entityManager.createNativeQuery("""
                        INSERT INTO response_attribute_rollup (survey_id, key, hour, value, score, n)
                        SELECT r.survey_id, a.key, date_trunc('hour', r.completed_at, 'UTC'), a.value, r.score, 1
                        FROM response r, jsonb_each_text(r.attributes) a WHERE r.id = :id
                        ON CONFLICT (survey_id, key, hour, value, score) DO UPDATE SET n = response_attribute_rollup.n + 1""")
                .setParameter("id", responseId).executeUpdate();
    }

    /** Score tallies of the responses completed in [from, to), per value of the dimension (null: one total under ""). */
    public Map<String, ScoreTally> tallies(UUID surveyId, SurveyKind kind, Instant from, Instant to,
            MetricsDimension dimension, String attributeKey) {
        Instant[] hours = wholeHours(from, to);
        Instant hourFrom = hours[0];
        Instant hourTo = hours[1];
        String sql = switch (dimension == null ? "TOTAL" : dimension.name()) {
            case "LANGUAGE" -> TALLY.formatted("language", "response_rollup", "", "language", "");
            case "COUNTRY" -> TALLY.formatted("country", "response_rollup", "", "coalesce(country, '')", "");
            case "ATTRIBUTE" -> TALLY.formatted("value", "response_attribute_rollup", "AND key = :key",
                    "attributes ->> CAST(:key AS text)", "AND attributes ->> CAST(:key AS text) IS NOT NULL");
            default -> TALLY.formatted("''", "response_rollup", "", "''", "");
        };
        Query query = entityManager.createNativeQuery(sql)
                .setParameter("survey", surveyId)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("hourFrom", hourFrom)
                .setParameter("hourTo", hourTo)
                .setParameter("positiveFrom", kind.positiveFrom())
                .setParameter("negativeUpTo", kind.negativeUpTo());
        if (dimension == MetricsDimension.ATTRIBUTE) {
            query.setParameter("key", attributeKey);
        }
        Map<String, ScoreTally> tallies = new LinkedHashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            tallies.put((String) columns[0], new ScoreTally(number(columns[1]), number(columns[2]), number(columns[3]),
                    number(columns[4])));
        }
        return tallies;
    }

    /** Score tallies per bucket start; the caller checked that the zone's midnights are whole UTC hours. */
    public Map<Instant, ScoreTally> bucketTallies(UUID surveyId, SurveyKind kind, Instant from, Instant to, String unit,
            String zone) {
        Instant[] hours = wholeHours(from, to);
        Map<Instant, ScoreTally> tallies = new java.util.TreeMap<>();
        for (Object row : entityManager.createNativeQuery(BUCKETS)
                .setParameter("survey", surveyId)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("hourFrom", hours[0])
                .setParameter("hourTo", hours[1])
                .setParameter("positiveFrom", kind.positiveFrom())
                .setParameter("negativeUpTo", kind.negativeUpTo())
                .setParameter("unit", unit)
                .setParameter("zone", zone)
                .getResultList()) {
            Object[] columns = (Object[]) row;
            tallies.put(instant(columns[0]), new ScoreTally(number(columns[1]), number(columns[2]), number(columns[3]),
                    number(columns[4])));
        }
        return tallies;
    }

    // The whole UTC hours inside [from, to) as [first, end); both equal to `to` when there are none.
    private static Instant[] wholeHours(Instant from, Instant to) {
        Instant hourFrom = ceilHour(from);
        Instant hourTo = to.truncatedTo(ChronoUnit.HOURS);
        return hourFrom.isBefore(hourTo) ? new Instant[] {hourFrom, hourTo} : new Instant[] {to, to};
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    private static Instant ceilHour(Instant instant) {
        Instant floor = instant.truncatedTo(ChronoUnit.HOURS);
        return floor.equals(instant) ? floor : floor.plus(1, ChronoUnit.HOURS);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
