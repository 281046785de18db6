package org.retentionsuite.segmentation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.retentionsuite.segmentation.domain.CustomerAttributes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Customers' attributes, one row per customer id. */
@ApplicationScoped
public class CustomerRepository {

    /*
     * One statement for the batch, in customer id order (concurrent batches lock rows in one order).
     * A row whose attributes are unchanged is not rewritten, so it counts neither as created nor updated.
     */
    private static final String UPSERT = """
            INSERT INTO customer AS c (customer_id, country, language, signed_up_on, acquisition_channel,
                                       acquisition_cost_minor, currency_code, referred_by, updated_at)
            SELECT customer_id, country, language, signed_up_on::date, acquisition_channel, cost_minor,
                   CASE WHEN cost_minor IS NULL THEN NULL ELSE ? END, referred_by, ?
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[])
                 AS batch (customer_id, country, language, signed_up_on, acquisition_channel, cost_minor, referred_by)
            ORDER BY customer_id
            ON CONFLICT (customer_id) DO UPDATE SET
                country = EXCLUDED.country, language = EXCLUDED.language, signed_up_on = EXCLUDED.signed_up_on,
                acquisition_channel = EXCLUDED.acquisition_channel,
                acquisition_cost_minor = EXCLUDED.acquisition_cost_minor, currency_code = EXCLUDED.currency_code,
                referred_by = EXCLUDED.referred_by, updated_at = EXCLUDED.updated_at
            WHERE (c.country, c.language, c.signed_up_on, c.acquisition_channel, c.acquisition_cost_minor,
                   c.currency_code, c.referred_by)
                  IS DISTINCT FROM (EXCLUDED.country, EXCLUDED.language, EXCLUDED.signed_up_on,
                   EXCLUDED.acquisition_channel, EXCLUDED.acquisition_cost_minor, EXCLUDED.currency_code,
                   EXCLUDED.referred_by)
            RETURNING (xmax = 0) AS created
            """;

    private final EntityManager entityManager;

    public CustomerRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** How many rows were created and how many changed. */
    public record UpsertCounts(int created, int updated) {
    }

    public UpsertCounts upsert(List<CustomerAttributes> customers, Currency currency, Instant now) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                upsert.setString(1, currency.getCurrencyCode());
                upsert.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                upsert.setArray(3, texts(connection, customers, CustomerAttributes::customerId));
                upsert.setArray(4, texts(connection, customers, CustomerAttributes::country));
                upsert.setArray(5, texts(connection, customers, CustomerAttributes::language));
                upsert.setArray(6, texts(connection, customers,
                        c -> c.signedUpOn() == null ? null : c.signedUpOn().toString()));
                upsert.setArray(7, texts(connection, customers, CustomerAttributes::acquisitionChannel));
                upsert.setArray(8, connection.createArrayOf("bigint",
                        customers.stream().map(CustomerAttributes::acquisitionCostMinor).toArray(Long[]::new)));
                upsert.setArray(9, texts(connection, customers, CustomerAttributes::referredBy));
                int created = 0;
                int updated = 0;
                try (ResultSet row = upsert.executeQuery()) {
                    while (row.next()) {
                        if (row.getBoolean("created")) {
                            created++;
                        } else {
                            updated++;
                        }
                    }
                }
                return new UpsertCounts(created, updated);
            }
        });
    }

    /** Joins the caller's transaction, or reads in its own. */
    @Transactional
    public Optional<CustomerAttributes> find(String customerId) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT * FROM customer WHERE customer_id = ?")) {
                query.setString(1, customerId);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    long costMinor = row.getLong("acquisition_cost_minor");
                    Long cost = row.wasNull() ? null : costMinor;
                    return Optional.of(new CustomerAttributes(customerId, row.getString("country"),
                            row.getString("language"), row.getObject("signed_up_on", LocalDate.class),
                            row.getString("acquisition_channel"), cost,
                            row.getString("referred_by")));
                }
            }
        });
    }

    private static java.sql.Array texts(Connection connection, List<CustomerAttributes> customers,
            Function<CustomerAttributes, String> field) throws SQLException {
        return connection.createArrayOf("text", customers.stream().map(field).toArray(String[]::new));
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
