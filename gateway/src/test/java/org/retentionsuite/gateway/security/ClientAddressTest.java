package org.retentionsuite.gateway.security;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClientAddressTest {

    private static final Set<String> PROXIES = Set.of("10.0.0.5", "10.0.0.6");

    @Test
    void withoutTrustedProxiesTheForwardedForHeaderIsIgnored() {
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", "198.51.100.1", Set.of()));
    }

    @Test
    void aForwardedForHeaderFromAnUntrustedPeerIsIgnored() {
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", "198.51.100.1", PROXIES));
    }

    @Test
    void behindATrustedProxyTheClientIsTheLastAddressThatIsNoProxy() {
        // The client wrote 1.2.3.4 itself; 198.51.100.1 is what the first trusted proxy saw.
        assertEquals("198.51.100.1", ClientAddress.of("10.0.0.5", "1.2.3.4, 198.51.100.1, 10.0.0.6", PROXIES));
    }

    @Test
    void aTrustedProxyWithoutForwardedForIsTheClient() {
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", null, PROXIES));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", " ", PROXIES));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", "10.0.0.6", PROXIES));
    }
}
