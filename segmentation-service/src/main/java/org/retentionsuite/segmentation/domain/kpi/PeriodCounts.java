package org.retentionsuite.segmentation.domain.kpi;

/**
 * What the database counts for a period (see {@link Kpis} for who is who); amounts in minor units
 * of the reporting currency.
 */
public record PeriodCounts(long customersAtStart, long customersAtEnd, long newCustomers, long lostCustomers,
        long purchasingCustomers, long purchaseCount, long repeatCustomers, long purchaseAmountMinor,
        long newCustomersWithAttributes, long newCustomersReferred, long newCustomersWithCost,
        long newCustomersCostMinor) {
}
