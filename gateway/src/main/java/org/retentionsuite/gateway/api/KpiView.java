package org.retentionsuite.gateway.api;

/**
 * {@code GET /kpis}: S = customers active at the start (a purchase within the churn window before
 * {@code from}), E = active at the end (within the window ending with {@code to}), N = new (first
 * purchase in the period), lost = of S not active at the end. Rates in percent; null where they
 * would divide by zero.
 */
public record KpiView(String from, String to, int churnWindowDays, Customers customers, long purchaseCount,
        Double retentionRate, Double churnRate, MoneyAmount averageOrderValue, double purchaseFrequency,
        double repeatPurchaseRate, Double referralRate, MoneyAmount averageAcquisitionCost,
        Double expectedLifetimePeriods, MoneyAmount simpleCltv) {

    public record Customers(long atStart, long atEnd, long acquired, long lost, long purchasing) {
    }
}
