package org.healthplanning.platform.security;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.List;

/**
 * The ancestors of a region: an editor's token covers the sub-regions of the regions it lists. The
 * service that owns the region hierarchy (facility-service) answers from its regions; the others use
 * the default, which reads the ancestors off the administrative division code ({@link RegionCodes}).
 */
public interface RegionHierarchy {
    /** The codes of the region's ancestors, nearest first; empty when unknown. */
    List<String> ancestors(String code);

    /** The default: the ancestors the code structure tells (500151 lies within 500100 and 500000). */
    @ApplicationScoped
    class None {
        @Produces
        @DefaultBean
        @ApplicationScoped
        RegionHierarchy none() {
            return RegionCodes::ancestors;
        }
    }
}
