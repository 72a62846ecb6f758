package org.healthplanning.indicator.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;
import java.util.ArrayList;
import java.util.List;

/** One indicator of the shared catalogue; plan rows link to it by name or alias. */
@Entity
@Table(name = "indicator_definition")
public class IndicatorDefinition {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;

    public String name;

    @Column(name = "name_en")
    public String nameEn;

    public String unit;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "indicator_definition_alias", joinColumns = @JoinColumn(name = "definition_id"))
    @OrderColumn(name = "position")
    @Column(name = "alias")
    public List<String> aliases = new ArrayList<>();

    @Column(name = "resource_metric")
    public String resourceMetric;

    public String description;

    /** The document the definition is taken from (a short citation); null when none was given. */
    public String source;

    @Version
    public Long version;

    /** When the row was created (the creating transaction's start); set by the database. */
    @Column(name = "created_at", insertable = false, updatable = false)
    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    public Instant createdAt;

    /** When the row last changed in a way the API shows (the writing transaction's start); set by the database. */
    @Column(name = "updated_at", insertable = false, updatable = false)
    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    public Instant updatedAt;
}
