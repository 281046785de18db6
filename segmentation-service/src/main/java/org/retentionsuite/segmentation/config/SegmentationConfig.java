package org.retentionsuite.segmentation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;

import java.util.Currency;

/** The segmentation service's settings, {@code retention.segmentation.*}. */
@ConfigMapping(prefix = "retention.segmentation")
public interface SegmentationConfig {

    /** The one currency purchase and return amounts are accepted and summed in. */
    @WithConverter(CurrencyConverter.class)
    Currency reportingCurrency();
}
