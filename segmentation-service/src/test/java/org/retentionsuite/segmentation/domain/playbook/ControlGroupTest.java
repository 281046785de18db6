package org.retentionsuite.segmentation.domain.playbook;

import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ControlGroupTest {

    private static final UUID PLAYBOOK = UUID.fromString("6f1c1b1e-0d7e-4b8a-9a55-2c3d4e5f6a7b");

    @Test
    void aCustomerIsAlwaysInTheSameGroupOfAPlaybook() {
        boolean first = ControlGroup.contains(PLAYBOOK, "customer-7", 0.2);
        IntStream.range(0, 10).forEach(i -> assertEquals(first, ControlGroup.contains(PLAYBOOK, "customer-7", 0.2)));
    }

    @Test
    void theShareOfTenThousandCustomersInTheControlGroupIsCloseToTheConfiguredShare() {
        long control = IntStream.range(0, 10_000).filter(i -> ControlGroup.contains(PLAYBOOK, "c" + i, 0.2)).count();

        // Binomial(10000, 0.2): standard deviation 40; four of them either side.
        assertTrue(control > 1840 && control < 2160, "control group of " + control);
        assertEquals(0, IntStream.range(0, 1000).filter(i -> ControlGroup.contains(PLAYBOOK, "c" + i, 0)).count());
    }
}
