package org.healthplanning.platform.security;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.List;

/**
 * The ancestors of a region, for services that own the region hierarchy: an editor's token then
 * covers the sub-regions of the regions it lists. Services without the hierarchy use the default,
 * which knows no ancestors (the token issuer expands a city to its districts).
 */
public interface RegionHierarchy {
    /** The codes of the region's ancestors, nearest first; empty when unknown. */
    List<String> ancestors(String code);

    /** The default: no hierarchy known here. */
    @ApplicationScoped
    class None {
        @Produces
        @DefaultBean
        @ApplicationScoped
        RegionHierarchy none() {
            return code -> List.of();
        }
    }
}
