package org.retentionsuite.feedback.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.feedback.domain.CesScore;
import org.retentionsuite.feedback.domain.CsatScore;
import org.retentionsuite.feedback.domain.MetricsBucket;
import org.retentionsuite.feedback.domain.MetricsQuery;
import org.retentionsuite.feedback.domain.NpsScore;
import org.retentionsuite.feedback.domain.ResponseRate;
import org.retentionsuite.feedback.domain.SurveyMetrics;
import org.retentionsuite.feedback.domain.SurveyMetricsReport;
import org.retentionsuite.proto.feedback.v1.CesMetrics;
import org.retentionsuite.proto.feedback.v1.CsatMetrics;
import org.retentionsuite.proto.feedback.v1.GetSurveyMetricsRequest;
import org.retentionsuite.proto.feedback.v1.GetSurveyMetricsResponse;
import org.retentionsuite.proto.feedback.v1.MetricsPeriod;
import org.retentionsuite.proto.feedback.v1.NpsMetrics;

import static org.retentionsuite.feedback.mapping.FeedbackMapper.instant;
import static org.retentionsuite.feedback.mapping.FeedbackMapper.timestamp;

/** Converts metrics requests and reports of the feedback contract; unset scores stay unset. */
@ApplicationScoped
public class MetricsMapper {

    public MetricsQuery toQuery(GetSurveyMetricsRequest request) {
        MetricsBucket bucket = switch (request.getBucket()) {
            case METRICS_BUCKET_DAY -> MetricsBucket.DAY;
            case METRICS_BUCKET_WEEK -> MetricsBucket.WEEK;
            case METRICS_BUCKET_MONTH -> MetricsBucket.MONTH;
            case METRICS_BUCKET_UNSPECIFIED, UNRECOGNIZED -> null;
        };
        return MetricsQuery.of(request.getSurveyId(), request.hasFrom() ? instant(request.getFrom()) : null,
                request.hasTo() ? instant(request.getTo()) : null, bucket, request.getTimeZone());
    }

    public GetSurveyMetricsResponse toProto(SurveyMetricsReport report) {
        GetSurveyMetricsResponse.Builder reply = GetSurveyMetricsResponse.newBuilder().setTotal(toProto(report.total()));
        report.buckets().forEach(period -> reply.addBuckets(MetricsPeriod.newBuilder()
                .setStart(timestamp(period.start()))
                .setMetrics(toProto(period.metrics()))));
        return reply.build();
    }

    /** A survey's metrics; without a response rate (comparisons, breakdowns) it stays unset. */
    static org.retentionsuite.proto.feedback.v1.SurveyMetrics toProto(SurveyMetrics metrics) {
        var proto = org.retentionsuite.proto.feedback.v1.SurveyMetrics.newBuilder();
        if (metrics.responseRate() != null) {
            proto.setResponseRate(toProto(metrics.responseRate()));
        }
        if (metrics.nps() != null) {
            proto.setNps(toProto(metrics.nps()));
        }
        if (metrics.csat() != null) {
            proto.setCsat(toProto(metrics.csat()));
        }
        if (metrics.ces() != null) {
            proto.setCes(toProto(metrics.ces()));
        }
        return proto.build();
    }

    private static NpsMetrics toProto(NpsScore nps) {
        NpsMetrics.Builder proto = NpsMetrics.newBuilder().setN(nps.n()).setPromoters(nps.promoters())
                .setPassives(nps.passives()).setDetractors(nps.detractors());
        if (nps.score() != null) {
            proto.setScore(nps.score()).setMarginOfError(nps.marginOfError());
        }
        return proto.build();
    }

    private static CsatMetrics toProto(CsatScore csat) {
        CsatMetrics.Builder proto = CsatMetrics.newBuilder().setN(csat.n()).setSatisfied(csat.satisfied());
        if (csat.score() != null) {
            proto.setScore(csat.score()).setMean(csat.mean());
        }
        return proto.build();
    }

    private static CesMetrics toProto(CesScore ces) {
        CesMetrics.Builder proto = CesMetrics.newBuilder().setN(ces.n()).setAgree(ces.agree());
        if (ces.variant() != null) {
            proto.setVariant(org.retentionsuite.proto.feedback.v1.CesVariant.valueOf("CES_VARIANT_" + ces.variant().name()));
        }
        if (ces.mean() != null) {
            proto.setMean(ces.mean()).setPercentAgree(ces.percentAgree());
        }
        return proto.build();
    }

    private static org.retentionsuite.proto.feedback.v1.ResponseRate toProto(ResponseRate rate) {
        var proto = org.retentionsuite.proto.feedback.v1.ResponseRate.newBuilder()
                .setCompleted(rate.completed()).setInvitations(rate.invitations());
        if (rate.rate() != null) {
            proto.setRate(rate.rate());
        }
        return proto.build();
    }
}
