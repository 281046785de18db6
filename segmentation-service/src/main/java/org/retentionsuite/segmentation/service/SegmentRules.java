package org.retentionsuite.segmentation.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.segmentation.config.SegmentationConfig;
import org.retentionsuite.segmentation.domain.segment.ChurnRiskFields;
import org.retentionsuite.segmentation.domain.segment.CustomerAttributeFields;
import org.retentionsuite.segmentation.domain.segment.RuleFields;
import org.retentionsuite.segmentation.domain.segment.ScoreSnapshotFields;
import org.retentionsuite.segmentation.domain.segment.RuleParser;
import org.retentionsuite.segmentation.domain.segment.RuleSpec;
import org.retentionsuite.segmentation.domain.segment.SegmentRule;

import java.util.List;
import java.util.stream.Stream;

/** The fields rules may use in this deployment, and the parser that checks rules against them. */
@ApplicationScoped
public class SegmentRules {

    private final RuleFields fields;
    private final SegmentationConfig config;

    public SegmentRules(SegmentationConfig config) {
        this.config = config;
        this.fields = RuleFields.standard(config.reportingCurrency(), Stream.of(
                        CustomerAttributeFields.all(config.reportingCurrency()), ChurnRiskFields.all(), ScoreSnapshotFields.all())
                .flatMap(List::stream).toList());
    }

    /** The checked rule; INVALID_ARGUMENT (via InvalidRequestException) naming each offending part under {@code path}. */
    public SegmentRule parse(String path, RuleSpec spec) {
        return RuleParser.parse(path, spec, fields, config.reportingCurrency());
    }
}
