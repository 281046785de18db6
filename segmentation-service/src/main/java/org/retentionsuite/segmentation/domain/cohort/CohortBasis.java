package org.retentionsuite.segmentation.domain.cohort;

/** What puts a customer in a cohort. */
public enum CohortBasis {
    /** The period of the first purchase. */
    FIRST_PURCHASE,
    /** The period of the sign-up date in the customer's attributes. */
    SIGN_UP
}
