package org.retentionsuite.gateway.api;

import java.util.List;

/**
 * A fit's predicted repeat purchases over {@code holdoutLength} periods after its calibration end
 * against the actual ones, in total and by repeat purchases in the calibration period.
 */
public record ClvHoldoutView(String fitId, String holdoutEnd, double holdoutLength, int customerCount,
        long actualPurchases, double predictedPurchases, List<Group> groups) {

    /** Per customer of the group; the group with {@code orMore} holds that many repeat purchases or more. */
    public record Group(int calibrationRepeatPurchases, boolean orMore, int customerCount, double actualAverage,
            double predictedAverage) {
    }
}
