package org.healthplanning.facility.service;

import org.healthplanning.platform.audit.AuditService;
import org.healthplanning.http.DomainException;
import org.healthplanning.platform.security.Caller;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthplanning.facility.api.FacilityDto;
import org.healthplanning.facility.api.YearlyResourcesDto;
import org.hibernate.Session;
import org.hibernate.validator.HibernateValidatorFactory;
import org.healthplanning.facility.repository.FacilityRepository;
import org.healthplanning.facility.repository.RegionRepository;
import org.healthplanning.facility.api.ImportReport;
import org.healthplanning.facility.api.ImportReport.RowError;

/**
 * Atomic bulk upsert of facilities with their yearly resources, from a JSON array or CSV.
 * A facility is matched by code; its resources are matched by year. Either every row is
 * written or none is.
 */
@ApplicationScoped
public class FacilityImportService {
    /** Facility columns of the CSV form, then one column per resource count under {@code resources.}. */
    public static final List<String> FACILITY_COLUMNS = List.of(
            "code", "name", "regionCode", "type", "grade", "ownership", "openedYear", "closedYear", "source");
    public static final List<String> RESOURCE_COLUMNS = List.of(
            "year", "beds", "licensedDoctors", "tcmDoctors", "registeredNurses", "pharmacists", "generalPractitioners",
            "healthTechnicians", "publicHealthStaff", "ambulances", "childcareSlots");

    /**
     * Thrown when a file has row errors: a 400 problem of type /problems/import naming every row and field,
     * with the report's other members (imported, resources, dryRun, warnings) beside them.
     */
    public static class ImportFailed extends DomainException {
        public final transient ImportReport report;

        ImportFailed(ImportReport report) {
            super(Kind.INVALID, "/problems/import", "Import rejected", detail(report), fieldErrors(report));
            this.report = report;
            Map<String, Object> members = new java.util.LinkedHashMap<>();
            members.put("imported", report.imported());
            members.put("resources", report.resources());
            members.put("dryRun", report.dryRun());
            members.put("warnings", report.warnings());
            with(members);
        }

        private static String detail(ImportReport report) {
            String first = report.errors().isEmpty() ? ""
                    : " (first: " + report.errors().get(0).field() + " in row " + report.errors().get(0).row() + ")";
            return report.errors().size() + " row(s) have errors; nothing was imported" + first;
        }

        private static List<org.healthplanning.http.Problem.FieldError> fieldErrors(ImportReport report) {
            return report.errors().stream()
                    .map(e -> new org.healthplanning.http.Problem.FieldError(e.row(), e.field(), e.message())).toList();
        }
    }

    private record Row(int row, FacilityDto facility, List<Integer> resourceRows) {
    }

    @Inject
    ObjectMapper mapper;
    @Inject
    ValidatorFactory validation;

    private volatile Validator rowValidator;

    /**
     * A validator for the rows, which are plain objects read from the body: every property is reachable,
     * so the JPA check whether each one is loaded (costly for tens of thousands of rows) is skipped.
     */
    private Validator rowValidator() {
        if (rowValidator == null) {
            rowValidator = validation.unwrap(HibernateValidatorFactory.class).usingContext().enableTraversableResolverResultCache(false)
                    .traversableResolver(new TraversableResolver() {
                @Override
                public boolean isReachable(Object bean, Path.Node node, Class<?> rootType, Path path, ElementType type) {
                    return true;
                }

                @Override
                public boolean isCascadable(Object bean, Path.Node node, Class<?> rootType, Path path, ElementType type) {
                    return true;
                }
            }).getValidator();
        }
        return rowValidator;
    }
    @Inject
    FacilityRepository facilities;
    @Inject
    RegionRepository regions;
    @Inject
    TransactionManager tm;
    @Inject
    Caller caller;
    @Inject
    AuditService audit;

