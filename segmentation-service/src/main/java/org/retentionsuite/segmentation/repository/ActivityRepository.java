package org.retentionsuite.segmentation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.segmentation.domain.Activity;
import org.retentionsuite.segmentation.domain.CustomerInsights;
import org.retentionsuite.segmentation.domain.EventKey;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ActivityRepository implements PanacheRepositoryBase<Activity, String> {

    /*
     * One statement for the whole batch; the database decides which events are new for their customer (the key is
     * the customer and the event key, V61), so concurrent senders of the same batch record each event once. Rows go
     * in key order, so two transactions wait on each other's keys in one order and cannot deadlock.
     */
    private static final String RECORD_NEW = """
            INSERT INTO activity (event_id, customer_id, type, occurred_at, amount_minor, currency_code, recorded_at,
                                  name, feedback_kind, feedback_score, feedback_survey_id, feedback_response_id,
                                  support_outcome, event_key)
            SELECT event_id, customer_id, type, occurred_at::timestamptz, amount_minor, currency_code, ?,
                   name, feedback_kind, feedback_score::smallint, feedback_survey_id, feedback_response_id, support_outcome,
                   event_key
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[],
                        ?::text[], ?::text[], ?::int[], ?::text[], ?::text[], ?::text[], ?::uuid[]) WITH ORDINALITY
                 AS batch (event_id, customer_id, type, occurred_at, amount_minor, currency_code,
                           name, feedback_kind, feedback_score, feedback_survey_id, feedback_response_id, support_outcome,
                           event_key, position)
            ORDER BY customer_id, event_key, position
            ON CONFLICT (customer_id, event_key) DO NOTHING
            """;

    // Amounts recorded under another reporting currency (a changed setting) are not summed into this one.
    private static final String INSIGHTS = """
            SELECT count(*) AS activity_count,
                   count(*) FILTER (WHERE type = 'PURCHASE') AS purchase_count,
                   (coalesce(sum(amount_minor) FILTER (WHERE type = 'PURCHASE' AND currency_code = ?), 0)
                    - coalesce(sum(amount_minor) FILTER (WHERE type = 'RETURN' AND currency_code = ?), 0))::bigint
                       AS total_spend_minor,
                   min(occurred_at) FILTER (WHERE type = 'PURCHASE') AS first_purchase_at,
                   max(occurred_at) FILTER (WHERE type = 'PURCHASE') AS last_purchase_at
            FROM activity
            WHERE customer_id = ?
            """;

    /** Inserts the activities whose event id is new; returns how many rows were inserted. */
    public int recordNew(List<Activity> activities, Instant recordedAt) {
        return getSession().doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(RECORD_NEW)) {
                insert.setObject(1, OffsetDateTime.ofInstant(recordedAt, ZoneOffset.UTC));
                insert.setArray(2, texts(connection, activities.stream().map(Activity::eventId)));
                insert.setArray(3, texts(connection, activities.stream().map(Activity::customerId)));
                insert.setArray(4, texts(connection, activities.stream().map(a -> a.type().name())));
                insert.setArray(5, texts(connection, activities.stream().map(a -> a.occurredAt().toString())));
                insert.setArray(6, connection.createArrayOf("bigint",
                        activities.stream().map(Activity::amountMinor).toArray(Long[]::new)));
                insert.setArray(7, texts(connection, activities.stream().map(Activity::currencyCode)));
                insert.setArray(8, texts(connection, activities.stream().map(Activity::name)));
                insert.setArray(9, texts(connection, activities.stream()
                        .map(a -> a.feedback() == null ? null : a.feedback().kind().name())));
                insert.setArray(10, connection.createArrayOf("integer", activities.stream()
                        .map(a -> a.feedback() == null ? null : a.feedback().score()).toArray(Integer[]::new)));
                insert.setArray(11, texts(connection, activities.stream()
                        .map(a -> a.feedback() == null ? null : a.feedback().surveyId())));
                insert.setArray(12, texts(connection, activities.stream()
                        .map(a -> a.feedback() == null ? null : a.feedback().responseId())));
                insert.setArray(13, texts(connection, activities.stream()
                        .map(a -> a.supportOutcome() == null ? null : a.supportOutcome().name())));
                insert.setArray(14, connection.createArrayOf("uuid",
                        activities.stream().map(a -> EventKey.of(a.eventId())).toArray(java.util.UUID[]::new)));
                return insert.executeUpdate();
            }
        });
    }

    /** The customer's insights, aggregated in one query; empty when no activity was recorded for them. */
    public Optional<CustomerInsights> insights(String customerId, Currency currency) {
        return getSession().doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(INSIGHTS)) {
                query.setString(1, currency.getCurrencyCode());
                query.setString(2, currency.getCurrencyCode());
                query.setString(3, customerId);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    if (row.getLong("activity_count") == 0) {
                        return Optional.empty();
                    }
                    return Optional.of(new CustomerInsights(customerId, row.getLong("purchase_count"), currency,
                            row.getLong("total_spend_minor"), instant(row, "first_purchase_at"),
                            instant(row, "last_purchase_at")));
                }
            }
        });
    }

    private static Array texts(Connection connection, java.util.stream.Stream<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray(String[]::new));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
