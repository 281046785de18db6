package org.retentionsuite.gateway.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.api.CohortMatrixView;
import org.retentionsuite.gateway.api.KpiView;
import org.retentionsuite.gateway.api.RfmViews;
import org.retentionsuite.gateway.api.VipList;
import org.retentionsuite.proto.segmentation.v1.RefreshRfmSnapshotResponse;
import org.retentionsuite.proto.segmentation.v1.CohortBasis;
import org.retentionsuite.proto.segmentation.v1.CohortPeriod;
import org.retentionsuite.proto.segmentation.v1.CustomerRfm;
import org.retentionsuite.proto.segmentation.v1.GetCohortRetentionRequest;
import org.retentionsuite.proto.segmentation.v1.GetCohortRetentionResponse;
import org.retentionsuite.proto.segmentation.v1.GetKpisRequest;
import org.retentionsuite.proto.segmentation.v1.GetRfmDistributionResponse;
import org.retentionsuite.proto.segmentation.v1.Kpis;
import org.retentionsuite.proto.segmentation.v1.ListRfmScoresRequest;
import org.retentionsuite.proto.segmentation.v1.ListRfmScoresResponse;
import org.retentionsuite.proto.segmentation.v1.ListVipCustomersRequest;
import org.retentionsuite.proto.segmentation.v1.ListVipCustomersResponse;
import org.retentionsuite.proto.segmentation.v1.RfmSegment;
import org.retentionsuite.proto.segmentation.v1.VipRanking;

import java.util.Locale;

/** RFM, KPIs, cohorts and VIPs between the API's JSON and query parameters and the segmentation contract. */
@ApplicationScoped
public class AnalyticsMapping {

    private static final int MAX_LIMIT = 1000;

    /** The API's values of {@code by} and the like, matched without regard to case ({@code by=month}). */
    public enum CohortBy { MONTH, WEEK }

    public enum CohortBasisName { FIRST_PURCHASE, SIGN_UP }

    public enum VipBy { SPEND, FREQUENCY, CLV }

    public enum SegmentName {
        CHAMPIONS, LOYAL, POTENTIAL_LOYALIST, NEW, PROMISING, NEED_ATTENTION, ABOUT_TO_SLEEP, AT_RISK,
        CANT_LOSE_THEM, HIBERNATING, LOST
    }

    public ListRfmScoresRequest toRfmRequest(String asOf, String since, String segment, String limit, String cursor) {
        ListRfmScoresRequest.Builder request = ListRfmScoresRequest.newBuilder()
                .setAsOf(orEmpty(asOf)).setSince(orEmpty(since))
                .setPageSize(limit == null ? 0 : QueryParameters.integer("limit", limit, 1, MAX_LIMIT))
                .setPageToken(orEmpty(cursor));
        if (segment != null) {
            request.setSegment(RfmSegment.valueOf("RFM_SEGMENT_" + named("segment", SegmentName.class, segment).name()));
        }
        return request.build();
    }

    public RfmViews.Distribution toView(GetRfmDistributionResponse response) {
        return new RfmViews.Distribution(response.getAsOf(), response.getCustomerCount(),
                response.getSegmentsList().stream().map(s -> new RfmViews.SegmentCount(segment(s.getSegment()),
                        s.getCustomerCount(), s.getSharePercent())).toList());
    }

    public RfmViews.Page toView(ListRfmScoresResponse response) {
        return new RfmViews.Page(response.getCustomersList().stream().map(AnalyticsMapping::toView).toList(),
                response.getNextPageToken().isEmpty() ? null : response.getNextPageToken());
    }

    static RfmViews.CustomerRfm toView(CustomerRfm rfm) {
        return new RfmViews.CustomerRfm(rfm.getCustomerId(), rfm.getAsOf(), rfm.getRecencyDays(), rfm.getFrequency(),
                MoneyFormat.toJson(rfm.getMonetary()),
                new RfmViews.Scores(rfm.getRecencyScore(), rfm.getFrequencyScore(), rfm.getMonetaryScore()),
                segment(rfm.getSegment()), Timestamps.toInstant(rfm.hasComputedAt(), rfm.getComputedAt()));
    }

