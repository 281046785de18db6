package org.retentionsuite.gateway.security;

import java.util.Set;

/**
 * The address a request comes from: the connection's peer, or, when the peer is a trusted proxy, the
 * last address in {@code X-Forwarded-For} that is not one of the trusted proxies (the entries left of
 * it were written by the client and prove nothing).
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(String peer, String forwardedFor, Set<String> trustedProxies) {
        if (forwardedFor == null || forwardedFor.isBlank() || !trustedProxies.contains(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }
}
