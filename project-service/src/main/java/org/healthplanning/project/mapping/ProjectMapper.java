package org.healthplanning.project.mapping;

import java.util.ArrayList;
import java.util.List;
import org.healthplanning.project.api.ProjectDto;
import org.healthplanning.project.domain.AnnualInvestment;
import org.healthplanning.project.domain.Capacity;
import org.healthplanning.project.domain.Project;

/** The one place where a stored project (with its capacity and investment schedule) and its API form meet. */
public final class ProjectMapper {
    private ProjectMapper() {
    }

    /** The project as the API shows it. */
    public static ProjectDto toApi(Project p) {
        if (p == null) {
            return null;
        }
        ProjectDto d = new ProjectDto();
        d.id = p.id;
        d.planCode = p.planCode;
        d.regionCode = p.regionCode;
        d.position = p.position;
        d.seq = p.seq;
        d.programme = p.programme;
        d.name = p.name;
        d.content = p.content;
        d.constructionType = p.constructionType;
        d.constructionTypeRaw = p.constructionTypeRaw;
        d.floorAreaM2 = p.floorAreaM2;
        d.investment10kCny = p.investment10kCny;
        d.startYear = p.startYear;
        d.endYear = p.endYear;
        d.yearsRaw = p.yearsRaw;
        d.newLandMu = p.newLandMu;
        d.statuses = p.statuses == null ? null : new ArrayList<>(p.statuses);
        d.statusRaw = p.statusRaw;
        d.remarks = p.remarks;
        d.facilityCode = p.facilityCode;
        d.capacity = toApi(p.capacity);
        d.annualInvestment = p.annualInvestment == null ? null
                : new ArrayList<>(p.annualInvestment.stream().map(ProjectMapper::toApi).toList());
        d.version = p.version;
        d.createdAt = p.createdAt;
        d.updatedAt = p.updatedAt;
        return d;
    }

    public static List<ProjectDto> toApi(List<Project> projects) {
        return projects.stream().map(ProjectMapper::toApi).toList();
    }

    public static ProjectDto.Capacity toApi(Capacity c) {
        if (c == null) {
            return null;
        }
        ProjectDto.Capacity d = new ProjectDto.Capacity();
        d.medicalBeds = c.medicalBeds;
        d.elderlyCareBeds = c.elderlyCareBeds;
        d.childcareSlots = c.childcareSlots;
        d.isolationRooms = c.isolationRooms;
        return d;
    }

    public static ProjectDto.AnnualInvestment toApi(AnnualInvestment a) {
        if (a == null) {
            return null;
        }
        ProjectDto.AnnualInvestment d = new ProjectDto.AnnualInvestment();
        d.year = a.year;
        d.planned = a.planned;
        d.actual = a.actual;
        return d;
    }

    /** Copies every field the client controls (all but id and version) from the API form onto the stored project. */
    public static void apply(ProjectDto d, Project p) {
        p.planCode = d.planCode;
        p.regionCode = d.regionCode;
        p.position = d.position;
        p.seq = d.seq;
        p.programme = d.programme;
        p.name = d.name;
        p.content = d.content;
        p.constructionType = d.constructionType;
        p.constructionTypeRaw = d.constructionTypeRaw;
        p.floorAreaM2 = d.floorAreaM2;
        p.investment10kCny = d.investment10kCny;
        p.startYear = d.startYear;
        p.endYear = d.endYear;
        p.yearsRaw = d.yearsRaw;
        p.newLandMu = d.newLandMu;
        p.statuses.clear();
        if (d.statuses != null) {
            p.statuses.addAll(d.statuses);
        }
        p.statusRaw = d.statusRaw;
        p.remarks = d.remarks;
        p.facilityCode = d.facilityCode;
        p.capacity = toEntity(d.capacity);
        p.annualInvestment.clear();
        if (d.annualInvestment != null) {
            d.annualInvestment.forEach(a -> p.annualInvestment.add(toEntity(a)));
        }
    }

    public static Capacity toEntity(ProjectDto.Capacity d) {
        if (d == null) {
            return null;
        }
        Capacity c = new Capacity();
        c.medicalBeds = d.medicalBeds;
        c.elderlyCareBeds = d.elderlyCareBeds;
        c.childcareSlots = d.childcareSlots;
        c.isolationRooms = d.isolationRooms;
        return c;
    }

    public static AnnualInvestment toEntity(ProjectDto.AnnualInvestment d) {
        if (d == null) {
            return null;
        }
        AnnualInvestment a = new AnnualInvestment();
        a.year = d.year;
        a.planned = d.planned;
        a.actual = d.actual;
        return a;
    }
}
