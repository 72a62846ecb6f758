package org.healthplanning.indicator.config;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.healthplanning.indicator.client.RegionRef;
import org.healthplanning.indicator.service.RegionDirectory;
import org.healthplanning.http.DomainException;

/**
 * The regions this module's tests refer to, in place of facility-service (which these tests do not
 * start). The lookup through the real client, its cache and its fault tolerance is exercised by the
 * suite's end-to-end tests against the real facility-service.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class KnownRegions implements RegionDirectory {
    private final Map<String, RegionRef> regions = new ConcurrentHashMap<>();
    private volatile boolean reachable = true;

    public KnownRegions() {
        add("500000", "重庆市", "PROVINCE", null);
        add("500103", "重庆市渝中区", "DISTRICT", "500000");
        add("500151", "重庆市铜梁区", "DISTRICT", "500000");
        add("500198", "重庆市测试区", "DISTRICT", "500000");
        add("500199", "重庆市示例区", "DISTRICT", "500000");
        add("990001", "测试省测试区", "DISTRICT", null);
    }

    public void add(String code, String name, String level, String parentCode) {
        regions.put(code, new RegionRef(code, name, level, parentCode));
    }

    /** Makes the owner of regions unreachable (or reachable again). */
    public void reachable(boolean reachable) {
        this.reachable = reachable;
    }

    @Override
    public Optional<RegionRef> find(String code) {
        if (!reachable) {
            throw DomainException.unavailable("facility-service, which owns the regions, cannot be reached to check region '" + code + "'");
        }
        return Optional.ofNullable(regions.get(code));
    }
}
