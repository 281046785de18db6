package org.retentionsuite.gateway.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /programs/{programId}/members/{customerId}/adjustments}: {@code points} not 0; positive
 * adds points (active at once), negative takes active points back; {@code reason} goes into the ledger.
 */
public record PointsAdjustment(@NotNull Long points, @NotBlank @Size(max = 200) String reason) {
}
