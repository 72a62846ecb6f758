package org.healthplanning.facility.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.healthplanning.facility.repository.DataRevisionRepository;
import org.healthplanning.platform.audit.AuditService;

/**
 * Every write of this service records an audit row as its last statement; the same transaction then
 * increments the data revision that cached ratios and gaps depend on, so readers see the new revision
 * with the new data and the revision row is locked only until the commit.
 */
@ApplicationScoped
public class RevisionOnWrite {
    @Inject
    DataRevisionRepository revision;

    void written(@Observes AuditService.Recorded write) {
        revision.bump();
    }
}
