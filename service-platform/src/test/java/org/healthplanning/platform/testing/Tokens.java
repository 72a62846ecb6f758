package org.healthplanning.platform.testing;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Bearer tokens for the tests, signed with the development key unless said otherwise. */
public final class Tokens {
    public static final String ISSUER = "https://healthplanning.local/dev";
    public static final String ADMIN_SUBJECT = "test-admin";
    /** The audience every token of the suite names (mp.jwt.verify.audiences). */
    public static final String AUDIENCE = "healthplanning-suite";

    private Tokens() {
    }

    public static String admin() {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(ADMIN_SUBJECT).groups(Set.of("admin")).expiresIn(3600).sign();
    }

    /** An editor whose token lists the given region codes. */
    public static String editor(String subject, String... regions) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).groups(Set.of("editor")).claim("regions", List.of(regions))
                .expiresIn(3600).sign();
    }

    /** A reviewer whose token lists the given region codes. */
    public static String reviewer(String subject, String... regions) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).groups(Set.of("reviewer")).claim("regions", List.of(regions))
                .expiresIn(3600).sign();
    }

    /** A valid token without the editor or admin role. */
    public static String reader(String subject) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).groups(Set.of("viewer")).expiresIn(3600).sign();
    }

    /** An admin token signed by a freshly generated key the service does not trust. */
    public static String badSignature() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            KeyPair other = g.generateKeyPair();
            return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("intruder").groups(Set.of("admin")).expiresIn(3600).sign(other.getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An admin token, correctly signed, that expired an hour ago. */
    public static String expired() {
        long now = Instant.now().getEpochSecond();
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("late-admin").groups(Set.of("admin"))
                .issuedAt(now - 7200).expiresAt(now - 3600).sign();
    }

    /** An admin token, correctly signed, that names no audience. */
    public static String withoutAudience() {
        return Jwt.issuer(ISSUER).subject("admin-of-nothing").groups(Set.of("admin")).expiresIn(3600).sign();
    }

    /** An admin token, correctly signed, issued for another system. */
    public static String otherAudience() {
        return Jwt.issuer(ISSUER).audience("another-system").subject("admin-elsewhere").groups(Set.of("admin")).expiresIn(3600).sign();
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /** Makes every REST Assured request of the calling test class carry an admin token. */
    public static void adminByDefault() {
        RestAssured.requestSpecification = new RequestSpecBuilder().addHeader("Authorization", bearer(admin())).build();
    }

    /** Makes REST Assured requests carry no token unless a test adds one. */
    public static void anonymousByDefault() {
        RestAssured.requestSpecification = null;
    }
}
