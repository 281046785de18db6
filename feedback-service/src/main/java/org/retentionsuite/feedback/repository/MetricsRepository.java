package org.retentionsuite.feedback.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.retentionsuite.feedback.domain.MetricsBucket;
import org.retentionsuite.feedback.domain.ScoreTally;
import org.retentionsuite.feedback.domain.SurveyKind;
import org.retentionsuite.feedback.domain.WholeHourZone;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The set-based queries behind survey metrics. Each reads one survey's rows in a time range from its
 * (survey_id, time) index alone and lets PostgreSQL count; a bucket is truncated to the day, week or
 * month in the requested time zone, so a day starts at that zone's midnight. Totals and buckets are
 * separate queries: a plain aggregate runs in parallel, grouping sets do not (10x slower at 1M rows).
 */
@ApplicationScoped
public class MetricsRepository {

    /** The key under which the tally of the whole range is returned, beside the buckets' starts. */
    public static final Instant TOTAL = Instant.MIN;

    private static final String SCORES = """
            SELECT %s count(*),
                   count(*) FILTER (WHERE score >= :positiveFrom),
                   count(*) FILTER (WHERE score <= :negativeUpTo),
                   coalesce(sum(score), 0)
            FROM response
            WHERE survey_id = :survey AND completed_at >= :from AND completed_at < :to
            %s""";

    private static final String INVITATIONS = """
            SELECT %s count(*), count(*) FILTER (WHERE used_at IS NOT NULL), 0, 0
            FROM invitation
            WHERE survey_id = :survey AND invited_at >= :from AND invited_at < :to
            %s""";

    private final EntityManager entityManager;
    private final RollupRepository rollups;

    public MetricsRepository(EntityManager entityManager, RollupRepository rollups) {
        this.entityManager = entityManager;
        this.rollups = rollups;
    }

    /**
     * Score counts of the responses completed in [from, to): under {@link #TOTAL} and per bucket start.
     * Read from the hourly rollups, unless buckets start at midnights that are not whole UTC hours.
     */
    public Map<Instant, ScoreTally> scores(UUID surveyId, SurveyKind kind, Instant from, Instant to,
            MetricsBucket bucket, String timeZone) {
        if (bucket == null || WholeHourZone.holdsFor(timeZone, from, to)) {
            Map<Instant, ScoreTally> tallies = bucket == null ? new TreeMap<>()
                    : rollups.bucketTallies(surveyId, kind, from, to, bucket.sqlUnit(), timeZone);
            tallies.put(TOTAL, rollups.tallies(surveyId, kind, from, to, null, null).getOrDefault("", ScoreTally.NONE));
            return tallies;
        }
        Map<String, Object> thresholds = Map.of("positiveFrom", kind.positiveFrom(), "negativeUpTo", kind.negativeUpTo());
        return tallies(SCORES, "completed_at", surveyId, from, to, bucket, timeZone, thresholds);
    }

    /** Invitations sent in [from, to) as n, and how many of them were answered as positive. */
    public Map<Instant, ScoreTally> invitations(UUID surveyId, Instant from, Instant to, MetricsBucket bucket,
            String timeZone) {
        return tallies(INVITATIONS, "invited_at", surveyId, from, to, bucket, timeZone, Map.of());
    }

    private Map<Instant, ScoreTally> tallies(String template, String timeColumn, UUID surveyId, Instant from, Instant to,
            MetricsBucket bucket, String timeZone, Map<String, Object> parameters) {
        Map<Instant, ScoreTally> tallies = new TreeMap<>();
        Object[] total = (Object[]) query(template.formatted("", ""), surveyId, from, to, parameters).getSingleResult();
        tallies.put(TOTAL, tally(total, 0));
        if (bucket != null) {
            String sql = template.formatted(
                    "date_trunc(CAST(:unit AS text), " + timeColumn + ", CAST(:zone AS text)) AS b,", "GROUP BY b");
            Query buckets = query(sql, surveyId, from, to, parameters)
                    .setParameter("unit", bucket.sqlUnit())
                    .setParameter("zone", timeZone);
            for (Object row : buckets.getResultList()) {
                Object[] columns = (Object[]) row;
                tallies.put(instant(columns[0]), tally(columns, 1));
            }
        }
        return tallies;
    }

    private Query query(String sql, UUID surveyId, Instant from, Instant to, Map<String, Object> parameters) {
        Query query = entityManager.createNativeQuery(sql)
                .setParameter("survey", surveyId)
                .setParameter("from", from)
                .setParameter("to", to);
        parameters.forEach(query::setParameter);
        return query;
    }

    private static ScoreTally tally(Object[] columns, int first) {
        return new ScoreTally(number(columns[first]), number(columns[first + 1]), number(columns[first + 2]),
                number(columns[first + 3]));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
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
