package org.retentionsuite.segmentation.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.proto.common.v1.Money;
import org.retentionsuite.proto.segmentation.v1.CohortBasis;
import org.retentionsuite.proto.segmentation.v1.CohortCell;
import org.retentionsuite.proto.segmentation.v1.CohortPeriod;
import org.retentionsuite.proto.segmentation.v1.CohortRow;
import org.retentionsuite.proto.segmentation.v1.GetCohortRetentionResponse;
import org.retentionsuite.proto.segmentation.v1.GetRfmDistributionResponse;
import org.retentionsuite.proto.segmentation.v1.ListRfmScoresResponse;
import org.retentionsuite.proto.segmentation.v1.ListVipCustomersResponse;
import org.retentionsuite.proto.segmentation.v1.RfmSegment;
import org.retentionsuite.proto.segmentation.v1.RfmSegmentCount;
import org.retentionsuite.proto.segmentation.v1.VipRanking;
import org.retentionsuite.segmentation.domain.cohort.CohortMatrix;
import org.retentionsuite.segmentation.domain.kpi.Kpis;
import org.retentionsuite.segmentation.domain.rfm.CustomerRfm;
import org.retentionsuite.segmentation.domain.rfm.RfmDistribution;
import org.retentionsuite.segmentation.domain.rfm.RfmSnapshot;
import org.retentionsuite.segmentation.domain.vip.VipCustomer;
import org.retentionsuite.segmentation.service.RfmService.RfmPage;

import java.util.Currency;
import java.util.List;

/** RFM, KPIs, cohorts and VIPs between the contract and the domain. */
@ApplicationScoped
public class AnalyticsMapper {

    public org.retentionsuite.segmentation.domain.rfm.RfmSegment toDomain(RfmSegment segment) {
        return ProtoEnums.toDomain(org.retentionsuite.segmentation.domain.rfm.RfmSegment.class, segment, "RFM_SEGMENT_");
    }

    public org.retentionsuite.segmentation.domain.cohort.CohortPeriod toDomain(CohortPeriod period) {
        return ProtoEnums.toDomain(org.retentionsuite.segmentation.domain.cohort.CohortPeriod.class, period,
                "COHORT_PERIOD_");
    }

    public org.retentionsuite.segmentation.domain.cohort.CohortBasis toDomain(CohortBasis basis) {
        return ProtoEnums.toDomain(org.retentionsuite.segmentation.domain.cohort.CohortBasis.class, basis,
                "COHORT_BASIS_");
    }

    public org.retentionsuite.segmentation.domain.vip.VipRanking toDomain(VipRanking ranking) {
        return ProtoEnums.toDomain(org.retentionsuite.segmentation.domain.vip.VipRanking.class, ranking, "VIP_RANKING_");
    }

    public GetRfmDistributionResponse toProto(RfmDistribution distribution) {
        GetRfmDistributionResponse.Builder response = GetRfmDistributionResponse.newBuilder()
                .setAsOf(distribution.asOf().toString())
                .setCustomerCount(distribution.customerCount());
        distribution.counts().forEach((segment, count) -> response.addSegments(RfmSegmentCount.newBuilder()
                .setSegment(ProtoEnums.toProto(RfmSegment.class, segment, "RFM_SEGMENT_"))
                .setCustomerCount(count)
                .setSharePercent(distribution.sharePercent(segment))));
        return response.build();
    }

    public ListRfmScoresResponse toProto(RfmPage page, Currency currency) {
        return ListRfmScoresResponse.newBuilder()
                .addAllCustomers(page.customers().stream().map(c -> toProto(c, currency)).toList())
                .setNextPageToken(page.nextPageToken() == null ? "" : page.nextPageToken())
                .build();
    }

    public org.retentionsuite.proto.segmentation.v1.RefreshRfmSnapshotResponse toProto(RfmSnapshot snapshot) {
        return org.retentionsuite.proto.segmentation.v1.RefreshRfmSnapshotResponse.newBuilder()
                .setAsOf(snapshot.asOf().toString())
                .setComputedAt(ProtoTime.timestamp(snapshot.computedAt()))
                .setCustomerCount(snapshot.customerCount())
                .setDurationMillis(snapshot.durationMillis())
                .build();
    }

