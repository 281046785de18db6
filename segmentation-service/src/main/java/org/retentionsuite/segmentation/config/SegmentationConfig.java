package org.retentionsuite.segmentation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

import java.util.Currency;

/** The segmentation service's settings, {@code retention.segmentation.*}. */
@ConfigMapping(prefix = "retention.segmentation")
public interface SegmentationConfig {

    /** The one currency purchase and return amounts are accepted and summed in. */
    @WithConverter(CurrencyConverter.class)
    Currency reportingCurrency();

    /** The CLV models. */
    Clv clv();

    interface Clv {

        /** The yearly rate a customer's future spend is discounted at in their CLV: 0.10 is 10 % a year. */
        @WithDefault("0.10")
        double annualDiscountRate();

        /** With fewer repeat buyers in the calibration period the fit would be noise, so it is refused. */
        @WithDefault("10")
        int minRepeatBuyers();
    }
}
