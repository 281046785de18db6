package org.retentionsuite.gateway.e2e;

import io.quarkus.test.common.QuarkusTestResource;

/** Every gateway test runs against the real services, started once for the whole test run. */
@QuarkusTestResource(RunningSuite.class)
public class RunningSuiteForAllTests {
}
