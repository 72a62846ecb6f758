package org.healthplanning.http;

import org.jboss.logging.Logger;

/** Logs refused attempts (401, 403, 413): who, what and why. They are not audit rows. */
public final class Refusals {
    private static final Logger LOG = Logger.getLogger("org.healthplanning.security");

    private Refusals() {
    }

    public static void log(int status, String subject, String method, String path, String reason) {
        LOG.warnf("Refused %d: subject=%s method=%s path=%s reason=%s", status,
                subject == null || subject.isBlank() ? "anonymous" : subject, method, path, reason);
    }
}
