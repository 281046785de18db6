package org.retentionsuite.loyalty.domain;

import java.util.UUID;

/** A validated request to enrol a customer in a programme. */
public record Enrollment(UUID programId, String customerId, String email, String locale, String name) {

    public static Enrollment of(String programId, String customerId, String email, String locale, String name) {
        Violations violations = new Violations();
        UUID program = violations.requiredId("program_id", programId);
        String customer = violations.requiredText("customer_id", customerId, 128);
        String validEmail = violations.optionalEmail("email", email);
        String validLocale = violations.optionalLanguageTag("locale", locale);
        String validName = violations.optionalText("name", name, 200);
        violations.throwIfAny();
        return new Enrollment(program, customer, validEmail, validLocale, validName);
    }
}
