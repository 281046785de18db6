package org.retentionsuite.feedback.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** How tags and keywords are written: tags are short lower-case slugs, keywords lower-case text. */
public final class Tags {

    public static final int MAX_TAG_LENGTH = 50;
    public static final int MAX_KEYWORD_LENGTH = 100;
    private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9-]{0,49}");

    private Tags() {
    }

    /** The tag in lower case, or a violation on {@code field}. */
    public static String tag(Violations violations, String field, String value) {
        String tag = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (tag.isEmpty()) {
            violations.add(field, "is required");
        } else if (!TAG.matcher(tag).matches()) {
            violations.add(field, "must be lower-case letters, digits and '-' (at most " + MAX_TAG_LENGTH + "), such as \"delivery\"");
        }
        return tag;
    }

    public static String keyword(Violations violations, String value) {
        return violations.requiredText("keyword", value, MAX_KEYWORD_LENGTH).toLowerCase(Locale.ROOT);
    }

    /** The primary language subtag of a BCP 47 tag: "de-AT" reads as "de". */
    public static String primaryLanguage(String languageTag) {
        int dash = languageTag.indexOf('-');
        return (dash < 0 ? languageTag : languageTag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