    public GetKpisRequest toKpiRequest(String from, String to, String churnWindowDays) {
        return GetKpisRequest.newBuilder().setFrom(orEmpty(from)).setTo(orEmpty(to))
                .setChurnWindowDays(churnWindowDays == null ? 0
                        : QueryParameters.integer("churnWindowDays", churnWindowDays, 1, 3650))
                .build();
    }

    public KpiView toView(Kpis k) {
        return new KpiView(k.getFrom(), k.getTo(), k.getChurnWindowDays(),
                new KpiView.Customers(k.getCustomersAtStart(), k.getCustomersAtEnd(), k.getNewCustomers(),
                        k.getLostCustomers(), k.getPurchasingCustomers()),
                k.getPurchaseCount(), k.hasRetentionRate() ? k.getRetentionRate() : null,
                k.hasChurnRate() ? k.getChurnRate() : null, MoneyFormat.toJson(k.getAverageOrderValue()),
                k.getPurchaseFrequency(), k.getRepeatPurchaseRate(), k.hasReferralRate() ? k.getReferralRate() : null,
                MoneyFormat.toJson(k.getAverageAcquisitionCost()),
                k.hasExpectedLifetimePeriods() ? k.getExpectedLifetimePeriods() : null,
                k.hasSimpleCltv() ? MoneyFormat.toJson(k.getSimpleCltv()) : null);
    }

    /** {@code by} defaults to month, {@code basis} to first purchase. */
    public GetCohortRetentionRequest toCohortRequest(String by, String basis, String from, String to) {
        CohortBy period = by == null ? CohortBy.MONTH : named("by", CohortBy.class, by);
        CohortBasisName cohortBasis = basis == null ? CohortBasisName.FIRST_PURCHASE
                : named("basis", CohortBasisName.class, basis);
        return GetCohortRetentionRequest.newBuilder()
                .setPeriod(CohortPeriod.valueOf("COHORT_PERIOD_" + period.name()))
                .setBasis(CohortBasis.valueOf("COHORT_BASIS_" + cohortBasis.name()))
                .setFrom(orEmpty(from)).setTo(orEmpty(to))
                .build();
    }

    public CohortMatrixView toView(GetCohortRetentionResponse response) {
        return new CohortMatrixView(response.getPeriod().name().substring("COHORT_PERIOD_".length()),
                response.getBasis().name().substring("COHORT_BASIS_".length()),
                response.getCohortsList().stream().map(c -> new CohortMatrixView.Cohort(c.getCohortStart(), c.getSize(),
                        c.getCellsList().stream().map(cell -> new CohortMatrixView.Cell(cell.getOffset(),
                                cell.getActiveCount(), cell.getActivePercent())).toList())).toList());
    }

    /** {@code by} defaults to spend. */
    public ListVipCustomersRequest toVipRequest(String by, String limit) {
        VipBy ranking = by == null ? VipBy.SPEND : named("by", VipBy.class, by);
        return ListVipCustomersRequest.newBuilder()
                .setRanking(VipRanking.valueOf("VIP_RANKING_" + ranking.name()))
                .setLimit(limit == null ? 0 : QueryParameters.integer("limit", limit, 1, MAX_LIMIT))
                .build();
    }

    public VipList toView(ListVipCustomersResponse response) {
        return new VipList(response.getRanking().name().substring("VIP_RANKING_".length()),
                response.getCustomersList().stream().map(c -> new VipList.Item(c.getRank(), c.getCustomerId(),
                        MoneyFormat.toJson(c.getTotalSpend()), c.getPurchaseCount(),
                        c.hasClv() ? MoneyFormat.toJson(c.getClv()) : null)).toList());
    }

    private static <E extends Enum<E>> E named(String parameter, Class<E> type, String value) {
        return QueryParameters.enumValue(parameter, type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private static String segment(RfmSegment segment) {
        return segment.name().substring("RFM_SEGMENT_".length());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    public RfmViews.SnapshotRefresh toView(RefreshRfmSnapshotResponse refreshed) {
        return new RfmViews.SnapshotRefresh(refreshed.getAsOf(),
                Timestamps.toInstant(refreshed.hasComputedAt(), refreshed.getComputedAt()), refreshed.getCustomerCount(),
                refreshed.getDurationMillis());
    }
}
