package org.healthplanning.indicator.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers of read operations kept in memory with the revision tag they were computed from
 * (see {@code RevisionRepository}). An answer is served only while its tag is the one the caller
 * just read from the database, and kept only when the tag read again after computing it is
 * unchanged, i.e. no write was committed meanwhile. Writes by any instance change the tag, so
 * several instances stay correct without telling each other anything.
 */
@ApplicationScoped
public class RevisionCache {
    private record Entry(String tag, Object value) {
    }

    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();

    @ConfigProperty(name = "healthplan.cache.entries", defaultValue = "512")
    int maxEntries;

    /**
     * The answer for {@code key} at {@code tag}: the kept one when it has that tag, else
     * {@code compute}'s, kept when {@code tagNow} still gives {@code tag} afterwards.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, String tag, Supplier<T> compute, Supplier<String> tagNow) {
        Entry hit = entries.get(key);
        if (hit != null && hit.tag().equals(tag)) {
            return (T) hit.value();
        }
        T value = compute.get();
        if (maxEntries > 0 && Objects.equals(tagNow.get(), tag)) {
            if (entries.size() >= maxEntries && !entries.containsKey(key)) {
                entries.keySet().stream().findAny().ifPresent(entries::remove);
            }
            entries.put(key, new Entry(tag, value));
        }
        return value;
    }
}
