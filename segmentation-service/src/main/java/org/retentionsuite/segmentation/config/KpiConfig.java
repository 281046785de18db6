package org.retentionsuite.segmentation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The KPIs' settings, {@code retention.segmentation.kpi.*}. */
@ConfigMapping(prefix = "retention.segmentation.kpi")
public interface KpiConfig {

    /** A customer without a purchase for this many days counts as lost; a request may name another window. */
    @WithDefault("90")
    int churnWindowDays();
}
