package org.healthplanning.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthplanning.gateway.api.PlanReport;
import org.healthplanning.gateway.report.ReportPage;
import org.healthplanning.gateway.report.ReportWorkbook;
import org.healthplanning.gateway.service.ReportService;
import org.healthplanning.http.QueryParams;
import org.healthplanning.http.ResponseConventions;
import org.healthplanning.http.DomainException;
import org.healthplanning.http.Problem;

/** A plan's evaluation report: JSON, a printable HTML page or an XLSX workbook of the same content. */
@Path("/api/v1/plans/{planCode}/report")
public class ReportResource {
    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    /** The forms of the report. */
    enum Format { JSON, HTML, XLSX }

    @Inject
    ReportService service;

    @Inject
    JsonAnswers answers;

    @Inject
    ObjectMapper mapper;

    @Inject
    ReportPage page;

    @Inject
    ReportWorkbook workbook;

    @GET
    @Tag(name = "Plan reports", description = "A plan's evaluation report (中期评估, 总结评估) as JSON, a printable HTML page or an XLSX workbook")
    @SecurityRequirements
    @Operation(operationId = "getPlanReport", summary = "Get a plan's evaluation report", description = ReportDocs.DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The report (sections of backends that did not answer are null, or marked as missing)",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanReport.class),
                            examples = @ExampleObject(name = "Tongliang 2023", value = ReportDocs.EXAMPLE)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING,
                            description = "One self-contained printable page (A4, zh-CN, UTF-8, inline CSS and SVG)"),
                            examples = @ExampleObject(name = "page", value = ReportDocs.HTML_EXAMPLE)),
                    @Content(mediaType = ReportDocs.XLSX_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary",
                            description = "An Office Open XML workbook"))})
    @APIResponse(responseCode = "400", description = "A malformed year, format or approvedOnly, or a request a backend refused",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad format", value = ReportDocs.BAD_FORMAT)))
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ReportDocs.NOT_FOUND)))
    @APIResponse(responseCode = "406", description = "Accept lists none of the report's forms",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not acceptable", value = ReportDocs.NOT_ACCEPTABLE)))
    public Uni<Response> report(@Parameter(description = "Plan code", example = "tongliang-14th",
                                        schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"))
                                @PathParam("planCode") String planCode,
                                @Parameter(description = "Calendar year evaluated (default: the evaluation's latest year with a value)",
                                        example = "2023", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949",
                                        maximum = "2100"))
                                @QueryParam("year") String year,
                                @Parameter(description = ReportDocs.FORMAT, example = "html",
                                        schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "html", "xlsx"}))
                                @QueryParam("format") String format,
                                @Parameter(description = "Evaluate with approved monitoring values only (true), or with every value "
                                        + "(false, the default)", example = "true", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                                @QueryParam("approvedOnly") String approvedOnly,
                                @Context HttpHeaders headers,
                                @Parameter(hidden = true) @HeaderParam("Authorization") String authorization) {
        Integer y = QueryParams.year("year", year);
        boolean approved = QueryParams.bool("approvedOnly", approvedOnly);
        Format form = format(format, headers);
        Uni<PlanReport> report = service.report(planCode, y, approved, authorization);
        return switch (form) {
            case JSON -> report.map(r -> vary(answers.ok(r)));
            case HTML -> report.emitOn(Infrastructure.getDefaultWorkerPool())
                    .map(r -> vary(Response.ok(page.render(r), HTML).build()));
            case XLSX -> report.emitOn(Infrastructure.getDefaultWorkerPool())
                    .map(r -> xlsx(r, headers.getHeaderString(HttpHeaders.IF_NONE_MATCH)));
        };
    }

    /** {@code ?format=} when given, else the first of the report's forms that {@code Accept} lists (JSON for any). */
    static Format format(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            return switch (format.trim().toLowerCase(Locale.ROOT)) {
                case "json" -> Format.JSON;
                case "html" -> Format.HTML;
                case "xlsx" -> Format.XLSX;
                default -> throw DomainException.invalid("format", "'" + format + "' is not one of json, html, xlsx");
            };
        }
        for (MediaType m : headers.getAcceptableMediaTypes()) {
            if (m.isWildcardType()) {
                return Format.JSON;
            }
            String type = m.getType().toLowerCase(Locale.ROOT);
            String sub = m.getSubtype().toLowerCase(Locale.ROOT);
            if (type.equals("text") && (m.isWildcardSubtype() || sub.equals("html"))) {
                return Format.HTML;
            }
            if (type.equals("application") && (sub.equals("xhtml+xml"))) {
                return Format.HTML;
            }
            if (type.equals("application") && (m.isWildcardSubtype() || sub.equals("json") || sub.equals("problem+json"))) {
                return Format.JSON;
            }
            if ((type + "/" + sub).equals(ReportWorkbook.MEDIA_TYPE)) {
                return Format.XLSX;
            }
        }
        throw new jakarta.ws.rs.NotAcceptableException("The report is answered as application/json, text/html or "
                + ReportWorkbook.MEDIA_TYPE + " (or ?format=json|html|xlsx)");
    }

    /** The workbook, with a weak ETag (a digest of the report's data: the file's bytes carry the time it was written). */
    private Response xlsx(PlanReport report, String ifNoneMatch) {
        EntityTag tag = new EntityTag(digest(report) + "-xlsx", true);
        if (ResponseConventions.matches(ifNoneMatch, tag)) {
            return Response.notModified(tag).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
        }
        String file = report.planCode() + "-report" + (report.year() == null ? "" : "-" + report.year()) + ".xlsx";
        return Response.ok(workbook.write(report), ReportWorkbook.MEDIA_TYPE)
                .tag(tag)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .build();
    }

    private static Response vary(Response response) {
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        return response;
    }

    private String digest(PlanReport report) {
        try {
            return ResponseConventions.digest(mapper.writeValueAsBytes(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
