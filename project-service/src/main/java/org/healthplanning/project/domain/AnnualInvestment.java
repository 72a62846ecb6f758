package org.healthplanning.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One year of a project's investment schedule, in 万元. */
@Embeddable
@Schema(name = "ProjectAnnualInvestment", description = "One calendar year of a project's investment schedule")
public class AnnualInvestment {
    @NotNull
    @Min(1949)
    @Max(2100)
    @Column(name = "year")
    @Schema(required = true, examples = "2022", description = "Calendar year")
    public Integer year;

    @PositiveOrZero
    @Schema(examples = "1200", nullable = true, description = "Planned investment in the year, 万元 (10 000 yuan)")
    public BigDecimal planned;

    @PositiveOrZero
    @Schema(examples = "1100.5", nullable = true, description = "Actual investment in the year, 万元 (10 000 yuan)")
    public BigDecimal actual;
}
