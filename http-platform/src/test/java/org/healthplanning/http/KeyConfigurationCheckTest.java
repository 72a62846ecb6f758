package org.healthplanning.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyConfigurationCheckTest {

    @Test
    void refusesAConfigurationWithoutAKey() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> KeyConfigurationCheck.check(Optional.empty(), Optional.empty()));
        assertTrue(e.getMessage().contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> KeyConfigurationCheck.check(Optional.of("  "), Optional.of("")));
    }

    @Test
    void acceptsAKeyLocationOrAnInlineKey() {
        assertEquals("/etc/healthplan/publicKey.pem",
                KeyConfigurationCheck.check(Optional.of("/etc/healthplan/publicKey.pem"), Optional.empty()));
        assertEquals("https://sso.example.gov.cn/jwks",
                KeyConfigurationCheck.check(Optional.of(" https://sso.example.gov.cn/jwks "), Optional.empty()));
        assertEquals("mp.jwt.verify.publickey", KeyConfigurationCheck.check(Optional.empty(), Optional.of("MIIBIjANBgkq")));
    }
}
