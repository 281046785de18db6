package org.retentionsuite.gateway.api;

/** How a programme rounds fractional points. */
public enum PointsRounding {
    DOWN,
    HALF_UP,
    UP
}
