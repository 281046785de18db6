package org.retentionsuite.segmentation;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.retentionsuite.deploy.postgres.PostgresTestResource;

/** Every test of this service runs against its own database, retention_test_segmentation. */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "segmentation"))
public class SegmentationTestDatabase {
}
