package org.retentionsuite.segmentation.config;

import org.eclipse.microprofile.config.spi.Converter;

import java.util.Currency;

/** Reads an ISO 4217 code such as "USD"; an unknown code stops the service at start. */
public class CurrencyConverter implements Converter<Currency> {

    @Override
    public Currency convert(String value) {
        String code = value.strip();
        if (!code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("\"" + code + "\" is not an ISO 4217 currency code such as \"USD\"");
        }
        return Currency.getInstance(code);
    }
}