    public org.retentionsuite.proto.segmentation.v1.CustomerRfm toProto(CustomerRfm rfm, Currency currency) {
        var proto = org.retentionsuite.proto.segmentation.v1.CustomerRfm.newBuilder();
        if (rfm.computedAt() != null) {
            proto.setComputedAt(ProtoTime.timestamp(rfm.computedAt()));
        }
        return proto
                .setCustomerId(rfm.customerId())
                .setAsOf(rfm.asOf().toString())
                .setRecencyDays(rfm.recencyDays())
                .setFrequency(rfm.frequency())
                .setMonetary(money(rfm.monetaryMinor(), currency))
                .setRecencyScore(rfm.recencyScore())
                .setFrequencyScore(rfm.frequencyScore())
                .setMonetaryScore(rfm.monetaryScore())
                .setSegment(ProtoEnums.toProto(RfmSegment.class, rfm.segment(), "RFM_SEGMENT_"))
                .build();
    }

    public org.retentionsuite.proto.segmentation.v1.Kpis toProto(Kpis kpis, Currency currency) {
        var c = kpis.counts();
        var proto = org.retentionsuite.proto.segmentation.v1.Kpis.newBuilder()
                .setFrom(kpis.from().toString())
                .setTo(kpis.to().toString())
                .setChurnWindowDays(kpis.churnWindowDays())
                .setCustomersAtStart(c.customersAtStart())
                .setCustomersAtEnd(c.customersAtEnd())
                .setNewCustomers(c.newCustomers())
                .setLostCustomers(c.lostCustomers())
                .setPurchasingCustomers(c.purchasingCustomers())
                .setPurchaseCount(c.purchaseCount())
                .setAverageOrderValue(money(kpis.averageOrderValueMinor(), currency))
                .setPurchaseFrequency(kpis.purchaseFrequency())
                .setRepeatPurchaseRate(kpis.repeatPurchaseRate())
                .setAverageAcquisitionCost(money(kpis.averageAcquisitionCostMinor(), currency));
        if (kpis.retentionRate() != null) {
            proto.setRetentionRate(kpis.retentionRate());
        }
        if (kpis.churnRate() != null) {
            proto.setChurnRate(kpis.churnRate());
        }
        if (kpis.referralRate() != null) {
            proto.setReferralRate(kpis.referralRate());
        }
        if (kpis.expectedLifetimePeriods() != null) {
            proto.setExpectedLifetimePeriods(kpis.expectedLifetimePeriods());
        }
        if (kpis.simpleCltvMinor() != null) {
            proto.setSimpleCltv(money(kpis.simpleCltvMinor(), currency));
        }
        return proto.build();
    }

    public GetCohortRetentionResponse toProto(CohortMatrix matrix) {
        GetCohortRetentionResponse.Builder response = GetCohortRetentionResponse.newBuilder()
                .setPeriod(ProtoEnums.toProto(CohortPeriod.class, matrix.period(), "COHORT_PERIOD_"))
                .setBasis(ProtoEnums.toProto(CohortBasis.class, matrix.basis(), "COHORT_BASIS_"));
        for (CohortMatrix.Cohort cohort : matrix.cohorts()) {
            CohortRow.Builder row = CohortRow.newBuilder().setCohortStart(cohort.start().toString()).setSize(cohort.size());
            cohort.cells().forEach(cell -> row.addCells(CohortCell.newBuilder().setOffset(cell.offset())
                    .setActiveCount(cell.activeCount()).setActivePercent(cell.activePercent())));
            response.addCohorts(row);
        }
        return response.build();
    }

    public ListVipCustomersResponse toProto(org.retentionsuite.segmentation.domain.vip.VipRanking ranking,
            List<VipCustomer> customers, Currency currency) {
        ListVipCustomersResponse.Builder response = ListVipCustomersResponse.newBuilder()
                .setRanking(ProtoEnums.toProto(VipRanking.class, ranking, "VIP_RANKING_"));
        for (VipCustomer customer : customers) {
            var proto = org.retentionsuite.proto.segmentation.v1.VipCustomer.newBuilder()
                    .setRank(customer.rank())
                    .setCustomerId(customer.customerId())
                    .setTotalSpend(money(customer.totalSpendMinor(), currency))
                    .setPurchaseCount(customer.purchaseCount());
            if (customer.clvMinor() != null) {
                proto.setClv(money(customer.clvMinor(), currency));
            }
            response.addCustomers(proto);
        }
        return response.build();
    }

    static Money money(long minor, Currency currency) {
        return Money.newBuilder().setCurrencyCode(currency.getCurrencyCode()).setAmountMinor(minor).build();
    }
}
