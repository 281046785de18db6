package org.retentionsuite.feedback.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Where invitations went and what the business knows about them, for metrics broken down by either. */
public record InvitationContext(String country, Map<String, String> attributes) {

    public static final int MAX_ATTRIBUTES = 20;
    public static final int MAX_ATTRIBUTE_LENGTH = 100;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]{1,100}");

    public InvitationContext {
        attributes = Map.copyOf(attributes);
    }

    /** {@code country} empty: none; INVALID_ARGUMENT names each bad part. */
    public static InvitationContext of(String country, Map<String, String> attributes) {
        Violations violations = new Violations();
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!code.isEmpty() && !COUNTRIES.contains(code)) {
            violations.add("country", "is not an ISO 3166-1 alpha-2 country code such as \"DE\"");
        }
        if (attributes.size() > MAX_ATTRIBUTES) {
            violations.add("attributes", "has more than " + MAX_ATTRIBUTES + " entries");
        }
        Map<String, String> checked = new TreeMap<>();
        attributes.forEach((key, value) -> {
            if (!KEY.matcher(key).matches()) {
                violations.add("attributes", "key \"" + key + "\" is not 1-100 letters, digits, '_', '.' or '-'");
            } else {
                checked.put(key, violations.requiredText("attributes[" + key + "]", value, MAX_ATTRIBUTE_LENGTH));
            }
        });
        violations.throwIfAny();
        return new InvitationContext(code.isEmpty() ? null : code, checked);
    }

    public boolean isEmpty() {
        return country == null && attributes.isEmpty();
    }
}
