package org.retentionsuite.gateway.api;

import java.util.List;

public record TagRuleList(List<TagRuleView> items) {
}
