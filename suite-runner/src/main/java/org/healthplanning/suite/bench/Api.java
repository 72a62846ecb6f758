package org.healthplanning.suite.bench;

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
 * The public API as the benchmark's loaders and clients use it: JSON over HTTP/1.1 with the admin
 * token, one shared client (safe for many threads). {@link #send} answers every status;
 * {@link #get}, {@link #put} and {@link #post} throw on anything but 2xx.
 */
final class Api {
    final String base;
    final ObjectMapper json = new ObjectMapper();
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    Api(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** One answer: status, body and the Location header (null when absent). */
    record Answer(int status, byte[] body, String location) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String excerpt() {
            String t = text().replaceAll("\\s+", " ");
            return t.length() > 300 ? t.substring(0, 300) + "…" : t;
        }
    }

    /** Sends a request to {@code path} (relative to the base, or an absolute URL) and answers whatever came back. */
    Answer send(String method, String path, JsonNode body, Duration timeout) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path)).timeout(timeout);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null));
    }

    JsonNode get(String path) throws IOException, InterruptedException {
        return checked("GET", path, null);
    }

    JsonNode put(String path, JsonNode body) throws IOException, InterruptedException {
        return checked("PUT", path, body);
    }

    JsonNode post(String path, JsonNode body) throws IOException, InterruptedException {
        return checked("POST", path, body);
    }

    JsonNode read(Answer a) throws IOException {
        return a.body().length == 0 ? json.createObjectNode() : json.readTree(a.body());
    }

    private JsonNode checked(String method, String path, JsonNode body) throws IOException, InterruptedException {
        Answer a = send(method, path, body, Duration.ofMinutes(5));
        if (!a.ok()) {
            throw new IllegalStateException(method + " " + path + " answered " + a.status() + ": " + a.excerpt());
        }
        return read(a);
    }
}
