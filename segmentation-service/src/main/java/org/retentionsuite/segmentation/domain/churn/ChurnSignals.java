package org.retentionsuite.segmentation.domain.churn;

import org.retentionsuite.segmentation.domain.FeedbackKind;

import java.time.LocalDate;

/**
 * What one customer's activity up to the end of {@code asOf} shows, as the database counts it:
 * visits in the last 30 days and in the 90 before; purchases in the last 90 days and in the 90
 * before; unresolved support contacts in the last 30 days; the latest feedback of the last 90
 * days (null when none); distinct purchase days and the first and last of them (null without a
 * purchase).
 */
public record ChurnSignals(String customerId, LocalDate asOf, long visitsLast30Days, long visitsPrevious90Days,
        long purchasesLast90Days, long purchasesPrevious90Days, long unresolvedContactsLast30Days,
        FeedbackKind latestFeedbackKind, Integer latestFeedbackScore, long purchaseDays, LocalDate firstPurchaseDay,
        LocalDate lastPurchaseDay) {
}
