package org.retentionsuite.feedback.repository;

import org.retentionsuite.feedback.domain.ScoreBands;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The SQL of {@code score_hour_rollup}: one row per survey and UTC hour with a count per score
 * ({@code score_0} to {@code score_10}; every scale lies within 0-10) and the sum of the scores.
 */
final class ScoreHours {

    private static final int[] SCORES = IntStream.rangeClosed(0, 10).toArray();

    /** Counts the response of CTE {@code r} in its hour (a data-modifying part of the counting statement). */
    static final String COUNT = """
            INSERT INTO score_hour_rollup (survey_id, hour, n, score_sum, %s)
            SELECT survey_id, hour, 1, score, %s FROM r
            ON CONFLICT (survey_id, hour) DO UPDATE SET n = score_hour_rollup.n + 1,
                score_sum = score_hour_rollup.score_sum + EXCLUDED.score_sum, %s""".formatted(
            join(i -> "score_" + i, ", "),
            join(i -> "CASE WHEN score = " + i + " THEN 1 ELSE 0 END", ", "),
            join(i -> "score_" + i + " = score_hour_rollup.score_" + i + " + EXCLUDED.score_" + i, ", "));

    /** The hourly rows as (survey_id, hour, score, n), as the other rollups have them. */
    static final String PER_SCORE = """
            (SELECT h.survey_id, h.hour, s.score, s.n
             FROM score_hour_rollup h CROSS JOIN LATERAL (VALUES %s) s (score, n)) score_hours""".formatted(
            join(i -> "(" + i + ", h.score_" + i + ")", ", "));

    private ScoreHours() {
    }

    /** How many of an hour's responses lie in [from, to]: "score_9 + score_10". */
    static String countBetween(int from, int to) {
        return IntStream.rangeClosed(Math.max(from, 0), Math.min(to, 10)).mapToObj(i -> "score_" + i)
                .collect(Collectors.joining(" + ", "(0 + ", ")"));
    }

    /** Per hour of [hourFrom, hourTo): (hour, n, positive, negative, sum of scores). */
    static String perHour(ScoreBands bands) {
        return """
                SELECT hour, n, %s AS p, %s AS d, score_sum AS s
                FROM score_hour_rollup WHERE survey_id = :survey AND hour >= :hourFrom AND hour < :hourTo""".formatted(
                countBetween(bands.positiveFrom(), bands.positiveTo()), countBetween(bands.negativeFrom(), bands.negativeTo()));
    }

    private static String join(java.util.function.IntFunction<String> part, String separator) {
        return IntStream.of(SCORES).mapToObj(part).collect(Collectors.joining(separator));
    }
}
