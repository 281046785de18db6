package org.retentionsuite.gateway.api;

import java.util.List;

public record RewardList(List<RewardView> items) {
}
