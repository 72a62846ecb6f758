package org.healthplanning.platform.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.healthplanning.http.DomainException;
import org.healthplanning.http.Problem.FieldError;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the table of a workbook (XLSX) as the rows of an import, streaming: each sheet's XML is read by SAX, one
 * row at a time, never as a whole workbook in memory.
 * <ul>
 * <li>The sheet read is the first (in tab order) that has a header row; the header row is the first row in which
 *     at least two cells are headings the {@link SheetSchema} knows (title rows above it are skipped), within the
 *     first {@value #HEADER_SEARCH} rows.</li>
 * <li>A heading the schema does not know, two columns of one field, a unit that is not the field's, and a value in a
 *     column without a heading are refused (400, naming sheet, row, column and heading): a column that was not
 *     understood would lose its values.</li>
 * <li>Empty rows are skipped, and so is a note below the table (a row with only 注：…, 说明：…, 资料来源…).</li>
 * <li>A cell reads as the text it shows: a number as its decimal (the digits its format shows, 79.0 in a "0.0"
 *     cell), a percentage cell as 93.5% (in a number column as 93.5), a date as formatted, a formula as its result;
 *     in a number column a cell holding only a dash (－, —, -, /) is no value, as printed tables mark it.</li>
 * </ul>
 */
public final class SheetReader {
    /** Rows searched for the header row in each sheet. */
    public static final int HEADER_SEARCH = 30;
    /** Data rows one sheet may hold. */
    public static final int MAX_ROWS = 1_000_000;

    private SheetReader() {
    }

    /** Reads a workbook sent as a request body. */
    public static SheetData read(InputStream body, SheetSchema schema) {
        Path file = null;
        try {
            file = Files.createTempFile("sheet-import-", ".xlsx");
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            return read(file, schema);
        } catch (IOException e) {
            throw DomainException.invalid("body", "cannot be read: " + e.getMessage());
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed with the temporary directory
                }
            }
        }
    }

    public static SheetData read(byte[] body, SheetSchema schema) {
        if (body == null || body.length == 0) {
            throw DomainException.invalid("body", "must not be empty");
        }
        return read(new java.io.ByteArrayInputStream(body), schema);
    }

    static SheetData read(Path file, SheetSchema schema) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream xml = sheets.next()) {
                    String name = sheets.getSheetName();
                    names.add(name);
                    Collector collector = new Collector(name, schema);
                    parse(xml, new SheetHandler(strings, styles, collector));
                    if (collector.headerRow > 0) {
                        return collector.finish();
                    }
                }
            }
            throw DomainException.invalid("header", "no sheet " + names + " has a header row naming the import's columns"
                    + " (two or more known headings within its first " + HEADER_SEARCH + " rows)");
        } catch (InvalidFormatException | org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw DomainException.invalid("body", "is not an XLSX workbook (Office Open XML spreadsheet)");
        } catch (OpenXML4JException | IOException | SAXException e) {
            throw DomainException.invalid("body", "is not a readable XLSX workbook: " + clean(e.getMessage()));
        } catch (org.apache.poi.UnsupportedFileFormatException e) {
            throw DomainException.invalid("body", "is not an XLSX workbook (an older .xls file must be saved as .xlsx first)");
        } catch (DomainException e) {
            throw e;
        } catch (RuntimeException e) {
            // a damaged workbook (POI's RecordFormatException, a zip bomb refused by ZipSecureFile, a bad number in the XML …)
            throw DomainException.invalid("body", "is not a readable XLSX workbook: " + clean(e.getMessage()));
        }
    }

    private static String clean(String message) {
        if (message == null) {
            return "malformed";
        }
        return message.length() > 200 ? message.substring(0, 200) : message;
    }

    private static void parse(InputStream xml, SheetHandler handler) throws IOException, SAXException {
        XMLReader parser;
        try {
            parser = XMLHelper.newXMLReader();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        parser.setContentHandler(handler);
        try {
            parser.parse(new InputSource(xml));
        } catch (Stop done) {
            // the sheet has no header row, or the rest holds nothing the import reads
        }
    }

    /** Ends reading a sheet early. */
    static final class Stop extends SAXException {
        Stop() {
            super("stop");
        }
    }

    /** One cell as read: the column (0-based), its type, its stored value and its style. */
    record RawCell(int column, String type, String value, int style) {
    }

    /** The SAX side: turns the sheet XML into rows of raw cells. */
    static final class SheetHandler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final Collector collector;
        private final StringBuilder text = new StringBuilder();
        private final List<RawCell> cells = new ArrayList<>();
        private int rowNumber;
        private int nextColumn;
        private int column;
        private String type;
        private int style;
        private boolean inValue;
        private boolean inInline;
        private boolean inPhonetic;
        private boolean hasValue;

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, Collector collector) {
            this.strings = strings;
            this.styles = styles;
            this.collector = collector;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            String name = localName == null || localName.isEmpty() ? qName : localName;
            switch (name) {
                case "row" -> {
                    String r = atts.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    nextColumn = 0;
                    cells.clear();
                }
                case "c" -> {
                    String ref = atts.getValue("r");
                    column = ref == null ? nextColumn : new CellReference(ref).getCol();
                    nextColumn = column + 1;
                    type = atts.getValue("t");
                    String s = atts.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    text.setLength(0);
                    hasValue = false;
                }
                case "v" -> {
                    inValue = true;
                    hasValue = true;
                    text.setLength(0);
                }
                case "is" -> {
                    inInline = true;
                    hasValue = true;
                    text.setLength(0);
                }
                case "rPh" -> inPhonetic = true;
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            String name = localName == null || localName.isEmpty() ? qName : localName;
            switch (name) {
                case "v" -> inValue = false;
                case "is" -> inInline = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> {
                    if (hasValue) {
                        cells.add(new RawCell(column, type == null ? "n" : type, value(), style));
                    }
                }
                case "row" -> collector.row(rowNumber, cells, this);
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if ((inValue || inInline) && !inPhonetic) {
                text.append(ch, start, length);
            }
        }

        private String value() {
            String v = text.toString();
            if ("s".equals(type)) {
                try {
                    return strings.getItemAt(Integer.parseInt(v.trim())).getString();
                } catch (RuntimeException e) {
                    return "";
                }
            }
            return v;
        }

        /** The number format (index and text) of a style. */
        XSSFCellStyle style(int index) {
            return styles == null || index < 0 || index >= styles.getNumCellStyles() ? null : styles.getStyleAt(index);
        }
    }

    /** Turns raw rows into the import's rows: finds the header, matches headings, reads cells by kind. */
    static final class Collector {
        private final String sheet;
        private final SheetSchema schema;
        private final DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
        private final List<FieldError> errors = new ArrayList<>();
        private final Map<Integer, SheetData.Column> columns = new TreeMap<>();
        private final Map<String, String> implied = new LinkedHashMap<>();
        private final Map<String, SheetData.Column> impliedFrom = new HashMap<>();
        private final List<SheetData.Row> rows = new ArrayList<>();
        private final Map<Integer, Boolean> reportedHeadless = new HashMap<>();
        int headerRow;
        private int searched;

        Collector(String sheet, SheetSchema schema) {
            this.sheet = sheet;
            this.schema = schema;
        }

        void row(int number, List<RawCell> cells, SheetHandler handler) throws SAXException {
            if (headerRow == 0) {
                header(number, cells, handler);
                return;
            }
            Map<String, String> values = new LinkedHashMap<>();
            Map<Integer, String> shown = new TreeMap<>();
            for (RawCell c : cells) {
                SheetData.Column col = columns.get(c.column());
                SheetSchema.Kind kind = col == null ? SheetSchema.Kind.TEXT : schema.kind(col.field());
                String v = text(c, kind, handler, number, col);
                if (v == null || v.isBlank()) {
                    continue;
                }
                String problem = org.healthplanning.platform.json.StrictJson.textProblem(v);
                if (problem != null) {
                    errors.add(new FieldError(number, col == null ? "body" : col.field(), "the cell " + problem, sheet,
                            CellReference.convertNumToColString(c.column()), col == null ? null : col.heading()));
                    continue;
                }
                shown.put(c.column(), v);
                if (col == null) {
                    continue;
                }
                values.put(col.field(), v);
            }
            if (shown.isEmpty()) {
                return;
            }
            if (shown.size() == 1 && isNote(shown.values().iterator().next())) {
                return;
            }
            for (Integer c : shown.keySet()) {
                if (!columns.containsKey(c) && reportedHeadless.putIfAbsent(c, true) == null) {
                    String letter = CellReference.convertNumToColString(c);
                    errors.add(new FieldError(number, "header", "column " + letter + " has values but no heading in row " + headerRow
                            + "; give it a heading the import knows (or remove it), or its values would be lost", sheet, letter, null));
                }
            }
            if (rows.size() >= MAX_ROWS) {
                errors.add(new FieldError(number, "body", "a sheet may hold at most " + MAX_ROWS + " rows", sheet, null, null));
                throw new Stop();
            }
            rows.add(new SheetData.Row(number, values));
        }

        private void header(int number, List<RawCell> cells, SheetHandler handler) throws SAXException {
            if (++searched > HEADER_SEARCH) {
                throw new Stop();
            }
            Map<Integer, String> headings = new LinkedHashMap<>();
            for (RawCell c : cells) {
                String v = text(c, SheetSchema.Kind.TEXT, handler, number, null);
                if (v != null && !v.isBlank()) {
                    headings.put(c.column(), v.strip());
                }
            }
            Map<Integer, SheetSchema.Match> matched = schema.match(headings);
            if (matched.size() < 2) {
                return;
            }
            headerRow = number;
            Map<String, SheetData.Column> byField = new HashMap<>();
            for (Map.Entry<Integer, String> h : headings.entrySet()) {
                String letter = CellReference.convertNumToColString(h.getKey());
                SheetSchema.Match m = matched.get(h.getKey());
                if (m == null) {
                    errors.add(new FieldError(number, "header", "the heading '" + h.getValue() + "' names no column of this import",
                            sheet, letter, h.getValue()));
                    continue;
                }
                SheetData.Column col = new SheetData.Column(h.getKey(), letter, h.getValue(), m.field());
                String unit = schema.unitProblem(h.getValue(), m.field());
                if (unit != null) {
                    errors.add(new FieldError(number, m.field(), unit, sheet, letter, h.getValue()));
                }
                SheetData.Column before = byField.put(m.field(), col);
                if (before != null) {
                    errors.add(new FieldError(number, m.field(), "columns " + before.letter() + " ('" + before.heading() + "') and "
                            + letter + " ('" + h.getValue() + "') both give " + m.field(), sheet, letter, h.getValue()));
                }
                columns.put(h.getKey(), col);
                m.implied().forEach((field, value) -> {
                    implied.put(field, value);
                    impliedFrom.put(field, col);
                });
            }
            // a column of the field itself wins over a year heading's year
            implied.keySet().removeIf(byField::containsKey);
        }

        SheetData finish() {
            if (!errors.isEmpty()) {
                throw SheetData.refusal(sheet, errors);
            }
            Map<String, String> carried = new HashMap<>();
            for (SheetData.Row row : rows) {
                for (String field : schema.carried()) {
                    String v = row.values().get(field);
                    if (v == null) {
                        if (carried.containsKey(field)) {
                            row.values().put(field, carried.get(field));
                        }
                    } else {
                        carried.put(field, v);
                    }
                }
                implied.forEach(row.values()::putIfAbsent);
            }
            return new SheetData(sheet, headerRow, new ArrayList<>(columns.values()), implied.keySet(), impliedFrom, rows);
        }

        private static boolean isNote(String v) {
            String s = v.strip();
            return s.startsWith("注：") || s.startsWith("注:") || s.startsWith("说明：") || s.startsWith("说明:")
                    || s.startsWith("资料来源") || s.startsWith("数据来源：") || s.startsWith("数据来源:");
        }

        /** A cell's text as the import reads it (null for no value). */
        private String text(RawCell c, SheetSchema.Kind kind, SheetHandler handler, int row, SheetData.Column col) {
            String v = c.value();
            switch (c.type()) {
                case "s", "str", "inlineStr" -> {
                    return kind == SheetSchema.Kind.NUMBER && isDash(v) ? null : v;
                }
                case "b" -> {
                    return "1".equals(v.trim()) ? "true" : "false";
                }
                case "e" -> {
                    errors.add(new FieldError(row, col == null ? "body" : col.field(), "the cell holds the error " + v
                            + "; give a value", sheet, CellReference.convertNumToColString(c.column()), col == null ? null : col.heading()));
                    return null;
                }
                case "d" -> {
                    return v;
                }
                default -> {
                    return number(v, handler.style(c.style()), kind);
                }
            }
        }

        private String number(String v, XSSFCellStyle style, SheetSchema.Kind kind) {
            if (v == null || v.isBlank()) {
                return null;
            }
            BigDecimal d;
            try {
                d = new BigDecimal(v.trim());
            } catch (NumberFormatException e) {
                return v;
            }
            short index = style == null ? 0 : style.getDataFormat();
            String format = style == null ? null : style.getDataFormatString();
            if (format != null && index != 0 && DateUtil.isADateFormat(index, format)) {
                return formatter.formatRawCellContents(d.doubleValue(), index, format);
            }
            int decimals = decimals(format);
            if (format != null && format.contains("%")) {
                BigDecimal percent = scaled(d.movePointRight(2), Math.max(0, decimals));
                return kind == SheetSchema.Kind.NUMBER ? percent.toPlainString() : percent.toPlainString() + "%";
            }
            return scaled(d, decimals).toPlainString();
        }

        private static BigDecimal scaled(BigDecimal d, int decimals) {
            BigDecimal s = d.stripTrailingZeros();
            if (s.scale() < decimals) {
                s = s.setScale(decimals);
            }
            return s.scale() < 0 ? s.setScale(0) : s;
        }

        /** Decimals a number format shows ("0.00" → 2, "General" → 0). */
        static int decimals(String format) {
            if (format == null || format.equalsIgnoreCase("General")) {
                return 0;
            }
            String first = format.split(";")[0].replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "");
            int dot = first.indexOf('.');
            if (dot < 0) {
                return 0;
            }
            int n = 0;
            for (int i = dot + 1; i < first.length() && (first.charAt(i) == '0' || first.charAt(i) == '#'); i++) {
                n++;
            }
            return n;
        }

        private static boolean isDash(String v) {
            String s = v.strip();
            return s.matches("[-－—–/／]+|——");
        }
    }
}
