package org.retentionsuite.feedback.domain;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InvitationTokenTest {

    @Test
    void aTokenIs256RandomBitsWrittenUrlSafe() {
        InvitationToken token = InvitationToken.generate();

        assertTrue(token.value().matches("[A-Za-z0-9_-]{43}"), token.value());
        assertEquals(32, Base64.getUrlDecoder().decode(token.value()).length);
    }

    @Test
    void theStoredHashIsTheSha256OfTheToken() {
        InvitationToken token = InvitationToken.generate();

        assertArrayEquals(InvitationToken.hashOf(token.value()), token.hash());
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                HexFormat.of().formatHex(InvitationToken.hashOf("abc")));
    }

    @Test
    void tenThousandTokensAreAllDifferent() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            tokens.add(InvitationToken.generate().value());
        }
        assertEquals(10_000, tokens.size());
    }
}
