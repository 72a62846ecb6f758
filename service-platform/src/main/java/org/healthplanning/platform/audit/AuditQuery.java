package org.healthplanning.platform.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.healthplanning.platform.http.PageRequest;
import org.healthplanning.http.DomainException;

/** The audit trail's query parameters, checked: each service's audit resource documents them and calls {@link #page}. */
public final class AuditQuery {
    private AuditQuery() {
    }

    /** One page of the audit trail for these parameters (each may be null). */
    public static org.healthplanning.http.PageResponse<AuditEntry> page(AuditService audit, String resourceType, String key,
                                                                                 String from, String to, String page, String size) {
        PageRequest p = PageRequest.of(page, size);
        AuditRepository.Filter filter = new AuditRepository.Filter(blankToNull(resourceType), blankToNull(key),
                instant("from", from, false), instant("to", to, true));
        return audit.list(filter, p.page(), p.size());
    }

    /** An ISO-8601 instant, offset date-time or date; as an upper bound, the first instant after it. */
    public static Instant instant(String name, String value, boolean upper) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            if (v.length() == 10) {
                LocalDate d = LocalDate.parse(v);
                return (upper ? d.plusDays(1) : d).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            Instant at = OffsetDateTime.parse(v).toInstant();
            return upper ? at.plusNanos(1) : at;
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(name, "'" + value + "' is not an ISO-8601 instant or date");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
