package org.retentionsuite.gateway.api;

import java.util.List;

/** One item per requested customer, in the order of the request. */
public record InvitationResults(List<InvitationItem> items) {
}
