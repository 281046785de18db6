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

        /**
         * The models are fitted on at most this many customers, the same ones every time (the lowest hashes of
         * their ids); every customer is valued under the fit. The counts of the fit are the whole population's.
         */
        @WithDefault("20000")
        int fitSampleSize();

        /**
         * When the models are refitted on every customer up to yesterday (a Quarkus cron; "off" in tests and
         * the benchmark, which fit themselves). Daily at 02:00 by default, before the churn scoring pass.
         */
        @WithDefault("0 0 2 * * ?")
        String refitCron();

        /** The time unit of the scheduled refit. */
        @WithDefault("WEEK")
        org.retentionsuite.segmentation.domain.clv.ClvTimeUnit refitTimeUnit();
    }
}
