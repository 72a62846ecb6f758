package org.healthplanning.platform.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What an Idempotency-Key may be: 1 to 255 visible ASCII characters, sent once. */
class KeyFormatTest {

    @Test
    void visibleAsciiUpTo255CharactersIsAKey() {
        assertNull(IdempotencyKeys.problem("5f0c2a7e-8d1b-4c3e-9a6f-0b7d4e2c1a93", 1));
        assertNull(IdempotencyKeys.problem("a", 1));
        assertNull(IdempotencyKeys.problem("!~\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}", 1));
        assertNull(IdempotencyKeys.problem("k".repeat(255), 1));
    }

    @Test
    void anythingElseIsNot() {
        assertNotNull(IdempotencyKeys.problem("", 1));
        assertNotNull(IdempotencyKeys.problem(null, 1));
        assertNotNull(IdempotencyKeys.problem("k".repeat(256), 1));
        assertNotNull(IdempotencyKeys.problem("two words", 1));
        assertNotNull(IdempotencyKeys.problem("tab\tkey", 1));
        assertNotNull(IdempotencyKeys.problem("键", 1));
        assertNotNull(IdempotencyKeys.problem("clé", 1));
        assertNotNull(IdempotencyKeys.problem("nul\u0000", 1));
        assertEquals("send the header once", IdempotencyKeys.problem("a", 2));
    }

    @Test
    void theRequestHashIsTheSha256OfTheBody() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", IdempotencyKeys.sha256(new byte[0]));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                IdempotencyKeys.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
    }
}
