package org.healthplanning.project.service;

import org.healthplanning.http.Problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthplanning.project.api.ProjectDto;
import org.healthplanning.project.domain.ConstructionType;
import org.healthplanning.project.domain.ProjectStatus;

/**
 * Checks a project and fills what the printed cells say when the client did not send it:
 * construction type from 建设性质, years from 实施年度, statuses (and remarks) from 备注, capacity
 * from the content text. Reports every problem as a field error, and doubtful text as a warning.
 */
@ApplicationScoped
public class ProjectRules {
    /** What the table prints for "no value". */
    private static final Set<String> NONE = Set.of("－", "-", "—", "–", "／", "/", "无", "");
    private static final Pattern YEARS = Pattern.compile(
            "^(\\d{4})\\s*年?\\s*(?:[-－–—~～至到]\\s*(\\d{4})\\s*年?)?$");
    private static final Pattern STATUS_SEPARATORS = Pattern.compile("[、，,；;/／\\s]+");
    private static final Pattern MEDICAL_BEDS = Pattern.compile("医疗床位\\s*(\\d+)\\s*张");
    private static final Pattern ELDERLY_BEDS = Pattern.compile("养老床位\\s*(\\d+)\\s*张");
    private static final Pattern CHILDCARE = Pattern.compile("(?:设置|设|新增)托位\\s*(\\d+)\\s*个");
    private static final Pattern ISOLATION = Pattern.compile("隔离病房\\s*(\\d+)\\s*间");
    private static final Pattern ANY_BEDS = Pattern.compile("(.{0,2})床位\\s*(\\d+)\\s*张");

    @Inject
    Validator validator;

