package org.healthplanning.suite;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Bearer tokens of the local run: RS256 JWTs signed with the development key pair in
 * config/dev-keys (never valid outside this machine), issued by the suite's development issuer,
 * for the demo loader's writes and for trying writes in Swagger UI.
 */
public final class DevToken {
    public static final String DEFAULT_ISSUER = "https://healthplanning.local/dev";
    /** The audience the services require (mp.jwt.verify.audiences); HEALTHPLAN_JWT_AUDIENCE names another. */
    public static final String DEFAULT_AUDIENCE = "healthplanning-suite";

    private DevToken() {
    }

    /**
     * {@code token --admin | --editor REGION... | --reviewer REGION... [--hours N] [--issuer URL] [--audience NAME] [--root DIR]}: prints one
     * signed token and nothing else. Needs only the JDK: run-suite.sh runs this file directly
     * ({@code java DevToken.java ...}) when the launcher jar is not built.
     */
    public static void main(String[] args) {
        String role = null;
        List<String> regions = new ArrayList<>();
        long hours = 12;
        String issuer = System.getenv().getOrDefault("HEALTHPLAN_JWT_ISSUER", DEFAULT_ISSUER);
        String audience = audience();
        Path root = Path.of("").toAbsolutePath();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "token" -> { }
                    case "--admin" -> role = "admin";
                    case "--editor", "--reviewer" -> {
                        role = args[i].substring(2);
                        while (i + 1 < args.length && !args[i + 1].startsWith("-")) {
                            regions.add(args[++i]);
                        }
                    }
                    case "--hours" -> hours = Long.parseLong(next(args, ++i, "--hours"));
                    case "--issuer" -> issuer = next(args, ++i, "--issuer");
                    case "--audience" -> audience = next(args, ++i, "--audience");
                    case "--root" -> root = Path.of(next(args, ++i, "--root"));
                    case "-h", "--help" -> {
                        System.out.println(TOKEN_USAGE);
                        return;
                    }
                    default -> throw new IllegalArgumentException("Unknown token option '" + args[i] + "'");
                }
            }
            if (role == null) {
                throw new IllegalArgumentException("Say which token: --admin, --editor REGION... or --reviewer REGION...");
            }
            if (!role.equals("admin") && regions.isEmpty()) {
                throw new IllegalArgumentException("--" + role + " needs at least one region code, e.g. --" + role + " 500151");
            }
            if (hours < 1 || hours > 24) {
                throw new IllegalArgumentException("--hours must be between 1 and 24 (the services refuse tokens that live longer)");
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(TOKEN_USAGE);
            System.exit(2);
            return;
        }
        Duration validity = Duration.ofHours(hours);
        Optional<String> token = role.equals("admin") ? sign(root, issuer, audience, "suite-runner", "admin", validity)
                : sign(root, issuer, audience, role + "-" + String.join("-", regions), role, validity, regions.toArray(String[]::new));
        if (token.isEmpty()) {
            System.err.println("No development key: " + privateKey(root) + " is missing");
            System.exit(1);
            return;
        }
        System.out.println(token.get());
    }

    static final String TOKEN_USAGE = """
            Usage: ./run-suite.sh token --admin | --editor REGION... | --reviewer REGION... [--hours N] [--issuer URL] [--audience NAME]
            Prints a development bearer token signed with config/dev-keys/privateKey.pem (valid only where
            the services trust config/dev-keys/publicKey.pem) for the audience the services require
            (HEALTHPLAN_JWT_AUDIENCE, default healthplanning-suite), e.g.
              curl -H "Authorization: Bearer $(./run-suite.sh token --admin)" ...""";

    private static String next(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    public static Path publicKey(Path root) {
        return root.resolve("config").resolve("dev-keys").resolve("publicKey.pem");
    }

    public static Path privateKey(Path root) {
        return root.resolve("config").resolve("dev-keys").resolve("privateKey.pem");
    }

    /** The audience the services require: HEALTHPLAN_JWT_AUDIENCE, else {@value #DEFAULT_AUDIENCE}. */
    public static String audience() {
        String audience = System.getenv("HEALTHPLAN_JWT_AUDIENCE");
        return audience == null || audience.isBlank() ? DEFAULT_AUDIENCE : audience.trim();
    }

    /** An admin token when the project has a development key, otherwise none. */
    public static Optional<String> admin(Path root, String issuer, Duration validity) {
        return sign(root, issuer, audience(), "suite-runner", "admin", validity);
    }

    /** An editor token for the given region codes when the project has a development key, otherwise none. */
    public static Optional<String> editor(Path root, String issuer, Duration validity, String... regions) {
        return sign(root, issuer, audience(), "editor-" + String.join("-", regions), "editor", validity, regions);
    }

    /** A reviewer token for the given region codes when the project has a development key, otherwise none. */
    public static Optional<String> reviewer(Path root, String issuer, Duration validity, String... regions) {
        return sign(root, issuer, audience(), "reviewer-" + String.join("-", regions), "reviewer", validity, regions);
    }

    private static Optional<String> sign(Path root, String issuer, String audience, String subject, String group, Duration validity,
                                         String... regions) {
        Path key = privateKey(root);
        if (!Files.isRegularFile(key)) {
            return Optional.empty();
        }
        try {
            return Optional.of(sign(readPkcs8(key), issuer, audience, subject, group, validity, regions));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot sign a development token with " + key + ": " + e.getMessage(), e);
        }
    }

    static String sign(PrivateKey key, String issuer, String audience, String subject, String group, Duration validity,
                       String... regions) throws Exception {
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String regionClaim = regions.length == 0 ? ""
                : ",\"regions\":[" + String.join(",", java.util.Arrays.stream(regions).map(r -> "\"" + r + "\"").toList()) + "]";
        String claims = "{\"iss\":\"" + issuer + "\",\"aud\":\"" + audience + "\",\"sub\":\"" + subject + "\",\"upn\":\"" + subject + "\","
                + "\"groups\":[\"" + group + "\"]" + regionClaim + ",\"iat\":" + now + ",\"exp\":" + (now + validity.toSeconds())
                + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
        String signingInput = b64(header.getBytes(StandardCharsets.UTF_8)) + "." + b64(claims.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + b64(rsa.sign());
    }

    static PrivateKey readPkcs8(Path pem) throws Exception {
        String text = Files.readString(pem, StandardCharsets.US_ASCII);
        if (!text.contains("BEGIN PRIVATE KEY")) {
            throw new IllegalArgumentException("expected a PKCS#8 PEM (BEGIN PRIVATE KEY)");
        }
        String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
