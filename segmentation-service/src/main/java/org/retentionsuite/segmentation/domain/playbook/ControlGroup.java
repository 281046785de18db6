package org.retentionsuite.segmentation.domain.playbook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * The control group of a playbook: customers whose hash of (playbook id, customer id) falls below
 * the control share. Random across customers, yet stable: a customer is always in the same group
 * of a playbook, so repeated triggers never treat a control customer.
 */
public final class ControlGroup {

    private ControlGroup() {
    }

    public static boolean contains(UUID playbookId, String customerId, double share) {
        return position(playbookId, customerId) < share;
    }

    /** A number in [0, 1), uniform over customers. */
    static double position(UUID playbookId, String customerId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((playbookId + ":" + customerId).getBytes(StandardCharsets.UTF_8));
            long top53 = ByteBuffer.wrap(hash).getLong() >>> 11;
            return top53 / (double) (1L << 53);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
