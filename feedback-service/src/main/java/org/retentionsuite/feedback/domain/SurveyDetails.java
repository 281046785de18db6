package org.retentionsuite.feedback.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** A survey's validated content and settings besides its main question. */
public record SurveyDetails(SurveyContent content, SurveySettings settings) {

    public static final SurveyDetails NONE = new SurveyDetails(SurveyContent.EMPTY, SurveySettings.NONE);
    public static final int MAX_TEXT_LENGTH = 2000;
    public static final int MAX_QUESTIONS = 50;
    public static final int MAX_CHOICES = 50;

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    /** Validates raw request values; throws naming every invalid field. */
    public static SurveyDetails validate(SurveyKind kind, java.util.Set<String> languages, SurveyContent raw,
            SurveySettings settings) {
        Violations violations = new Violations();
        SurveyDetails details = of(violations, kind, languages, raw, settings);
        violations.throwIfAny();
        return details;
    }

    /**
     * Validates raw request values against the survey's kind and offered languages; every violation is
     * added under its contract name (prefixed "details."). A null purpose means GENERAL, a null variant
     * the kind's default.
     */
    public static SurveyDetails of(Violations violations, SurveyKind kind, Set<String> languages, SurveyContent raw,
            SurveySettings settings) {
        Map<String, String> title = texts(violations, "details.title", raw.title(), languages);
        Map<String, String> thankYou = texts(violations, "details.thank_you_text", raw.thankYou(), languages);
        Map<String, String> expired = texts(violations, "details.expired_text", raw.expired(), languages);
        Map<String, String> already = texts(violations, "details.already_answered_text", raw.alreadyAnswered(), languages);
        List<Question> questions = questions(violations, raw.questions(), languages);
        CesVariant variant = settings.cesVariant();
        if (kind != SurveyKind.CES && variant != null) {
            violations.add("details.ces_variant", "is only for CES surveys");
        }
        if (kind == SurveyKind.CES && variant == null) {
            variant = CesVariant.AGREEMENT_7;
        }
        Instant starts = settings.startsAt();
        Instant closes = settings.closesAt();
        if (starts != null && closes != null && !closes.isAfter(starts)) {
            violations.add("details.closes_at", "is not after starts_at");
        }
        if (settings.responseLimit() != null && settings.responseLimit() < 1) {
            violations.add("details.response_limit", "is not at least 1");
        }
        if (settings.reminderAfterDays() != null && (settings.reminderAfterDays() < 1 || settings.reminderAfterDays() > 365)) {
            violations.add("details.reminder_after_days", "is not between 1 and 365");
        }
        SurveyPurpose purpose = settings.purpose() == null ? SurveyPurpose.GENERAL : settings.purpose();
        return new SurveyDetails(new SurveyContent(title, thankYou, expired, already, questions),
                new SurveySettings(purpose, variant, starts, closes, settings.responseLimit(), settings.reminderAfterDays()));
    }

    private static List<Question> questions(Violations violations, List<Question> questions, Set<String> languages) {
        if (questions.size() > MAX_QUESTIONS) {
            violations.add("details.questions", "has more than " + MAX_QUESTIONS + " questions");
            return List.of();
        }
        Set<String> ids = new HashSet<>();
        return java.util.stream.IntStream.range(0, questions.size()).mapToObj(i -> {
            Question q = questions.get(i);
            String field = "details.questions[" + i + "]";
            key(violations, field + ".id", q.id(), ids);
            if (q.type() == null) {
                violations.add(field + ".type", "is required");
            }
            Map<String, String> text = texts(violations, field + ".text", q.text(), languages);
            if (q.text().isEmpty()) {
                violations.add(field + ".text", "is required");
            }
            boolean choices = q.type() != null && q.type().hasChoices();
            if (choices && q.choices().size() < 2) {
                violations.add(field + ".choices", "needs at least two choices");
            } else if (!choices && !q.choices().isEmpty()) {
                violations.add(field + ".choices", "is only for choice questions");
            } else if (q.choices().size() > MAX_CHOICES) {
                violations.add(field + ".choices", "has more than " + MAX_CHOICES + " choices");
            }
            Set<String> choiceIds = new HashSet<>();
            List<Choice> validChoices = java.util.stream.IntStream.range(0, q.choices().size()).mapToObj(j -> {
                Choice c = q.choices().get(j);
                key(violations, field + ".choices[" + j + "].id", c.id(), choiceIds);
                if (c.text().isEmpty()) {
                    violations.add(field + ".choices[" + j + "].text", "is required");
                }
                return new Choice(c.id(), texts(violations, field + ".choices[" + j + "].text", c.text(), languages));
            }).toList();
            int min = q.ratingMin();
            int max = q.ratingMax();
            if (q.type() == QuestionType.RATING && min == 0 && max == 0) {
                min = 1;
                max = 5;
            }
            if (q.type() == QuestionType.RATING && (min < 0 || max > 10 || min >= max)) {
                violations.add(field + ".rating_max", "the scale must lie within 0-10 with rating_min below rating_max");
            }
            if (q.type() != QuestionType.RATING && (min != 0 || max != 0)) {
                violations.add(field + ".rating_min", "is only for rating questions");
            }
            return new Question(q.id(), q.type(), q.required(), text, validChoices, min, max);
        }).toList();
    }

    private static void key(Violations violations, String field, String key, Set<String> seen) {
        if (key == null || key.isBlank()) {
            violations.add(field, "is required");
        } else if (!KEY.matcher(key).matches()) {
            violations.add(field, "is not a key of 1-40 letters, digits, '_' or '-'");
        } else if (!seen.add(key)) {
            violations.add(field, "is used twice");
        }
    }

    /** Texts keyed by canonical language tag; each language must be one the survey offers. */
    private static Map<String, String> texts(Violations violations, String field, Map<String, String> texts,
            Set<String> languages) {
        Map<String, String> valid = new TreeMap<>();
        new TreeMap<>(texts).forEach((key, value) -> {
            String entry = field + "[" + key + "]";
            String language = violations.requiredLanguageTag(entry, key);
            if (language == null) {
                return;
            }
            if (!languages.contains(language)) {
                violations.add(entry, "is in a language the survey does not offer");
            } else if (valid.containsKey(language)) {
                violations.add(entry, "is the same language as another text");
            }
            valid.put(language, violations.requiredText(entry, value, MAX_TEXT_LENGTH));
        });
        return valid;
    }
}
