package org.retentionsuite.segmentation.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A validated batch of customer attributes: every customer is valid, or none is stored. */
public final class CustomerBatch {

    public static final int MAX_SIZE = 1000;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final List<CustomerAttributes> customers;

    private CustomerBatch(List<CustomerAttributes> customers) {
        this.customers = List.copyOf(customers);
    }

    public List<CustomerAttributes> customers() {
        return customers;
    }

    /** Reports every invalid field at once, named like {@code customers[2].country}. */
    public static CustomerBatch of(List<ReportedCustomer> reported, Currency reportingCurrency, LocalDate today) {
        Violations violations = new Violations();
        if (reported.isEmpty() || reported.size() > MAX_SIZE) {
            violations.add("customers", "must hold 1 to " + MAX_SIZE + " customers");
            violations.throwIfAny();
        }
        Set<String> seen = new HashSet<>();
        List<CustomerAttributes> customers = new ArrayList<>(reported.size());
        for (int i = 0; i < reported.size(); i++) {
            Violations within = violations.within("customers[" + i + "]");
            CustomerAttributes customer = validate(within, reported.get(i), reportingCurrency, today);
            if (!customer.customerId().isEmpty() && !seen.add(customer.customerId())) {
                within.add("customer_id", "appears more than once in the batch");
            }
            customers.add(customer);
        }
        violations.throwIfAny();
        return new CustomerBatch(customers);
    }

    private static CustomerAttributes validate(Violations violations, ReportedCustomer reported, Currency currency,
            LocalDate today) {
        String customerId = violations.requiredText("customer_id", reported.customerId(), 128);
        String country = blankToNull(reported.country());
        if (country != null && !COUNTRIES.contains(country)) {
            violations.add("country", "must be an ISO 3166-1 alpha-2 code such as \"DE\"");
        }
        String language = language(violations, blankToNull(reported.language()));
        LocalDate signedUpOn = signedUpOn(violations, blankToNull(reported.signedUpOn()), today);
        String channel = optionalText(violations, "acquisition_channel", reported.acquisitionChannel(), 64);
        String referredBy = optionalText(violations, "referred_by", reported.referredBy(), 128);
        if (referredBy != null && referredBy.equals(customerId)) {
            violations.add("referred_by", "must not be the customer themselves");
        }
        return new CustomerAttributes(customerId, country, language, signedUpOn, channel,
                cost(violations.within("acquisition_cost"), reported.acquisitionCost(), currency), referredBy);
    }

    private static String language(Violations violations, String tag) {
        if (tag == null) {
            return null;
        }
        try {
            if (tag.length() <= 35) {
                return new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
            }
        } catch (IllformedLocaleException e) {
            // answered below
        }
        violations.add("language", "must be a BCP 47 language tag such as \"de\" or \"pt-BR\"");
        return null;
    }

    private static LocalDate signedUpOn(Violations violations, String text, LocalDate today) {
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (!date.isAfter(today)) {
                return date;
            }
            violations.add("signed_up_on", "must not be in the future");
        } catch (DateTimeParseException e) {
            violations.add("signed_up_on", "must be an ISO date such as 2024-01-31");
        }
        return null;
    }

    private static Long cost(Violations violations, ReportedActivity.Amount cost, Currency currency) {
        if (cost == null) {
            return null;
        }
        if (!currency.getCurrencyCode().equals(cost.currencyCode())) {
            violations.add("currency_code", "must be the reporting currency " + currency.getCurrencyCode());
        }
        if (cost.amountMinor() < 0) {
            violations.add("amount_minor", "must not be negative");
        }
        return cost.amountMinor();
    }

    private static String optionalText(Violations violations, String field, String text, int maxLength) {
        return blankToNull(text) == null ? null : violations.requiredText(field, text, maxLength);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
