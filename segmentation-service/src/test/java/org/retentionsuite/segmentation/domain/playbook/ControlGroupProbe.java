package org.retentionsuite.segmentation.domain.playbook;

import java.util.UUID;

/** Tests in other packages ask the control group which customers a playbook spares. */
public final class ControlGroupProbe {

    private ControlGroupProbe() {
    }

    public static boolean contains(String playbookId, String customerId, double share) {
        return ControlGroup.contains(UUID.fromString(playbookId), customerId, share);
    }
}
