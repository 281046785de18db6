package org.retentionsuite.loyalty.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** A validated request to enrol a customer in a programme. */
public record Enrollment(UUID programId, String customerId, String email, String locale, String name, String country,
        LocalDate birthday, boolean marketingConsent, String referralCode) {

    private static final LocalDate EARLIEST_BIRTHDAY = LocalDate.of(1900, 1, 1);

    /** The profile as a request states it. */
    public record Draft(String programId, String customerId, String email, String locale, String name, String country,
            String birthday, boolean marketingConsent, String referralCode) {
    }

    public static Enrollment of(Draft draft, LocalDate today) {
        Violations violations = new Violations();
        UUID program = violations.requiredId("program_id", draft.programId());
        String customer = violations.requiredText("customer_id", draft.customerId(), 128);
        String validEmail = violations.optionalEmail("email", draft.email());
        String validLocale = violations.optionalLanguageTag("locale", draft.locale());
        String validName = violations.optionalText("name", draft.name(), 200);
        String validCountry = violations.optionalCountry("country", draft.country());
        LocalDate validBirthday = birthday(violations, draft.birthday(), today);
        String referralCode = violations.optionalText("referral_code", draft.referralCode(), 16);
        violations.throwIfAny();
        return new Enrollment(program, customer, validEmail, validLocale, validName, validCountry, validBirthday,
                draft.marketingConsent(), referralCode == null ? null : referralCode.toUpperCase(java.util.Locale.ROOT));
    }

    private static LocalDate birthday(Violations violations, String birthday, LocalDate today) {
        if (birthday == null || birthday.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(birthday.strip());
            if (date.isAfter(today) || date.isBefore(EARLIEST_BIRTHDAY)) {
                violations.add("birthday", "must be between 1900-01-01 and today");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            violations.add("birthday", "is not a date such as \"1990-04-23\"");
            return null;
        }
    }
}
