package org.healthplanning.facility.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.healthplanning.facility.api.FacilityDto;
import org.healthplanning.facility.api.ResourceCountsDto;
import org.healthplanning.facility.api.YearlyResourcesDto;
import org.healthplanning.facility.domain.FacilityType;
import org.healthplanning.platform.testing.PostgresResource;
import org.junit.jupiter.api.Test;

/**
 * The import's hand-written row check says "valid" exactly when the validator finds no violation, on rows at and
 * across every constraint's edge; and it covers every constraint annotation the row's classes carry.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class ImportRowCheckTest {
    @Inject
    Validator validator;

    @Test
    void theCheckCoversEveryConstraintAnnotation() {
        TreeSet<String> found = new TreeSet<>();
        for (Class<?> type : List.of(FacilityDto.class, YearlyResourcesDto.class, ResourceCountsDto.class)) {
            for (Field f : type.getDeclaredFields()) {
                for (Annotation a : f.getAnnotations()) {
                    String pkg = a.annotationType().getPackageName();
                    if (pkg.startsWith("jakarta.validation")) {
                        found.add(type.getSimpleName() + "." + f.getName() + " @" + a.annotationType().getSimpleName());
                    }
                }
            }
            for (Annotation a : type.getAnnotations()) {
                if (a.annotationType().getPackageName().startsWith("jakarta.validation")) {
                    found.add(type.getSimpleName() + " @" + a.annotationType().getSimpleName());
                }
            }
        }
        TreeSet<String> covered = new TreeSet<>(List.of(
                "FacilityDto.code @Pattern", "FacilityDto.name @NotBlank", "FacilityDto.name @Size",
                "FacilityDto.regionCode @NotBlank", "FacilityDto.regionCode @Pattern", "FacilityDto.type @NotNull",
                "FacilityDto.grade @Size", "FacilityDto.openedYear @Min", "FacilityDto.openedYear @Max",
                "FacilityDto.closedYear @Min", "FacilityDto.closedYear @Max", "FacilityDto.source @Size",
                "FacilityDto.resources @Valid", "ResourceCountsDto.year @Min", "ResourceCountsDto.year @Max"));
        for (String count : List.of("beds", "licensedDoctors", "tcmDoctors", "registeredNurses", "pharmacists",
                "generalPractitioners", "healthTechnicians", "publicHealthStaff", "ambulances", "childcareSlots")) {
            covered.add("ResourceCountsDto." + count + " @Min");
        }
        assertEquals(covered, found, "a constraint was added or removed: update ImportRowCheck and this list");
    }

    @Test
    void theCheckAgreesWithTheValidator() {
        List<Consumer<FacilityDto>> changes = new ArrayList<>();
        changes.add(f -> { });
        for (String code : new String[] {null, "a", "A-1._b", "-a", "a b", "医院", "x".repeat(64), "x".repeat(65), ""}) {
            changes.add(f -> f.code = code);
        }
        for (String name : new String[] {null, "", " ", "\t\n", "\u3000", "甲", "x".repeat(300), "x".repeat(301)}) {
            changes.add(f -> f.name = name);
        }
        for (String region : new String[] {null, "", " ", "500151", "SYN-01_a", "50 01", "x".repeat(32), "x".repeat(33), "重庆"}) {
            changes.add(f -> f.regionCode = region);
        }
        changes.add(f -> f.type = null);
        for (String grade : new String[] {null, "", "三级甲等", "x".repeat(64), "x".repeat(65)}) {
            changes.add(f -> f.grade = grade);
        }
        for (Integer year : new Integer[] {null, 1799, 1800, 2100, 2101, -5}) {
            changes.add(f -> f.openedYear = year);
            changes.add(f -> f.closedYear = year);
        }
        for (String source : new String[] {null, "", "x".repeat(2000), "x".repeat(2001)}) {
            changes.add(f -> f.source = source);
        }
        for (Integer year : new Integer[] {null, 1948, 1949, 2100, 2101}) {
            changes.add(f -> f.resources.get(1).year = year);
        }
        for (Integer v : new Integer[] {null, -1, 0, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            changes.add(f -> f.resources.get(0).beds = v);
            changes.add(f -> f.resources.get(1).licensedDoctors = v);
            changes.add(f -> f.resources.get(0).tcmDoctors = v);
            changes.add(f -> f.resources.get(1).registeredNurses = v);
            changes.add(f -> f.resources.get(0).pharmacists = v);
            changes.add(f -> f.resources.get(1).generalPractitioners = v);
            changes.add(f -> f.resources.get(0).healthTechnicians = v);
            changes.add(f -> f.resources.get(1).publicHealthStaff = v);
            changes.add(f -> f.resources.get(0).ambulances = v);
            changes.add(f -> f.resources.get(1).childcareSlots = v);
        }
        changes.add(f -> f.resources = null);
        changes.add(f -> f.resources.set(0, null));
        for (int i = 0; i < changes.size(); i++) {
            FacilityDto f = valid();
            changes.get(i).accept(f);
            assertEquals(validator.validate(f).isEmpty(), ImportRowCheck.plainlyValid(f), "case " + i + ": " + validator.validate(f));
        }
    }

    private static FacilityDto valid() {
        FacilityDto f = new FacilityDto();
        f.code = "F-1";
        f.name = "医院";
        f.regionCode = "500151";
        f.type = FacilityType.GENERAL_HOSPITAL;
        f.resources = new ArrayList<>();
        for (int year : new int[] {2020, 2021}) {
            YearlyResourcesDto r = new YearlyResourcesDto();
            r.year = year;
            r.beds = 10;
            f.resources.add(r);
        }
        return f;
    }
}
