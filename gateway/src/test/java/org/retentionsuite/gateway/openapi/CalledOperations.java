package org.retentionsuite.gateway.openapi;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Records "METHOD /path" of every request the tests send through RestAssured, in a file of this test
 * run (the JVM's pid), for {@link OperationCoverageTest}. {@code Api} switches it on for all tests.
 */
public final class CalledOperations {

    private CalledOperations() {
    }

    static Path file() {
        return Path.of("target", "called-operations", ProcessHandle.current().pid() + ".txt");
    }

    public static synchronized void record() {
        if (RestAssured.filters().stream().noneMatch(Recorder.class::isInstance)) {
            RestAssured.filters(new Recorder());
        }
    }

    static final class Recorder implements Filter {
        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                FilterContext context) {
            String path = URI.create(request.getURI()).getPath();
            try {
                Files.createDirectories(file().getParent());
                Files.writeString(file(), request.getMethod() + " " + path + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return context.next(request, response);
        }
    }
}
