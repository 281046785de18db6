package org.retentionsuite.loyalty.domain;

import java.time.Instant;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/** When earned points expire; period ends are computed in the programme's time zone. */
public record ExpiryPolicy(ExpiryKind kind, int days, int periodsAfter) {

    public static final ExpiryPolicy NEVER = new ExpiryPolicy(ExpiryKind.NEVER, 0, 0);

    /** The instant from which points earned at {@code earnedAt} can no longer be spent. */
    public Optional<Instant> expiresAt(Instant earnedAt, ZoneId zone) {
        ZonedDateTime earned = earnedAt.atZone(zone);
        return switch (kind) {
            case NEVER -> Optional.empty();
            // Calendar days in the programme's zone: a DST change does not shift the hour.
            case AFTER_DAYS -> Optional.of(earned.plusDays(days).toInstant());
            case END_OF_MONTH -> Optional.of(YearMonth.from(earned).plusMonths(periodsAfter + 1L)
                    .atDay(1).atStartOfDay(zone).toInstant());
            case END_OF_YEAR -> Optional.of(Year.from(earned).plusYears(periodsAfter + 1L)
                    .atDay(1).atStartOfDay(zone).toInstant());
        };
    }

    static ExpiryPolicy of(Violations violations, ExpiryKind kind, int days, int periodsAfter) {
        ExpiryKind effective = kind == null ? ExpiryKind.NEVER : kind;
        if (effective == ExpiryKind.AFTER_DAYS && (days < 1 || days > 3650)) {
            violations.add("expiry.days", "must be between 1 and 3650 for expiry after days");
        }
        if ((effective == ExpiryKind.END_OF_MONTH || effective == ExpiryKind.END_OF_YEAR)
                && (periodsAfter < 0 || periodsAfter > 120)) {
            violations.add("expiry.periods_after", "must be between 0 and 120");
        }
        return new ExpiryPolicy(effective, effective == ExpiryKind.AFTER_DAYS ? days : 0,
                effective == ExpiryKind.END_OF_MONTH || effective == ExpiryKind.END_OF_YEAR ? periodsAfter : 0);
    }
}
