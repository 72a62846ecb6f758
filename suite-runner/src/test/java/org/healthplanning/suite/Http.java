package org.healthplanning.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A small HTTP client for the reliability tests: every call comes back as a {@link Reply} with its
 * status and how long it took, and a transport failure (refused, reset, client timeout) is a reply
 * with status 0 instead of an exception, so that load threads can count it. Every answer is checked
 * against the API contract ({@link Contract}): in strict mode a mismatch is an AssertionError.
 */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final String token;
    private final Duration timeout;

    Http(String baseUrl, String token, Duration timeout) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.timeout = timeout;
    }

    record Reply(int status, String body, String contentType, String retryAfter, double seconds) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }

        boolean problem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        String etag() {
            return json().path("version").isMissingNode() ? null : "\"" + json().path("version").asLong() + "\"";
        }

        @Override
        public String toString() {
            return status + " in " + String.format("%.2f s", seconds) + ": " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    Reply get(String path) {
        return send("GET", path, null, null, null);
    }

    Reply put(String path, String body, String ifMatch) {
        return send("PUT", path, "application/json", body, ifMatch);
    }

    Reply patch(String path, String body, String ifMatch) {
        return send("PATCH", path, "application/merge-patch+json", body, ifMatch);
    }

    Reply post(String path, String body) {
        return send("POST", path, "application/json", body, null);
    }

    Reply send(String method, String path, String contentType, String body, String ifMatch) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        long started = System.nanoTime();
        HttpResponse<String> r;
        try {
            r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Reply(0, e.toString(), null, null, (System.nanoTime() - started) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(0, e.toString(), null, null, (System.nanoTime() - started) / 1e9);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        // every answer of the suite's API must match the merged OpenAPI document (see Contract)
        Contract.check(method, r.uri(), r.statusCode(), r.headers().map(), r.body());
        return new Reply(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(null),
                r.headers().firstValue("Retry-After").orElse(null), seconds);
    }
}
