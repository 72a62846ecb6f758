package org.healthplanning.gateway.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.healthplanning.gateway.api.ProblemType;

/**
 * The problem types of the suite (the {@code type} of every Problem), each explained in English and
 * Chinese in {@code problem-types.json}; {@code http-NNN} names a refusal of the HTTP layer.
 */
public final class ProblemTypes {
    record Catalogue(List<Entry> types, Map<Integer, String> statusReasons, Entry httpLayer) {
    }

    record Entry(String name, String title, int status, String description, String descriptionZh) {
        ProblemType type() {
            return new ProblemType("/problems/" + name, title, status, description, descriptionZh);
        }
    }

    private static final Catalogue CATALOGUE = read();
    private static final Map<String, ProblemType> KNOWN = new LinkedHashMap<>();

    static {
        CATALOGUE.types().forEach(e -> KNOWN.put(e.name(), e.type()));
    }

    private ProblemTypes() {
    }

    private static Catalogue read() {
        try (InputStream in = ProblemTypes.class.getResourceAsStream("/problem-types.json")) {
            return new ObjectMapper().readValue(in, Catalogue.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The known names, e.g. "not-found" (without the http-NNN family). */
    public static Iterable<String> names() {
        return KNOWN.keySet();
    }

    /** The problem type named {@code name} ("not-found", "http-405" ...), if the suite uses it. */
    public static Optional<ProblemType> find(String name) {
        if (KNOWN.containsKey(name)) {
            return Optional.of(KNOWN.get(name));
        }
        String reason = name != null && name.matches("http-[45]\\d\\d")
                ? CATALOGUE.statusReasons().get(Integer.parseInt(name.substring(5))) : null;
        if (reason == null) {
            return Optional.empty();
        }
        Entry http = CATALOGUE.httpLayer();
        String status = name.substring(5);
        return Optional.of(new Entry(name, reason, Integer.parseInt(status),
                http.description().replace("{status}", status).replace("{reason}", reason),
                http.descriptionZh().replace("{status}", status).replace("{reason}", reason)).type());
    }
}
