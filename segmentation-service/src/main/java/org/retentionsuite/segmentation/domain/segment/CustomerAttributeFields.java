package org.retentionsuite.segmentation.domain.segment;

import java.time.Instant;
import java.util.Currency;
import java.util.List;

/** The customer's attributes as UpsertCustomers stored them; a customer without them has none (NULL). */
public final class CustomerAttributeFields {

    private CustomerAttributeFields() {
    }

    public static List<RuleField> all(Currency reportingCurrency) {
        return List.of(
                attribute("country", ValueKind.TEXT, "k.country"),
                attribute("language", ValueKind.TEXT, "k.language"),
                attribute("acquisitionChannel", ValueKind.TEXT, "k.acquisition_channel"),
                attribute("referredBy", ValueKind.TEXT, "k.referred_by"),
                attribute("signedUpOn", ValueKind.DATE, "k.signed_up_on"),
                // A cost recorded in another currency (an earlier reporting currency) is no value here.
                new LookupField("acquisitionCost", ValueKind.MONEY, """
                        (SELECT k.acquisition_cost_minor FROM customer k
                         WHERE k.customer_id = c.customer_id AND k.currency_code = ?)""",
                        List.of(reportingCurrency.getCurrencyCode()), List.of(), false),
                daysSinceSignUp());
    }

    private static RuleField attribute(String name, ValueKind kind, String column) {
        return new LookupField(name, kind, "(SELECT " + column + " FROM customer k WHERE k.customer_id = c.customer_id)",
                List.of(), List.of(), false);
    }

    private static RuleField daysSinceSignUp() {
        return new RuleField() {
            @Override
            public String name() {
                return "daysSinceSignUp";
            }

            @Override
            public ValueKind kind() {
                return ValueKind.NUMBER;
            }

            @Override
            public boolean windowed() {
                return false;
            }

            @Override
            public SqlFragment expression(Instant now, Instant since) {
                return SqlFragment.of("""
                        (SELECT (?::timestamptz AT TIME ZONE 'UTC')::date - k.signed_up_on
                         FROM customer k WHERE k.customer_id = c.customer_id)""", now);
            }
        };
    }
}
