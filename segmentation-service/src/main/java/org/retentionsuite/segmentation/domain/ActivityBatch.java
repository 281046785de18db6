package org.retentionsuite.segmentation.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;

/** A validated batch of activity: either every activity of a report is valid, or none is recorded. */
public final class ActivityBatch {

    public static final int MAX_SIZE = 1000;
    /** Senders' clocks run a little ahead of ours; more than this is a wrong timestamp, not skew. */
    public static final Duration ALLOWED_CLOCK_SKEW = Duration.ofMinutes(5);
    /** The earliest instant a google.protobuf.Timestamp can hold. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final String TYPES = Arrays.stream(ActivityType.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private final List<Activity> activities;

    private ActivityBatch(List<Activity> activities) {
        this.activities = List.copyOf(activities);
    }

    /**
     * Validates every reported activity against the rules; reports all invalid fields at once,
     * named like {@code activities[2].occurred_at}.
     */
    public static ActivityBatch of(List<ReportedActivity> reported, Currency reportingCurrency, Instant now) {
        Violations violations = new Violations();
        if (reported.isEmpty() || reported.size() > MAX_SIZE) {
            violations.add("activities", "must hold 1 to " + MAX_SIZE + " activities");
            violations.throwIfAny();
        }
        List<Activity> activities = new ArrayList<>(reported.size());
        for (int i = 0; i < reported.size(); i++) {
            Violations ofActivity = violations.within("activities[" + i + "]");
            activities.add(validate(ofActivity, reported.get(i), reportingCurrency, now));
        }
        violations.throwIfAny();
        return new ActivityBatch(activities);
    }

    public List<Activity> activities() {
        return activities;
    }

    public int size() {
        return activities.size();
    }

    private static Activity validate(Violations violations, ReportedActivity reported, Currency reportingCurrency,
            Instant now) {
        String eventId = violations.requiredText("event_id", reported.eventId(), 128);
        String customerId = violations.requiredText("customer_id", reported.customerId(), 128);
        ActivityType type = reported.type();
        if (type == null) {
            violations.add("type", "must be one of " + TYPES);
        }
        Instant occurredAt = occurredAt(violations, reported.occurredAt(), now);
        ReportedActivity.Amount amount = null;
        if (reported.amount() != null) {
            amount = amount(violations.within("amount"), reported.amount(), reportingCurrency);
        } else if (type != null && type.requiresAmount()) {
            violations.add("amount", "is required for a purchase or a return");
        }
        if (reported.amount() != null && type != null && !type.requiresAmount()) {
            violations.add("amount", "is only for a purchase or a return");
        }
        String name = name(violations, reported.name(), type);
        Feedback feedback = feedback(violations, reported.feedback(), type);
        SupportOutcome outcome = supportOutcome(violations, reported.supportOutcome(), type);
        // Only recorded when the whole batch is valid.
        return new Activity(eventId, customerId, type, occurredAt, amount, now, name, feedback, outcome);
    }

    private static Instant occurredAt(Violations violations, Instant occurredAt, Instant now) {
        if (occurredAt == null) {
            violations.add("occurred_at", "is required");
            return null;
        }
        if (occurredAt.isBefore(EARLIEST)) {
            violations.add("occurred_at", "is before the year 1");
            return null;
        }
        if (occurredAt.isAfter(now.plus(ALLOWED_CLOCK_SKEW))) {
            violations.add("occurred_at", "is more than " + ALLOWED_CLOCK_SKEW.toMinutes() + " minutes in the future");
            return null;
        }
        // The database keeps microseconds; truncating here makes what we return what we stored.
        return occurredAt.truncatedTo(ChronoUnit.MICROS);
    }

    private static ReportedActivity.Amount amount(Violations violations, ReportedActivity.Amount amount,
            Currency reportingCurrency) {
        String code = amount.currencyCode() == null ? "" : amount.currencyCode().strip();
        if (code.isEmpty()) {
            violations.add("currency_code", "is required");
        } else if (!code.matches("[A-Z]{3}")) {
            violations.add("currency_code", "is not an ISO 4217 currency code such as \""
                    + reportingCurrency.getCurrencyCode() + "\"");
        } else if (!code.equals(reportingCurrency.getCurrencyCode())) {
            // One currency keeps totals summable; senders convert before they report.
            violations.add("currency_code", code + " is not the reporting currency "
                    + reportingCurrency.getCurrencyCode());
        }
        // Zero is a real purchase (a free order still counts as a visit to the till); negative is not.
        if (amount.amountMinor() < 0) {
            violations.add("amount_minor", "must not be negative");
        }
        return new ReportedActivity.Amount(code, amount.amountMinor());
    }

    private static String name(Violations violations, String name, ActivityType type) {
        if (name == null || name.isBlank()) {
            return null;
        }
        if (type != null && type != ActivityType.VISIT) {
            violations.add("name", "is only for a visit");
            return null;
        }
        return violations.requiredText("name", name, 64);
    }

    private static Feedback feedback(Violations violations, Feedback feedback, ActivityType type) {
        if (type != ActivityType.FEEDBACK) {
            if (feedback != null && type != null) {
                violations.add("feedback", "is only for feedback");
            }
            return null;
        }
        if (feedback == null) {
            violations.add("feedback", "is required for feedback: its kind and score");
            return null;
        }
        Violations within = violations.within("feedback");
        if (feedback.kind() == null) {
            within.add("kind", "must be one of NPS, CSAT, CES");
        } else if (!feedback.kind().inRange(feedback.score())) {
            within.add("score", "must be " + feedback.kind().range() + " for " + feedback.kind());
        }
        return new Feedback(feedback.kind(), feedback.score(), optionalId(within, "survey_id", feedback.surveyId()),
                optionalId(within, "response_id", feedback.responseId()));
    }

    private static SupportOutcome supportOutcome(Violations violations, SupportOutcome outcome, ActivityType type) {
        if (type == ActivityType.SUPPORT_CONTACT && outcome == null) {
            violations.add("support_outcome", "is required for a support contact: RESOLVED or UNRESOLVED");
        } else if (type != ActivityType.SUPPORT_CONTACT && type != null && outcome != null) {
            violations.add("support_outcome", "is only for a support contact");
            return null;
        }
        return outcome;
    }

    private static String optionalId(Violations violations, String field, String id) {
        return id == null || id.isBlank() ? null : violations.requiredText(field, id, 128);
    }
}
