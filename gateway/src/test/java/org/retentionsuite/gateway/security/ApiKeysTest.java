package org.retentionsuite.gateway.security;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ApiKeysTest {

    @Test
    void aKeyIsKnownByItsHashWithItsNameAndRole() {
        ApiKeys keys = new ApiKeys(config(List.of("pos:integration:" + ApiKeys.sha256("secret-1"))), gateway(null));
        assertEquals(Optional.of(new ApiKeys.Caller("pos", "integration")), keys.find("secret-1"));
        assertEquals(Optional.empty(), keys.find("secret-2"));
        assertEquals(Optional.empty(), keys.find(ApiKeys.sha256("secret-1")), "the hash itself is not a key");
    }

    @Test
    void theAdminKeyOfTheLocalRunnerIsAnAdminKey() {
        ApiKeys keys = new ApiKeys(config(List.of()), gateway("local-admin"));
        assertEquals(Optional.of(new ApiKeys.Caller("admin", "admin")), keys.find("local-admin"));
    }

    @Test
    void anEntryThatIsNotNameRoleHashOrHasAnUnknownRoleStopsTheStart() {
        IllegalStateException malformed = assertThrows(IllegalStateException.class,
                () -> new ApiKeys(config(List.of("pos:integration:abc")), gateway(null)));
        assertEquals("RETENTION_API_KEYS: an entry is not name:role:sha256hex (64 hex digits): pos:integration:abc",
                malformed.getMessage());
        IllegalStateException role = assertThrows(IllegalStateException.class,
                () -> new ApiKeys(config(List.of("x:root:" + ApiKeys.sha256("k"))), gateway(null)));
        assertEquals("RETENTION_API_KEYS: the key x has the role root; a key's role is one of " + Roles.KEY_ROLES,
                role.getMessage());
    }

    private static List<String> config(List<String> entries) {
        return entries;
    }

    private static Optional<String> gateway(String adminKey) {
        return Optional.ofNullable(adminKey);
    }
}
