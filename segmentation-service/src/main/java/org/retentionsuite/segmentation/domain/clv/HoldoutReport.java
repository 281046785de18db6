package org.retentionsuite.segmentation.domain.clv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A fit's predictions for the holdout period after its calibration end against what its customers
 * bought, in total and by repeat purchases in the calibration period (the check of the BG/NBD paper).
 */
public record HoldoutReport(ClvFit fit, LocalDate holdoutEnd, double holdoutLength, int customerCount,
        long actualPurchases, double predictedPurchases, List<Group> groups) {

    /** Customers with this many repeat purchases (or more, for the last group) and their per-customer averages. */
    public record Group(int calibrationRepeatPurchases, boolean orMore, int customerCount, double actualAverage,
            double predictedAverage) {
    }

    /** Groups 0 to {@code lastGroup} − 1 by their repeat purchases, and one group of {@code lastGroup} or more. */
    public static HoldoutReport of(ClvFit fit, LocalDate holdoutEnd, List<HoldoutHistory> histories, int lastGroup) {
        BgNbdParameters p = fit.bgnbdParameters();
        double length = fit.timeUnit().of(holdoutEnd.toEpochDay() - fit.calibrationEnd().toEpochDay());
        int[] customers = new int[lastGroup + 1];
        double[] actual = new double[lastGroup + 1];
        double[] predicted = new double[lastGroup + 1];
        for (HoldoutHistory h : histories) {
            PurchaseHistory c = h.calibration();
            int group = Math.min(c.x(), lastGroup);
            customers[group] += c.customers();
            actual[group] += (double) h.holdoutPurchases() * c.customers();
            predicted[group] += BgNbd.expectedPurchases(p, c.x(), c.recency(), c.age(), length) * c.customers();
        }
        List<Group> groups = new ArrayList<>();
        int customerCount = 0;
        long actualPurchases = 0;
        double predictedPurchases = 0;
        for (int x = 0; x <= lastGroup; x++) {
            customerCount += customers[x];
            actualPurchases += Math.round(actual[x]);
            predictedPurchases += predicted[x];
            if (customers[x] > 0) {
                groups.add(new Group(x, x == lastGroup, customers[x], actual[x] / customers[x], predicted[x] / customers[x]));
            }
        }
        return new HoldoutReport(fit, holdoutEnd, length, customerCount, actualPurchases, predictedPurchases, groups);
    }
}
