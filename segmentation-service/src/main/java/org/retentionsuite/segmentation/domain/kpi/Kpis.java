package org.retentionsuite.segmentation.domain.kpi;

import java.time.LocalDate;

/**
 * The retention KPIs of a period [from, to]. A customer is active at an instant when they
 * purchased within the churn window of days before it. S: active at the start (a purchase in the
 * window before {@code from}); E: active at the end (a purchase in the window ending with
 * {@code to}); N: new (first purchase ever in the period); lost: of S, not active at the end.
 * Rates are percentages; null where the denominator is zero. Money in minor units.
 */
public record Kpis(LocalDate from, LocalDate to, int churnWindowDays, PeriodCounts counts, Double retentionRate,
        Double churnRate, long averageOrderValueMinor, double purchaseFrequency, double repeatPurchaseRate,
        Double referralRate, long averageAcquisitionCostMinor, Double expectedLifetimePeriods, Long simpleCltvMinor) {

    public static Kpis of(LocalDate from, LocalDate to, int churnWindowDays, PeriodCounts c) {
        long s = c.customersAtStart();
        Double retention = s == 0 ? null : (c.customersAtEnd() - c.newCustomers()) * 100.0 / s;
        Double churn = s == 0 ? null : c.lostCustomers() * 100.0 / s;
        double aov = c.purchaseCount() == 0 ? 0 : (double) c.purchaseAmountMinor() / c.purchaseCount();
        double frequency = c.purchasingCustomers() == 0 ? 0 : (double) c.purchaseCount() / c.purchasingCustomers();
        double repeat = c.purchasingCustomers() == 0 ? 0 : c.repeatCustomers() * 100.0 / c.purchasingCustomers();
        Double referral = c.newCustomersWithAttributes() == 0 ? null
                : c.newCustomersReferred() * 100.0 / c.newCustomersWithAttributes();
        double acquisitionCost = c.newCustomersWithCost() == 0 ? 0
                : (double) c.newCustomersCostMinor() / c.newCustomersWithCost();
        Double lifetime = churn == null || churn == 0 ? null : 100.0 / churn;
        // The unrounded AOV, so that CLTV is not off by the rounding times the purchases.
        Long cltv = lifetime == null ? null : Math.round(aov * frequency * lifetime - acquisitionCost);
        return new Kpis(from, to, churnWindowDays, c, retention, churn, Math.round(aov), frequency, repeat, referral,
                Math.round(acquisitionCost), lifetime, cltv);
    }
}
