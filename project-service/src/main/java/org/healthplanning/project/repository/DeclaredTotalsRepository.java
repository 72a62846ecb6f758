package org.healthplanning.project.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.healthplanning.project.domain.DeclaredTotals;

@ApplicationScoped
public class DeclaredTotalsRepository implements PanacheRepositoryBase<DeclaredTotals, String> {
}
