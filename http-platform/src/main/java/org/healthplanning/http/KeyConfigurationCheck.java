package org.healthplanning.http;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Refuses to start without a key to verify tokens with: production must set
 * MP_JWT_VERIFY_PUBLICKEY_LOCATION (a PEM file or a JWKS URL) or mp.jwt.verify.publickey.
 */
@Startup
@ApplicationScoped
public class KeyConfigurationCheck {
    private static final Logger LOG = Logger.getLogger(KeyConfigurationCheck.class);

    @PostConstruct
    void verify() {
        var config = ConfigProvider.getConfig();
        String source = check(config.getOptionalValue("mp.jwt.verify.publickey.location", String.class),
                config.getOptionalValue("mp.jwt.verify.publickey", String.class));
        LOG.infof("Tokens are verified with the public key from %s", source);
    }

    /**
     * Where the verification key comes from; throws when neither a key location nor an inline key
     * is configured (blank values count as missing).
     */
    public static String check(Optional<String> location, Optional<String> inlineKey) {
        if (location.filter(s -> !s.isBlank()).isPresent()) {
            return location.get().trim();
        }
        if (inlineKey.filter(s -> !s.isBlank()).isPresent()) {
            return "mp.jwt.verify.publickey";
        }
        throw new IllegalStateException("No public key to verify tokens with: set MP_JWT_VERIFY_PUBLICKEY_LOCATION "
                + "(a PEM file or a JWKS URL) or mp.jwt.verify.publickey");
    }
}
