package org.retentionsuite.gateway.openapi;

import org.junit.jupiter.api.Test;
import org.retentionsuite.gateway.error.ProblemType;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProblemResponsesTest {

    @Test
    void everyProblemTypeHasAnExampleDetail() {
        assertEquals(EnumSet.allOf(ProblemType.class), ProblemResponses.DETAILS.keySet());
    }
}
