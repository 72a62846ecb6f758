package org.healthplanning.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Reads a verified token's claims strictly, after its signature, issuer, audience and expiry were
 * checked: {@code groups} and {@code regions} must be arrays of strings (a string "admin" is not a
 * group list, "971501,971502" is not two regions), {@code iat} must be present and not in the future
 * beyond the allowed clock skew, and {@code exp - iat} may not exceed the longest lifetime this suite
 * issues. A token that fails is unauthenticated (401); the reason goes to the security log.
 */
@ApplicationScoped
public class StrictTokenClaims implements SecurityIdentityAugmentor {
    private static final Logger LOG = Logger.getLogger("org.healthplanning.security");

    @ConfigProperty(name = "healthplan.security.max-token-lifetime", defaultValue = "PT24H")
    Duration maxLifetime;

    @ConfigProperty(name = "healthplan.security.clock-skew", defaultValue = "PT60S")
    Duration clockSkew;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken jwt) {
            String problem = problem(claims(jwt.getRawToken()), Instant.now());
            if (problem != null) {
                LOG.warnf("Refused 401: subject=%s reason=token %s", jwt.getSubject(), problem);
                return Uni.createFrom().failure(new AuthenticationFailedException("token " + problem));
            }
        }
        return Uni.createFrom().item(identity);
    }

    /** Why these claims cannot be accepted at {@code now}, or null when they can. */
    String problem(JsonObject claims, Instant now) {
        if (claims == null) {
            return "payload is not a JSON object";
        }
        for (String name : new String[] {"groups", "regions"}) {
            JsonValue v = claims.get(name);
            if (v != null && !(v instanceof JsonArray a && a.stream().allMatch(x -> x instanceof JsonString))) {
                return "claim '" + name + "' must be an array of strings";
            }
        }
        if (!(claims.get("iat") instanceof JsonNumber iat)) {
            return "has no numeric 'iat' claim";
        }
        Instant issued = Instant.ofEpochSecond(iat.longValue());
        if (issued.isAfter(now.plus(clockSkew))) {
            return "was issued in the future (iat " + issued + ")";
        }
        if (claims.get("exp") instanceof JsonNumber exp
                && Duration.between(issued, Instant.ofEpochSecond(exp.longValue())).compareTo(maxLifetime) > 0) {
            return "lives longer than " + maxLifetime.toHours() + " hours (iat " + issued + ", exp "
                    + Instant.ofEpochSecond(exp.longValue()) + ")";
        }
        return null;
    }

    private static JsonObject claims(String raw) {
        if (raw == null) {
            return null;
        }
        String[] parts = raw.split("\\.");
        if (parts.length < 2) {
            return null;
        }
        try {
            String json = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            try (var reader = jakarta.json.Json.createReader(new StringReader(json))) {
                return reader.readObject();
            }
        } catch (RuntimeException e) {
            return null;
        }
    }
}