    /**
     * Imports a JSON array of facilities, read as a stream: one row at a time is buffered as tokens (never the whole
     * document as a tree) and bound to a {@link FacilityDto}; a row that does not bind is read again as a tree of that
     * row alone to name the field. Malformed JSON anywhere is a 400 on {@code body}, as is a body that is not an array.
     */
    @Transactional
    public ImportReport importJson(java.io.InputStream body, boolean dryRun) {
        List<RowError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        try (JsonParser parser = mapper.getFactory().createParser(body == null ? java.io.InputStream.nullInputStream() : body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw DomainException.invalid("body", "must be a JSON array of facilities");
            }
            int rowNo = 0;
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                if (t == null) {
                    throw DomainException.invalid("body", "malformed JSON: the array is not closed");
                }
                rowNo++;
                if (t != JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    errors.add(new RowError(rowNo, "row", "must be a JSON object"));
                    continue;
                }
                TokenBuffer tokens = new TokenBuffer(parser);
                tokens.copyCurrentStructure(parser);
                FacilityDto f = bind(tokens, rowNo, errors);
                if (f != null) {
                    addRow(rows, codes, errors, rowNo, f);
                }
            }
        } catch (JsonProcessingException e) {
            throw DomainException.invalid("body", "malformed JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw DomainException.invalid("body", "could not be read: " + e.getMessage());
        }
        return run(rows, errors, dryRun);
    }

    /** The row bound directly from its tokens; when it does not bind, its tree names the field (as {@link #convert}). */
    private FacilityDto bind(TokenBuffer tokens, int rowNo, List<RowError> errors) throws java.io.IOException {
        try (JsonParser row = tokens.asParser(mapper)) {
            row.nextToken();
            return mapper.readValue(row, FacilityDto.class);
        } catch (JsonProcessingException e) {
            try (JsonParser row = tokens.asParser(mapper)) {
                return convert(mapper.readTree(row), rowNo, errors);
            }
        }
    }

    private static void addRow(List<Row> rows, Set<String> codes, List<RowError> errors, int rowNo, FacilityDto f) {
        if (f.code != null && !codes.add(f.code)) {
            errors.add(new RowError(rowNo, "code", "facility '" + f.code + "' appears more than once"));
            return;
        }
        List<Integer> resourceRows = new ArrayList<>();
        if (f.resources == null) {
            f.resources = new ArrayList<>();
        }
        f.resources.forEach(r -> resourceRows.add(rowNo));
        rows.add(new Row(rowNo, f, resourceRows));
    }

    @Transactional
    public ImportReport importCsv(String body, boolean dryRun) {
        return importRecords(Csv.parse(body), dryRun);
    }

