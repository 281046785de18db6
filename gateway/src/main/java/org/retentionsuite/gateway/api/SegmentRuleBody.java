package org.retentionsuite.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A segment rule: a group ({@code all} or {@code any} of nested rules) or a condition
 * ({@code field}, {@code operator}, {@code values} as strings or numbers, and {@code withinDays}
 * for behaviour fields; 0 or absent is all time). The segmentation service checks it and names
 * an offending part by its path, such as {@code rule.any[1].all[0].operator}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SegmentRuleBody(List<SegmentRuleBody> all, List<SegmentRuleBody> any, String field, String operator,
        List<Object> values, Integer withinDays) {
}
