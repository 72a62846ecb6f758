package org.healthplanning.facility.service;

import java.util.List;
import java.util.regex.Pattern;
import org.healthplanning.facility.api.FacilityDto;
import org.healthplanning.facility.api.RegionDto;
import org.healthplanning.facility.api.YearlyResourcesDto;

/**
 * The bean-validation constraints of an imported row ({@link FacilityDto} with its {@link YearlyResourcesDto}s), checked
 * by hand: a row that passes here has no constraint violation, so the import asks the validator (which names each
 * violated field with its message) only about the rows that do not. Keep in step with the annotations on those
 * classes; {@code ImportRowCheckTest} compares this check with the validator and lists the annotations it covers.
 */
public final class ImportRowCheck {
    private static final Pattern CODE = Pattern.compile(FacilityDto.CODE_PATTERN);
    private static final Pattern REGION_CODE = Pattern.compile(RegionDto.CODE_PATTERN);

    private ImportRowCheck() {
    }

    /** True when the validator would find nothing wrong with the row; false when it may. */
    public static boolean plainlyValid(FacilityDto f) {
        if (f.code != null && !CODE.matcher(f.code).matches()) {
            return false;
        }
        if (blank(f.name) || f.name.length() > 300) {
            return false;
        }
        if (blank(f.regionCode) || !REGION_CODE.matcher(f.regionCode).matches()) {
            return false;
        }
        if (f.type == null) {
            return false;
        }
        if (f.grade != null && f.grade.length() > 64) {
            return false;
        }
        if (!within(f.openedYear, 1800, 2100) || !within(f.closedYear, 1800, 2100)) {
            return false;
        }
        if (f.source != null && f.source.length() > 2000) {
            return false;
        }
        List<YearlyResourcesDto> resources = f.resources;
        if (resources != null) {
            for (YearlyResourcesDto r : resources) {
                if (r == null) {
                    continue;
                }
                if (!within(r.year, 1949, 2100) || negative(r.beds) || negative(r.licensedDoctors) || negative(r.tcmDoctors)
                        || negative(r.registeredNurses) || negative(r.pharmacists) || negative(r.generalPractitioners)
                        || negative(r.healthTechnicians) || negative(r.publicHealthStaff) || negative(r.ambulances)
                        || negative(r.childcareSlots)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** As {@code @NotBlank}: null, or no character that is not whitespace ({@link Character#isWhitespace}). */
    private static boolean blank(String s) {
        if (s == null) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean within(Integer v, int min, int max) {
        return v == null || (v >= min && v <= max);
    }

    private static boolean negative(Integer v) {
        return v != null && v < 0;
    }
}
