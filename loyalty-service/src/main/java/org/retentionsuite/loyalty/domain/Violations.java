package org.retentionsuite.loyalty.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** Collects the field violations of one request, so that all of them are reported at once. */
public final class Violations {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cntrl}");
    /** ISO 639 primary language subtags: two or three letters ("German" is not a tag). */
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private final List<FieldViolation> violations = new ArrayList<>();

    public void add(String field, String description) {
        violations.add(new FieldViolation(field, description));
    }

    /** A required text of at most {@code maxLength} characters, without control characters. */
    public String requiredText(String field, String value, int maxLength) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            add(field, "is required");
        } else {
            checkText(field, text, maxLength);
        }
        return text;
    }

    /** An optional text: null when blank. */
    public String optionalText(String field, String value, int maxLength) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return null;
        }
        checkText(field, text, maxLength);
        return text;
    }

    public String optionalEmail(String field, String value) {
        String email = optionalText(field, value, 254);
        if (email != null && !EMAIL.matcher(email).matches()) {
            add(field, "is not an email address");
        }
        return email;
    }

    /** An optional BCP 47 language tag, returned in its canonical form. */
    public String optionalLanguageTag(String field, String value) {
        String tag = optionalText(field, value, 35);
        if (tag == null) {
            return null;
        }
        Locale locale = Locale.forLanguageTag(tag);
        if (!LANGUAGE.matcher(locale.getLanguage()).matches() || !locale.toLanguageTag().equalsIgnoreCase(tag)) {
            add(field, "is not a BCP 47 language tag such as \"en\" or \"nl-NL\"");
            return null;
        }
        return locale.toLanguageTag();
    }

    /** A decimal more than 0 and at most {@code max}, with at most {@code maxScale} decimal places. */
    public BigDecimal positiveDecimal(String field, String value, BigDecimal max, int maxScale) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
            return null;
        }
        BigDecimal decimal;
        try {
            decimal = new BigDecimal(value.strip()).stripTrailingZeros();
        } catch (NumberFormatException e) {
            add(field, "is not a decimal number");
            return null;
        }
        if (decimal.signum() <= 0 || decimal.compareTo(max) > 0) {
            add(field, "must be more than 0 and at most " + max.toPlainString());
            return null;
        }
        if (decimal.scale() > maxScale) {
            add(field, "has more than " + maxScale + " decimal places");
            return null;
        }
        return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
    }

    /** An optional ISO 3166-1 alpha-2 country code. */
    public String optionalCountry(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!COUNTRIES.contains(value.strip())) {
            add(field, "is not an ISO 3166-1 alpha-2 country code such as \"NL\"");
            return null;
        }
        return value.strip();
    }

    public UUID requiredId(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
            return null;
        }
        try {
            UUID id = UUID.fromString(value.strip());
            if (id.toString().equalsIgnoreCase(value.strip())) {
                return id;
            }
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        add(field, "is not an id (a UUID)");
        return null;
    }

    /** Throws when any violation was collected. */
    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    private void checkText(String field, String text, int maxLength) {
        if (text.length() > maxLength) {
            add(field, "is longer than " + maxLength + " characters");
        } else if (CONTROL_CHARACTERS.matcher(text).find()) {
            add(field, "contains control characters");
        }
    }
}
