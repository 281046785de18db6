package org.retentionsuite.gateway.mapping;

import org.retentionsuite.gateway.api.MoneyAmount;
import org.retentionsuite.gateway.error.InvalidFieldException;
import org.retentionsuite.proto.common.v1.Money;

import java.math.BigDecimal;
import java.util.Currency;

/** The API's decimal money ({@code "12.50"}) and the contracts' minor units (1250). */
final class MoneyFormat {

    private MoneyFormat() {
    }

    /** {@code field} is the money's path in the request, for the error that names it. */
    static Money toProto(String field, MoneyAmount money) {
        Currency currency;
        try {
            currency = Currency.getInstance(money.currency());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field + ".currency", "is not an ISO 4217 currency code");
        }
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        BigDecimal amount = new BigDecimal(money.amount());
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new InvalidFieldException(field + ".amount",
                    "has more decimal places than " + currency.getCurrencyCode() + " has (" + digits + ")");
        }
        try {
            long minor = amount.movePointRight(digits).longValueExact();
            return Money.newBuilder().setCurrencyCode(currency.getCurrencyCode()).setAmountMinor(minor).build();
        } catch (ArithmeticException e) {
            throw new InvalidFieldException(field + ".amount", "is too large");
        }
    }

    static MoneyAmount toJson(Money money) {
        int digits = Math.max(Currency.getInstance(money.getCurrencyCode()).getDefaultFractionDigits(), 0);
        return new MoneyAmount(money.getCurrencyCode(), BigDecimal.valueOf(money.getAmountMinor(), digits).toPlainString());
    }
}
