package org.healthplanning.platform.audit;

import org.healthplanning.http.PageResponse;
import org.healthplanning.http.QueryParams;
import org.healthplanning.platform.http.PageRequest;

/** The audit trail's query parameters, checked: each service's audit resource documents them and calls {@link #page}. */
public final class AuditQuery {
    private AuditQuery() {
    }

    /** One page of the audit trail for these parameters (each may be null). */
    public static PageResponse<AuditEntry> page(AuditService audit, String resourceType, String key,
                                                String from, String to, String page, String size) {
        PageRequest p = PageRequest.of(page, size);
        AuditRepository.Filter filter = new AuditRepository.Filter(blankToNull(resourceType), blankToNull(key),
                QueryParams.instantOrDate("from", from, false), QueryParams.instantOrDate("to", to, true));
        return audit.list(filter, p.page(), p.size());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
