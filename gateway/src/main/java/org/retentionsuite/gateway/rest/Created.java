package org.retentionsuite.gateway.rest;

import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;

/** 201 Created with the new resource's location. */
final class Created {

    private Created() {
    }

    static <T> RestResponse<T> at(String location, T entity) {
        return RestResponse.ResponseBuilder.<T>created(URI.create(location)).entity(entity).build();
    }
}
