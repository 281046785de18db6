package org.retentionsuite.segmentation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The RFM snapshot's settings, {@code retention.segmentation.rfm.*}. */
@ConfigMapping(prefix = "retention.segmentation.rfm")
public interface RfmConfig {

    /** How often the scheduled pass stores every customer's RFM as of today ("off": never; the first pass runs at start). */
    @WithDefault("1h")
    String snapshotEvery();
}
