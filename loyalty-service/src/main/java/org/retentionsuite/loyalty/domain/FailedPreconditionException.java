package org.retentionsuite.loyalty.domain;

/**
 * The request is valid but the state does not allow it (not enough points, out of stock, ...).
 * The reason is a stable machine-readable code that the gateway turns into a problem type.
 */
public class FailedPreconditionException extends RuntimeException {

    public static final String NOT_ENOUGH_POINTS = "NOT_ENOUGH_POINTS";
    public static final String OUT_OF_STOCK = "OUT_OF_STOCK";
    public static final String REWARD_NOT_AVAILABLE = "REWARD_NOT_AVAILABLE";
    public static final String MEMBER_LIMIT_REACHED = "MEMBER_LIMIT_REACHED";
    public static final String RESERVATION_EXPIRED = "RESERVATION_EXPIRED";
    public static final String REDEMPTION_NOT_OPEN = "REDEMPTION_NOT_OPEN";
    public static final String MEMBER_SUSPENDED = "MEMBER_SUSPENDED";
    public static final String RETURN_EXCEEDS_ORDER = "RETURN_EXCEEDS_ORDER";
    public static final String IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED";
    public static final String SELF_REFERRAL = "SELF_REFERRAL";
    public static final String REFERRAL_LIMIT_REACHED = "REFERRAL_LIMIT_REACHED";

    private final String reason;

    public FailedPreconditionException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
