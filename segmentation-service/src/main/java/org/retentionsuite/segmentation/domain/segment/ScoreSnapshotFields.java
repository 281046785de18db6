package org.retentionsuite.segmentation.domain.segment;

import org.retentionsuite.segmentation.domain.rfm.RfmSegment;

import java.util.Arrays;
import java.util.List;

/**
 * RFM scores, the named RFM segment and the predicted CLV from the customer score snapshot. RFM
 * quintiles rank a customer among all customers, so they are computed for everyone at once: a
 * full pass over a segment that uses them refreshes the snapshot first.
 */
public final class ScoreSnapshotFields {

    private ScoreSnapshotFields() {
    }

    public static List<RuleField> all() {
        return List.of(
                score("recencyScore", ValueKind.NUMBER, "s.recency_score", List.of()),
                score("frequencyScore", ValueKind.NUMBER, "s.frequency_score", List.of()),
                score("monetaryScore", ValueKind.NUMBER, "s.monetary_score", List.of()),
                score("rfmSegment", ValueKind.LABEL, "s.rfm_segment",
                        Arrays.stream(RfmSegment.values()).map(Enum::name).toList()),
                // One year ahead under the latest CLV fit, in minor units of the reporting currency.
                score("predictedClv", ValueKind.MONEY, "s.predicted_clv_minor", List.of()));
    }

    private static RuleField score(String name, ValueKind kind, String column, List<String> choices) {
        return new LookupField(name, kind, "(SELECT " + column + " FROM customer_score s WHERE s.customer_id = c.customer_id)",
                List.of(), choices, true);
    }
}
