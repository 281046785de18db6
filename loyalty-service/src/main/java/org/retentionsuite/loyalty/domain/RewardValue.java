package org.retentionsuite.loyalty.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * What a reward gives, by its kind: an amount off (FIXED_DISCOUNT) or paid back (CASHBACK) in a
 * currency, a percentage off (PERCENTAGE_DISCOUNT), a product by SKU (FREE_PRODUCT), or an
 * experience by its description (EXPERIENCE). Exactly the part of the kind is set.
 */
@Embeddable
public class RewardValue {

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    @Column(name = "value_currency")
    private String currencyCode;

    @Column(name = "value_amount_minor")
    private Long amountMinor;

    @Column(name = "value_percent")
    private BigDecimal percent;

    @Column(name = "value_sku")
    private String sku;

    @Column(name = "value_description")
    private String description;

    protected RewardValue() {
    }

    private RewardValue(String currencyCode, Long amountMinor, BigDecimal percent, String sku, String description) {
        this.currencyCode = currencyCode;
        this.amountMinor = amountMinor;
        this.percent = percent;
        this.sku = sku;
        this.description = description;
    }

    /** An amount in minor units of an ISO 4217 currency, as the request gives it. */
    public record Amount(String currencyCode, long amountMinor) {
    }

    /** The value parts a request gives; null where a part is absent. */
    public record Raw(Amount discount, String percent, Amount cashback, String sku, String description) {
    }

    /** The value a reward of {@code kind} gives, checked against its kind (null when none is given); violations are named under {@code value.}. */
    static RewardValue of(RewardKind kind, Raw raw, Violations violations) {
        if (kind == null || raw == null) {
            return null;
        }
        String percent = blankToNull(raw.percent());
        String sku = blankToNull(raw.sku());
        String description = blankToNull(raw.description());
        onlyFor(violations, kind, RewardKind.FIXED_DISCOUNT, "value.discount", raw.discount() != null);
        onlyFor(violations, kind, RewardKind.PERCENTAGE_DISCOUNT, "value.percent", percent != null);
        onlyFor(violations, kind, RewardKind.CASHBACK, "value.cashback", raw.cashback() != null);
        onlyFor(violations, kind, RewardKind.FREE_PRODUCT, "value.sku", sku != null);
        onlyFor(violations, kind, RewardKind.EXPERIENCE, "value.description", description != null);
        return switch (kind) {
            case FIXED_DISCOUNT -> amount(violations, "value.discount", raw.discount());
            case CASHBACK -> amount(violations, "value.cashback", raw.cashback());
            case PERCENTAGE_DISCOUNT -> new RewardValue(null, null,
                    violations.positiveDecimal("value.percent", percent, HUNDRED, 2), null, null);
            case FREE_PRODUCT -> new RewardValue(null, null, null, violations.requiredText("value.sku", sku, 128), null);
            case EXPERIENCE -> new RewardValue(null, null, null, null,
                    violations.requiredText("value.description", description, 500));
        };
    }

    private static RewardValue amount(Violations violations, String field, Amount amount) {
        if (amount == null) {
            violations.add(field, "is required for this kind of reward");
            return null;
        }
        Currency currency = ProgramTerms.currency(violations, field + ".currency_code", amount.currencyCode());
        if (amount.amountMinor() <= 0) {
            violations.add(field + ".amount_minor", "must be more than 0");
        }
        return new RewardValue(currency == null ? null : currency.getCurrencyCode(), amount.amountMinor(), null, null, null);
    }

    private static void onlyFor(Violations violations, RewardKind kind, RewardKind owner, String field, boolean given) {
        if (given && kind != owner) {
            violations.add(field, "is only for " + owner + " rewards, not " + kind);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public String currencyCode() {
        return currencyCode;
    }

    public Long amountMinor() {
        return amountMinor;
    }

    public BigDecimal percent() {
        return percent;
    }

    public String sku() {
        return sku;
    }

    public String description() {
        return description;
    }
}
