package org.retentionsuite.gateway.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The credential of {@code Authorization: Bearer}: an API key or a member token. */
public class BearerCredential extends BaseAuthenticationRequest {

    private final String value;

    public BearerCredential(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    /** A JWT has three dot-separated parts; an API key has no dot. */
    public boolean isMemberToken() {
        return value.chars().filter(c -> c == '.').count() == 2;
    }
}
