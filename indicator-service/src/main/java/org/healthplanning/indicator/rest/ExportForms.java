package org.healthplanning.indicator.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.healthplanning.indicator.api.BulkRows;
import org.healthplanning.indicator.service.PlanIndicatorService;
import org.healthplanning.platform.sheet.ExportFormat;
import org.healthplanning.platform.sheet.SheetWriter;

/** An export in the form the request chose: CSV (with a byte-order mark on request) or a workbook. */
final class ExportForms {
    private ExportForms() {
    }

    /** The form of an export: CSV unless format= or Accept asks for another. */
    static ExportFormat choose(String format, HttpHeaders headers) {
        return ExportFormat.choose(format, headers, ExportFormat.CSV, ExportFormat.FILES);
    }

    static Response answer(ExportFormat form, String baseName, String sheet, PlanIndicatorService.Export export) {
        Response.ResponseBuilder rb = switch (form) {
            case JSON -> throw new IllegalArgumentException("an export has no JSON form");
            case CSV, CSV_BOM -> Response.ok((form == ExportFormat.CSV_BOM ? "\uFEFF" : "") + BulkRows.toCsv(export.columns(), export.rows()),
                    form.contentType());
            case XLSX -> Response.ok(workbook(sheet, export.columns(), export.rows()).streaming(), form.contentType());
        };
        return rb.header("Content-Disposition", form.attachment(baseName)).build();
    }

    private static SheetWriter workbook(String sheet, List<String> columns, List<JsonNode> rows) {
        SheetWriter writer = new SheetWriter().sheet(sheet, columns);
        BulkRows.values(columns, rows).forEach(writer::row);
        return writer;
    }
}
