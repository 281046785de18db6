package org.retentionsuite.gateway.api;

/**
 * Churn of treated against control customers whose churn window has ended, with the two-proportion
 * z-test; {@code z} and {@code pValue} are null when an arm is empty or nobody (or everybody) churned.
 */
public record PlaybookReportView(String playbookId, int churnWindowDays, Arm treated, Arm control, int pending,
        double difference, Double z, Double pValue) {

    public record Arm(int customers, int churned, double churnRate) {
    }
}