    /** The outcome of {@link #prepare}: field errors (nothing may be written) and warnings. */
    public record Outcome(List<Problem.FieldError> errors, List<String> warnings) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** Validates {@code p} (a project as the client sent it) and completes its parsed fields in place. */
    public Outcome prepare(ProjectDto p) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (p.statuses == null) {
            p.statuses = new ArrayList<>();
        }
        if (p.annualInvestment == null) {
            p.annualInvestment = new ArrayList<>();
        }
        for (ConstraintViolation<ProjectDto> v : validator.validate(p)) {
            errors.add(new Problem.FieldError(fieldOf(v), v.getMessage()));
        }
        parseConstructionType(p, errors);
        parseYears(p, errors);
        parseStatuses(p);
        parseCapacity(p, warnings);
        checkSchedule(p, errors);
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return new Outcome(errors, warnings);
    }

    static boolean isNone(String raw) {
        return raw == null || NONE.contains(raw.strip());
    }

    private static void parseConstructionType(ProjectDto p, List<Problem.FieldError> errors) {
        if (p.constructionType != null || isNone(p.constructionTypeRaw)) {
            return;
        }
        ConstructionType.fromLabel(p.constructionTypeRaw).ifPresentOrElse(t -> p.constructionType = t,
                () -> errors.add(new Problem.FieldError("constructionTypeRaw", "'" + p.constructionTypeRaw
                        + "' is not a known 建设性质 (" + String.join(", ", Arrays.stream(ConstructionType.values()).map(t -> t.label).toList())
                        + ", or '－' for none); send constructionType instead")));
    }

    private static void parseYears(ProjectDto p, List<Problem.FieldError> errors) {
        if (p.startYear == null && p.endYear == null && !isNone(p.yearsRaw)) {
            Matcher m = YEARS.matcher(p.yearsRaw.strip());
            if (!m.matches()) {
                errors.add(new Problem.FieldError("yearsRaw", "'" + p.yearsRaw
                        + "' is not a year or a range of years such as 2020-2022; send startYear and endYear instead"));
                return;
            }
            p.startYear = Integer.valueOf(m.group(1));
            p.endYear = m.group(2) == null ? p.startYear : Integer.valueOf(m.group(2));
        }
        if (p.startYear == null && p.endYear != null) {
            p.startYear = p.endYear;
        } else if (p.endYear == null && p.startYear != null) {
            p.endYear = p.startYear;
        }
        if (p.startYear != null && p.endYear < p.startYear) {
            errors.add(new Problem.FieldError("endYear", "must not be before startYear (" + p.startYear + ")"));
        }
    }

    private static void parseStatuses(ProjectDto p) {
        if (!p.statuses.isEmpty() || isNone(p.statusRaw)) {
            if (!p.statuses.isEmpty()) {
                p.statuses = new ArrayList<>(new LinkedHashSet<>(p.statuses));
            }
            return;
        }
        Set<ProjectStatus> found = new LinkedHashSet<>();
        List<String> rest = new ArrayList<>();
        for (String token : STATUS_SEPARATORS.split(p.statusRaw.strip())) {
            if (isNone(token)) {
                continue;
            }
            ProjectStatus.fromLabel(token).ifPresentOrElse(found::add, () -> rest.add(token));
        }
        p.statuses = new ArrayList<>(found);
        if ((p.remarks == null || p.remarks.isBlank()) && !rest.isEmpty()) {
            p.remarks = String.join("，", rest);
        }
    }

    private static void parseCapacity(ProjectDto p, List<String> warnings) {
        if (p.capacity == null) {
            p.capacity = new ProjectDto.Capacity();
        }
        ProjectDto.Capacity c = p.capacity;
        String text = p.content == null ? "" : p.content;
        fill(() -> c.medicalBeds, v -> c.medicalBeds = v, MEDICAL_BEDS, text);
        fill(() -> c.elderlyCareBeds, v -> c.elderlyCareBeds = v, ELDERLY_BEDS, text);
        fill(() -> c.childcareSlots, v -> c.childcareSlots = v, CHILDCARE, text);
        fill(() -> c.isolationRooms, v -> c.isolationRooms = v, ISOLATION, text);
        Matcher m = ANY_BEDS.matcher(text);
        while (m.find()) {
            String before = m.group(1);
            if (!before.endsWith("医疗") && !before.endsWith("养老")) {
                warnings.add("content states '" + m.group(0).substring(before.length())
                        + "' without saying 医疗 or 养老; no capacity was taken from it");
            }
        }
    }

    private static void fill(Supplier<Integer> get, Consumer<Integer> set, Pattern pattern, String text) {
        if (get.get() != null) {
            return;
        }
        Matcher m = pattern.matcher(text);
        Integer sum = null;
        while (m.find()) {
            sum = (sum == null ? 0 : sum) + Integer.parseInt(m.group(1));
        }
        if (sum != null) {
            set.accept(sum);
        }
    }

    private static void checkSchedule(ProjectDto p, List<Problem.FieldError> errors) {
        Set<Integer> seen = new HashSet<>();
        BigDecimal planned = null;
        for (int i = 0; i < p.annualInvestment.size(); i++) {
            ProjectDto.AnnualInvestment a = p.annualInvestment.get(i);
            if (a == null || a.year == null) {
                continue;
            }
            String field = "annualInvestment[" + i + "].year";
            if (!seen.add(a.year)) {
                errors.add(new Problem.FieldError(field, "year " + a.year + " is listed twice"));
            }
            if (p.startYear != null && p.endYear != null && (a.year < p.startYear || a.year > p.endYear)) {
                errors.add(new Problem.FieldError(field, "year " + a.year + " is outside the project's years "
                        + p.startYear + "-" + p.endYear));
            }
            if (a.planned != null) {
                planned = planned == null ? a.planned : planned.add(a.planned);
            }
        }
        p.annualInvestment.sort(Comparator.comparing(a -> a == null || a.year == null ? Integer.MAX_VALUE : a.year));
        if (planned != null) {
            if (p.investment10kCny == null) {
                p.investment10kCny = planned;
            } else if (planned.compareTo(p.investment10kCny) != 0) {
                errors.add(new Problem.FieldError("annualInvestment", "planned amounts add up to " + planned.toPlainString()
                        + " but investment10kCny is " + p.investment10kCny.toPlainString()));
            }
        }
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        // container elements appear as "statuses[0].<list element>"
        return path.replace(".<list element>", "");
    }
}