    /**
     * Imports records in the CSV form (a header of field names, then one record per facility and year), however they
     * were read: from CSV text or from a spreadsheet's table; rows count the records after the header from 1.
     */
    @Transactional
    public ImportReport importRecords(List<List<String>> records, boolean dryRun) {
        if (records.isEmpty()) {
            throw DomainException.invalid("body", "CSV needs a header row of field names");
        }
        List<String> header = records.get(0).stream().map(String::trim).toList();
        List<String> known = new ArrayList<>(FACILITY_COLUMNS);
        RESOURCE_COLUMNS.forEach(c -> known.add("resources." + c));
        for (String h : header) {
            if (!known.contains(h)) {
                throw DomainException.invalid("header", "unknown column '" + h + "'; columns are " + known);
            }
        }
        List<RowError> errors = new ArrayList<>();
        Map<String, Row> byCode = new LinkedHashMap<>();
        List<Row> withoutCode = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            int rowNo = i;
            List<String> cells = records.get(i);
            if (cells.size() != header.size()) {
                errors.add(new RowError(rowNo, "row", "has " + cells.size() + " cells; the header has " + header.size()));
                continue;
            }
            ObjectNode facility = mapper.createObjectNode();
            ObjectNode resource = mapper.createObjectNode();
            for (int c = 0; c < header.size(); c++) {
                String v = cells.get(c).trim();
                if (v.isEmpty()) {
                    continue;
                }
                String h = header.get(c);
                if (h.startsWith("resources.")) {
                    resource.put(h.substring("resources.".length()), v);
                } else {
                    facility.put(h, v);
                }
            }
            if (!resource.isEmpty()) {
                facility.set("resources", mapper.createArrayNode().add(resource));
            }
            FacilityDto f = convert(facility, rowNo, errors);
            if (f == null) {
                continue;
            }
            Row existing = f.code == null ? null : byCode.get(f.code);
            if (existing == null) {
                Row row = new Row(rowNo, f, new ArrayList<>());
                if (f.resources == null) {
                    f.resources = new ArrayList<>();
                } else {
                    row.resourceRows().add(rowNo);
                }
                if (f.code == null) {
                    withoutCode.add(row);
                } else {
                    byCode.put(f.code, row);
                }
            } else if (f.resources != null) {
                // Further lines of the same facility add one year each; facility columns come from its first line.
                existing.facility().resources.addAll(f.resources);
                existing.resourceRows().add(rowNo);
            }
        }
        List<Row> rows = new ArrayList<>(byCode.values());
        rows.addAll(withoutCode);
        return run(rows, errors, dryRun);
    }

    private FacilityDto convert(JsonNode node, int rowNo, List<RowError> errors) {
        // (used by the CSV form and for JSON rows that do not bind)
        if (!(node instanceof ObjectNode)) {
            errors.add(new RowError(rowNo, "row", "must be a JSON object"));
            return null;
        }
        try {
            return mapper.treeToValue(node, FacilityDto.class);
        } catch (JsonMappingException e) {
            String field = path(e);
            String message;
            if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
                message = "'" + f.getValue() + "' is not one of " + Arrays.toString(f.getTargetType().getEnumConstants());
            } else if (e instanceof InvalidFormatException f) {
                message = "'" + f.getValue() + "' is not a valid " + (Number.class.isAssignableFrom(f.getTargetType()) ? "number" : "value");
            } else {
                message = "has the wrong type or shape";
            }
            errors.add(new RowError(rowNo, field.isEmpty() ? "row" : field, message));
            return null;
        } catch (Exception e) {
            errors.add(new RowError(rowNo, "row", e.getMessage()));
            return null;
        }
    }

    private ImportReport run(List<Row> rows, List<RowError> errors, boolean dryRun) {
        List<String> warnings = new ArrayList<>();
        Set<String> regionCodes = new HashSet<>();
        rows.forEach(r -> {
            if (r.facility().regionCode != null) {
                regionCodes.add(r.facility().regionCode);
            }
        });
        Set<String> knownRegions = regionCodes.isEmpty() ? Set.of()
                : new HashSet<>(regions.getEntityManager()
                .createQuery("select r.code from Region r where r.code in :codes", String.class)
                .setParameter("codes", regionCodes).getResultList());
        for (Row row : rows) {
            FacilityDto f = row.facility();
            for (ConstraintViolation<FacilityDto> v : ImportRowCheck.plainlyValid(f) ? List.<ConstraintViolation<FacilityDto>>of()
                    : rowValidator().validate(f)) {
                String path = v.getPropertyPath().toString();
                int at = row.row();
                if (path.startsWith("resources[")) {
                    int idx = Integer.parseInt(path.substring("resources[".length(), path.indexOf(']')));
                    at = row.resourceRows().get(idx);
                    path = "resources." + path.substring(path.indexOf("].") + 2);
                }
                errors.add(new RowError(at, path, v.getMessage()));
            }
            if (f.code == null || f.code.isBlank()) {
                errors.add(new RowError(row.row(), "code", "must not be blank"));
            }
            if (f.regionCode != null && !knownRegions.contains(f.regionCode)) {
                errors.add(new RowError(row.row(), "regionCode", "region '" + f.regionCode + "' does not exist"));
            }
            if (f.openedYear != null && f.closedYear != null && f.closedYear < f.openedYear) {
                errors.add(new RowError(row.row(), "closedYear", "must not be before openedYear"));
            }
            Set<Integer> years = new HashSet<>();
            for (int i = 0; i < f.resources.size(); i++) {
                YearlyResourcesDto r = f.resources.get(i);
                int at = row.resourceRows().get(i);
                if (r.year == null) {
                    errors.add(new RowError(at, "resources.year", "must not be null"));
                } else if (!years.add(r.year)) {
                    errors.add(new RowError(at, "resources.year", "year " + r.year + " appears more than once for '" + f.code + "'"));
                } else if (f.closedYear != null && r.year > f.closedYear) {
                    warnings.add("row " + at + ": '" + f.code + "' reports resources for " + r.year
                            + ", after its closing year " + f.closedYear + "; they do not count in ratios");
                }
            }
        }
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row()) : a.field().compareTo(b.field()));
            throw new ImportFailed(new ImportReport(0, 0, dryRun, errors, warnings));
        }
        // existing facilities (id, code, region) and the (facility, year) pairs already stored, as keys only: one
        // statement each, their values are overwritten below
        Map<String, Existing> existing = new java.util.HashMap<>();
        Set<String> stored = new HashSet<>();
        Session session = facilities.getEntityManager().unwrap(Session.class);
        String[] codes = rows.stream().map(r -> r.facility().code).toArray(String[]::new);
        session.doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("select id, code, region_code from facility where code = any (?)")) {
                ps.setArray(1, c.createArrayOf("varchar", codes));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        existing.put(rs.getString(2), new Existing(rs.getLong(1), rs.getString(3)));
                    }
                }
            }
            if (existing.isEmpty()) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement("select facility_id, year from facility_resource where facility_id = any (?)")) {
                ps.setArray(1, c.createArrayOf("int8", existing.values().stream().map(Existing::id).toArray(Long[]::new)));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        stored.add(rs.getLong(1) + "/" + rs.getInt(2));
                    }
                }
            }
        });
        // an editor needs rights on every row's region and on the current region of every facility it changes
        java.util.TreeSet<String> touched = new java.util.TreeSet<>();
        rows.stream().map(r -> r.facility().regionCode).filter(java.util.Objects::nonNull).forEach(touched::add);
        existing.values().stream().map(Existing::regionCode).filter(java.util.Objects::nonNull).forEach(touched::add);
        caller.requireRegions("the imported facilities", new ArrayList<>(touched));
        int existingFacilities = existing.size();
        int existingResources = stored.size();
        int resourceCount = 0;
        List<FacilityDto> created = new ArrayList<>();
        List<FacilityDto> changed = new ArrayList<>();
        for (Row row : rows) {
            FacilityDto body = row.facility();
            (existing.containsKey(body.code) ? changed : created).add(body);
            resourceCount += body.resources.size();
        }
        Map<String, Long> ids = new java.util.HashMap<>();
        existing.forEach((code, e) -> ids.put(code, e.id()));
        // new facilities, changed facilities and the yearly rows go in as one multi-row statement each (per
        // {@value #ROWS} rows): the totals' triggers (V23) then run once per statement, not per row
        session.doWork(c -> {
            insertFacilities(c, created, ids);
            writeFacilities(c, UPDATE_FACILITIES, changed);
        });
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (Row row : rows) {
            long id = ids.get(row.facility().code);
            for (YearlyResourcesDto r : row.facility().resources) {
                (stored.contains(id + "/" + r.year) ? updates : inserts).add(new Object[] {id, r});
            }
        }
        int resourcesCreated = inserts.size();
        session.doWork(c -> {
            copyResources(c, inserts);
            writeResources(c, UPDATE_RESOURCES, updates);
        });
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("facilities", existingFacilities);
        before.put("resources", existingResources);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("facilities", rows.size());
        after.put("created", created.size());
        after.put("updated", existingFacilities);
        after.put("resources", resourceCount);
        after.put("resourcesCreated", resourcesCreated);
        after.put("regions", touched);
        audit.record(AuditService.IMPORT, "facility-import", importKey(touched),
                touched.size() == 1 ? touched.first() : null, audit.snapshot(before), audit.snapshot(after));
        if (dryRun) {
            try {
                tm.setRollbackOnly();
            } catch (Exception e) {
                throw new IllegalStateException("Cannot roll back the dry run", e);
            }
        }
        return new ImportReport(rows.size(), resourceCount, dryRun, List.of(), warnings);
    }

    /** Most regions an import's audit key lists; beyond them it names the first, the last and how many (all are in 'after'). */
    static final int KEY_REGIONS = 20;

    /**
     * The audit key of an import: the regions it touched, joined by commas, or for an import across more than
     * {@link #KEY_REGIONS} regions the first and the last of them and their number, so that the key stays short
     * enough to index (an import of 10 000 facilities may touch 10 000 towns; their codes joined passed the
     * index's 8 KB row limit and failed the import).
     */
    static String importKey(java.util.SortedSet<String> touched) {
        if (touched.size() <= KEY_REGIONS) {
            return String.join(",", touched);
        }
        return touched.first() + ".." + touched.last() + " (" + touched.size() + " regions)";
    }

    /** A stored facility the import changes: its id and its region before the import. */
    private record Existing(long id, String regionCode) {
    }

    /** Rows per write statement: more than a body of the largest size holds, so an import is one statement of each kind. */
    private static final int ROWS = 200_000;

    private static final String FACILITY_ROWS = """
            unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                   ?::int4[], ?::int4[], ?::varchar[])
                as u(code, name, region_code, type, grade, ownership, opened_year, closed_year, source)""";

    private static final String INSERT_FACILITIES = """
            insert into facility (code, name, region_code, type, grade, ownership, opened_year, closed_year, source)
            select * from\s""" + FACILITY_ROWS + """

            returning id, code""";

    /**
     * Overwrites the writable columns of stored facilities (the code is the key); the version moves only when one of
     * them changes, as with an entity update.
     */
    private static final String UPDATE_FACILITIES = """
            update facility f
            set name = u.name, region_code = u.region_code, type = u.type, grade = u.grade, ownership = u.ownership,
                opened_year = u.opened_year, closed_year = u.closed_year, source = u.source, version = f.version + 1
            from\s""" + FACILITY_ROWS + """

            where f.code = u.code
              and (f.name, f.region_code, f.type, f.grade, f.ownership, f.opened_year, f.closed_year, f.source)
                  is distinct from
                  (u.name, u.region_code, u.type, u.grade, u.ownership, u.opened_year, u.closed_year, u.source)""";

    private static final String RESOURCE_ROWS = """
            unnest(?::int8[], ?::int4[], ?::int4[], ?::int4[], ?::int4[], ?::int4[], ?::int4[], ?::int4[], ?::int4[],
                   ?::int4[], ?::int4[], ?::int4[])
                as u(facility_id, year, beds, licensed_doctors, tcm_doctors, registered_nurses, pharmacists,
                     general_practitioners, health_technicians, public_health_staff, ambulances, childcare_slots)""";

    /** The new yearly rows as COPY text: one statement, no arrays to parse (the triggers see one statement too). */
    private static final String COPY_RESOURCES = """
            copy facility_resource (facility_id, year, beds, licensed_doctors, tcm_doctors, registered_nurses, pharmacists,
                general_practitioners, health_technicians, public_health_staff, ambulances, childcare_slots) from stdin""";

    /** Overwrites the counts of stored years; the version moves only when a count changes, as with an entity update. */
    private static final String UPDATE_RESOURCES = """
            update facility_resource r
            set beds = u.beds, licensed_doctors = u.licensed_doctors, tcm_doctors = u.tcm_doctors,
                registered_nurses = u.registered_nurses, pharmacists = u.pharmacists,
                general_practitioners = u.general_practitioners, health_technicians = u.health_technicians,
                public_health_staff = u.public_health_staff, ambulances = u.ambulances, childcare_slots = u.childcare_slots,
                version = r.version + 1
            from\s""" + RESOURCE_ROWS + """

            where r.facility_id = u.facility_id and r.year = u.year
              and (r.beds, r.licensed_doctors, r.tcm_doctors, r.registered_nurses, r.pharmacists, r.general_practitioners,
                   r.health_technicians, r.public_health_staff, r.ambulances, r.childcare_slots)
                  is distinct from
                  (u.beds, u.licensed_doctors, u.tcm_doctors, u.registered_nurses, u.pharmacists, u.general_practitioners,
                   u.health_technicians, u.public_health_staff, u.ambulances, u.childcare_slots)""";

    /** Binds the facilities' columns as arrays, in the order of {@link #FACILITY_ROWS}. */
    private static void bindFacilities(Connection c, PreparedStatement ps, List<FacilityDto> chunk) throws SQLException {
        int n = chunk.size();
        String[] code = new String[n], name = new String[n], region = new String[n], type = new String[n],
                grade = new String[n], ownership = new String[n], source = new String[n];
        Integer[] opened = new Integer[n], closed = new Integer[n];
        for (int k = 0; k < n; k++) {
            FacilityDto f = chunk.get(k);
            code[k] = f.code;
            name[k] = f.name;
            region[k] = f.regionCode;
            type[k] = f.type.name();
            grade[k] = f.grade;
            ownership[k] = f.ownership == null ? null : f.ownership.name();
            opened[k] = f.openedYear;
            closed[k] = f.closedYear;
            source[k] = f.source;
        }
        Object[][] columns = {code, name, region, type, grade, ownership, opened, closed, source};
        for (int col = 0; col < columns.length; col++) {
            ps.setArray(col + 1, c.createArrayOf(columns[col] instanceof Integer[] ? "int4" : "varchar", columns[col]));
        }
    }

    /** Inserts the new facilities and records their ids by code. */
    private static void insertFacilities(Connection c, List<FacilityDto> created, Map<String, Long> ids) throws SQLException {
        if (created.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_FACILITIES)) {
            for (int i = 0; i < created.size(); i += ROWS) {
                bindFacilities(c, ps, created.subList(i, Math.min(created.size(), i + ROWS)));
                try (ResultSet keys = ps.executeQuery()) {
                    while (keys.next()) {
                        ids.put(keys.getString(2), keys.getLong(1));
                    }
                }
            }
        }
    }

    /** Runs {@code sql} over stored facilities, their columns bound as arrays. */
    private static void writeFacilities(Connection c, String sql, List<FacilityDto> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < rows.size(); i += ROWS) {
                bindFacilities(c, ps, rows.subList(i, Math.min(rows.size(), i + ROWS)));
                ps.executeUpdate();
            }
        }
    }

    /** Inserts yearly rows ({facility id, counts}) with one COPY, in its text form (integers and \\N for null). */
    private static void copyResources(Connection c, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        org.postgresql.copy.CopyIn copy = c.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyIn(COPY_RESOURCES);
        try {
            StringBuilder line = new StringBuilder(64 * 1024);
            for (Object[] row : rows) {
                YearlyResourcesDto r = (YearlyResourcesDto) row[1];
                line.append((long) (Long) row[0]);
                for (Integer v : new Integer[] {r.year, r.beds, r.licensedDoctors, r.tcmDoctors, r.registeredNurses,
                        r.pharmacists, r.generalPractitioners, r.healthTechnicians, r.publicHealthStaff, r.ambulances,
                        r.childcareSlots}) {
                    line.append('\t');
                    if (v == null) {
                        line.append("\\N");
                    } else {
                        line.append(v.intValue());
                    }
                }
                line.append('\n');
                if (line.length() > 60 * 1024) {
                    byte[] bytes = line.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    line.setLength(0);
                }
            }
            byte[] bytes = line.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            copy.writeToCopy(bytes, 0, bytes.length);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** Runs {@code sql} over yearly rows ({facility id, counts}), each column bound as one array. */
    private static void writeResources(Connection c, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < rows.size(); i += ROWS) {
                List<Object[]> chunk = rows.subList(i, Math.min(rows.size(), i + ROWS));
                int n = chunk.size();
                Long[] facility = new Long[n];
                Integer[][] ints = new Integer[11][n];
                for (int k = 0; k < n; k++) {
                    facility[k] = (Long) chunk.get(k)[0];
                    YearlyResourcesDto r = (YearlyResourcesDto) chunk.get(k)[1];
                    ints[0][k] = r.year;
                    ints[1][k] = r.beds;
                    ints[2][k] = r.licensedDoctors;
                    ints[3][k] = r.tcmDoctors;
                    ints[4][k] = r.registeredNurses;
                    ints[5][k] = r.pharmacists;
                    ints[6][k] = r.generalPractitioners;
                    ints[7][k] = r.healthTechnicians;
                    ints[8][k] = r.publicHealthStaff;
                    ints[9][k] = r.ambulances;
                    ints[10][k] = r.childcareSlots;
                }
                ps.setArray(1, c.createArrayOf("int8", facility));
                for (int col = 0; col < ints.length; col++) {
                    ps.setArray(col + 2, c.createArrayOf("int4", ints[col]));
                }
                ps.executeUpdate();
            }
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            }
        }
        return sb.toString();
    }

    /** The CSV form of facilities with their resources: one line per facility and year. */
    @SuppressWarnings("unchecked")
    public String exportCsv(String regionCode) {
        StringBuilder out = new StringBuilder(Csv.line(exportColumns()));
        for (Object[] row : (List<Object[]>) exportQuery(regionCode).getResultList()) {
            out.append(Csv.line(Arrays.asList(row)));
        }
        return out.toString();
    }

    /** The columns of the CSV form: the facility's, then resources.year, resources.beds … */
    public static List<String> exportColumns() {
        List<String> header = new ArrayList<>(FACILITY_COLUMNS);
        RESOURCE_COLUMNS.forEach(c -> header.add("resources." + c));
        return header;
    }

    /** The units of the resource columns, as the XLSX export's headings give them: resources.beds (张). */
    public static final Map<String, String> UNITS = Map.ofEntries(Map.entry("resources.beds", "张"),
            Map.entry("resources.licensedDoctors", "人"), Map.entry("resources.tcmDoctors", "人"), Map.entry("resources.registeredNurses", "人"),
            Map.entry("resources.pharmacists", "人"), Map.entry("resources.generalPractitioners", "人"),
            Map.entry("resources.healthTechnicians", "人"), Map.entry("resources.publicHealthStaff", "人"),
            Map.entry("resources.ambulances", "辆"), Map.entry("resources.childcareSlots", "个"));

    /**
     * The XLSX form of {@link #exportCsv}: the same columns (units in the headings) and lines, read from the database
     * in batches and written through a window of rows, so that the memory it takes does not grow with the facilities;
     * the workbook waits in a temporary file until it is sent.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public org.healthplanning.platform.sheet.SheetWriter exportSheet(String regionCode) {
        org.healthplanning.platform.sheet.SheetWriter writer = new org.healthplanning.platform.sheet.SheetWriter();
        try {
            writer.sheet("facilities", exportColumns().stream()
                    .map(c -> org.healthplanning.platform.sheet.SheetWriter.heading(c, UNITS.get(c))).toList());
            try (java.util.stream.Stream<Object[]> rows = exportQuery(regionCode).setHint("org.hibernate.fetchSize", 1000).getResultStream()) {
                rows.forEach(row -> writer.row(Arrays.asList(row)));
            }
            return writer;
        } catch (RuntimeException e) {
            try {
                writer.close();
            } catch (java.io.IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private jakarta.persistence.Query exportQuery(String regionCode) {
        String sql = "select f.code, f.name, f.region_code, f.type, f.grade, f.ownership, f.opened_year, f.closed_year, f.source,"
                + " r.year, r.beds, r.licensed_doctors, r.tcm_doctors, r.registered_nurses, r.pharmacists,"
                + " r.general_practitioners, r.health_technicians, r.public_health_staff, r.ambulances, r.childcare_slots"
                + " from facility f left join facility_resource r on r.facility_id = f.id"
                + (regionCode == null ? "" : " where f.region_code in (" + RegionRepository.SUBTREE_SQL + ")")
                + " order by f.code, r.year";
        var q = facilities.getEntityManager().createNativeQuery(sql);
        if (regionCode != null) {
            q.setParameter("root", regionCode);
        }
        return q;
    }
}
