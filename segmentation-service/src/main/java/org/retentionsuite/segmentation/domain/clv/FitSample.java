package org.retentionsuite.segmentation.domain.clv;

import java.util.List;

/**
 * What the CLV models are fitted on: the unique (x, t_x, T) histories and the repeat buyers' spends of
 * the sampled customers, with the counts of the whole population the fit describes. Up to the sample
 * size every customer is in the sample; above it, the same customers every time (the lowest hashes of
 * their ids), so that a fit over millions of customers costs what one over the sample size does.
 */
public record FitSample(List<PurchaseHistory> histories, List<RepeatSpend> spends, int customerCount,
        int repeatBuyerCount) {

    public int sampledCustomers() {
        return histories.stream().mapToInt(PurchaseHistory::customers).sum();
    }

    public int spendingRepeatBuyers() {
        return spends.stream().mapToInt(RepeatSpend::customers).sum();
    }
}
