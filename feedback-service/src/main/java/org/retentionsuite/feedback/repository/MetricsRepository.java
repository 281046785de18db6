package org.retentionsuite.feedback.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.retentionsuite.feedback.domain.MetricsBucket;
import org.retentionsuite.feedback.domain.ScoreBands;
import org.retentionsuite.feedback.domain.ScoreTally;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The set-based queries behind a survey's metrics over time. A bucket is truncated to the day, week
 * or month in the requested time zone, so a day starts at that zone's midnight. Buckets are summed
 * from the hourly rollups: an hour that lies in one bucket is taken whole; an hour a bucket starts
 * inside (zones such as Asia/Kolkata, +05:30, and Asia/Kathmandu, +05:45) and the partial hours at
 * the ends of the range are read from the rows themselves, so every zone's buckets are exact.
 */
@ApplicationScoped
public class MetricsRepository {

    /** The key under which the tally of the whole range is returned, beside the buckets' starts. */
    public static final Instant TOTAL = Instant.MIN;

    // %1$s per hour of [hourFrom, hourTo): (hour, n, p, d, s); %2$s rows in [%3$s, %4$s): (at, n, p, d, s).
    private static final String BUCKETS = """
            WITH hours AS MATERIALIZED (%1$s),
            placed AS (SELECT hours.*, date_trunc(CAST(:unit AS text), hour, CAST(:zone AS text)) AS b,
                              date_trunc(CAST(:unit AS text), hour + INTERVAL '1 hour' - INTERVAL '1 microsecond',
                                         CAST(:zone AS text)) AS last_b
                       FROM hours)
            SELECT b, sum(n), sum(p), sum(d), sum(s)
            FROM (SELECT b, n, p, d, s FROM placed WHERE b = last_b
                  UNION ALL
                  SELECT date_trunc(CAST(:unit AS text), rows.at, CAST(:zone AS text)), rows.n, rows.p, rows.d, rows.s
                  FROM placed CROSS JOIN LATERAL (%2$s) rows WHERE placed.b <> placed.last_b
                  UNION ALL
                  SELECT date_trunc(CAST(:unit AS text), at, CAST(:zone AS text)), n, p, d, s FROM (%3$s) head
                  UNION ALL
                  SELECT date_trunc(CAST(:unit AS text), at, CAST(:zone AS text)), n, p, d, s FROM (%4$s) tail
                 ) counted
            GROUP BY b""";

    private static final String SCORE_ROWS = """
            SELECT completed_at AS at, 1 AS n, CASE WHEN score BETWEEN :positiveFrom AND :positiveTo THEN 1 ELSE 0 END AS p,
                   CASE WHEN score BETWEEN :negativeFrom AND :negativeTo THEN 1 ELSE 0 END AS d, score AS s
            FROM response WHERE survey_id = :survey AND completed_at >= %s AND completed_at < %s""";

    private static final String INVITATION_HOURS = """
            SELECT hour, invited AS n, answered AS p, 0 AS d, 0 AS s
            FROM invitation_rollup WHERE survey_id = :survey AND hour >= :hourFrom AND hour < :hourTo""";

    private static final String INVITATION_ROWS = """
            SELECT invited_at AS at, 1 AS n, CASE WHEN used_at IS NULL THEN 0 ELSE 1 END AS p, 0 AS d, 0 AS s
            FROM invitation WHERE survey_id = :survey AND invited_at >= %s AND invited_at < %s""";

    private static final String INVITATION_TOTAL = """
            SELECT sum(n), sum(p), 0, 0
            FROM (SELECT invited AS n, answered AS p FROM invitation_rollup
                  WHERE survey_id = :survey AND hour >= :hourFrom AND hour < :hourTo
                  UNION ALL
                  SELECT n, p FROM (%s) head
                  UNION ALL
                  SELECT n, p FROM (%s) tail) counted""";

    private final EntityManager entityManager;
    private final RollupRepository rollups;

    public MetricsRepository(EntityManager entityManager, RollupRepository rollups) {
        this.entityManager = entityManager;
        this.rollups = rollups;
    }

    /** Score counts of the responses completed in [from, to): under {@link #TOTAL} and per bucket start. */
    public Map<Instant, ScoreTally> scores(UUID surveyId, ScoreBands bands, Instant from, Instant to,
            MetricsBucket bucket, String timeZone) {
        Map<Instant, ScoreTally> tallies = bucket == null ? new TreeMap<>()
                : buckets(RollupRepository.bindBands(entityManager.createNativeQuery(
                        buckets(ScoreHours.perHour(bands), SCORE_ROWS)), bands), surveyId, from, to, bucket, timeZone);
        tallies.put(TOTAL, rollups.tallies(surveyId, bands, from, to, null, null).getOrDefault("", ScoreTally.NONE));
        return tallies;
    }

    /** Invitations sent in [from, to) as n, and how many of them were answered as positive. */
    public Map<Instant, ScoreTally> invitations(UUID surveyId, Instant from, Instant to, MetricsBucket bucket,
            String timeZone) {
        Map<Instant, ScoreTally> tallies = bucket == null ? new TreeMap<>()
                : buckets(entityManager.createNativeQuery(buckets(INVITATION_HOURS, INVITATION_ROWS)), surveyId, from, to,
                        bucket, timeZone);
        Query total = RollupTiers.of(from, to).bind(entityManager.createNativeQuery(INVITATION_TOTAL.formatted(
                INVITATION_ROWS.formatted(":from", ":hourFrom"), INVITATION_ROWS.formatted(":hourTo", ":to"))));
        total.setParameter("survey", surveyId);
        tallies.put(TOTAL, RollupRepository.tally((Object[]) total.getSingleResult(), 0));
        return tallies;
    }

    private static String buckets(String hours, String rows) {
        return BUCKETS.formatted(hours, rows.formatted("placed.hour", "placed.hour + INTERVAL '1 hour'"),
                rows.formatted(":from", ":hourFrom"), rows.formatted(":hourTo", ":to"));
    }

    private Map<Instant, ScoreTally> buckets(Query query, UUID surveyId, Instant from, Instant to, MetricsBucket bucket,
            String timeZone) {
        RollupTiers.of(from, to).bind(query)
                .setParameter("survey", surveyId)
                .setParameter("unit", bucket.sqlUnit())
                .setParameter("zone", timeZone);
        Map<Instant, ScoreTally> tallies = new TreeMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            tallies.put(instant(columns[0]), RollupRepository.tally(columns, 1));
        }
        return tallies;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
