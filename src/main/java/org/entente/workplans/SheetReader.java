package org.entente.workplans;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an {@code .xlsx} as a stream of rows (SAX, never the whole sheet in
 * memory), and stops as soon as it holds more rows than allowed: a 100,000-row sheet is refused
 * after reading its first few thousand. Each cell says what it is — text, number, date (a number
 * in a date format), formula, boolean or error — so that the caller can refuse what it must.
 */
final class SheetReader {

    /** What a cell holds. */
    enum Kind {
        TEXT,
        NUMBER,
        DATE,
        FORMULA,
        BOOLEAN,
        ERROR
    }

    /** One cell: its reference ({@code D7}), kind, text (as written) and number (for numbers and dates). */
    record Cell(String ref, Kind kind, String text, double number) {}

    /** One row of the sheet with at least one cell that is not blank; cells by column index (0 = A). */
    record Row(int number, Map<Integer, Cell> cells) {}

    static {
        // Zip bombs: a part may not inflate more than 100 times its compressed size, nor beyond 64 MiB.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(64L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(32L * 1024 * 1024);
    }

    private SheetReader() {}

    /**
     * The rows of the first sheet, the header row first.
     *
     * @throws SpreadsheetRefused when the file is not an {@code .xlsx}, is a zip bomb, has no sheet,
     *     or has more than {@code maxRows} rows after the header row
     */
    static List<Row> read(File file, int maxRows) {
        try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw SpreadsheetRefused.file("workplans.xlsx.error.noSheet");
            }
            var handler = new Handler(styles, strings, maxRows);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = SAXHelper.newXMLReader();
                parser.setContentHandler(handler);
                parser.parse(new InputSource(sheet));
            } catch (TooManyRows stop) {
                throw SpreadsheetRefused.file("workplans.xlsx.error.tooManyRows", maxRows);
            }
            return handler.rows;
        } catch (SpreadsheetRefused refused) {
            throw refused;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            // POI reports a zip bomb as an IOException naming the ratio or size it exceeded.
            String message = String.valueOf(e.getMessage()) + " " + e.getCause();
            if (message.contains("Zip bomb") || message.contains("ZipSecureFile") || message.contains("MaxEntrySize")) {
                throw SpreadsheetRefused.file("workplans.xlsx.error.zipBomb");
            }
            throw SpreadsheetRefused.file("workplans.xlsx.error.notXlsx");
        }
    }

    /** Stops the parse once there are too many rows. */
    private static final class TooManyRows extends SAXException {}

    private static final class Handler extends DefaultHandler {

        private final StylesTable styles;
        private final ReadOnlySharedStringsTable strings;
        private final int maxRows;
        final List<Row> rows = new ArrayList<>();

        private int rowNumber;
        private int column;
        private Map<Integer, Cell> cells;
        private String ref;
        private String type;
        private int style;
        private boolean formula;
        private boolean collecting;
        private final StringBuilder value = new StringBuilder();

        Handler(StylesTable styles, ReadOnlySharedStringsTable strings, int maxRows) {
            this.styles = styles;
            this.strings = strings;
            this.maxRows = maxRows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    column = -1;
                    cells = new TreeMap<>();
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? column + 1 : new CellReference(r).getCol();
                    ref = CellReference.convertNumToColString(column) + rowNumber;
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    formula = false;
                    value.setLength(0);
                }
                case "f" -> formula = true;
                case "v", "t" -> collecting = true;
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v", "t" -> collecting = false;
                case "c" -> cell();
                case "row" -> {
                    if (!cells.isEmpty()) {
                        if (rows.size() > maxRows) {
                            throw new TooManyRows();
                        }
                        rows.add(new Row(rowNumber, cells));
                    }
                }
                default -> {}
            }
        }

        private void cell() {
            String raw = value.toString();
            if (formula) {
                cells.put(column, new Cell(ref, Kind.FORMULA, raw, 0));
                return;
            }
            if (type == null || type.equals("n")) {
                if (raw.isBlank()) {
                    return;
                }
                double number = Double.parseDouble(raw);
                cells.put(column, new Cell(ref, isDate() ? Kind.DATE : Kind.NUMBER, raw, number));
                return;
            }
            String text = switch (type) {
                case "s" -> strings.getItemAt(Integer.parseInt(raw.strip())).getString();
                default -> raw;
            };
            Kind kind = switch (type) {
                case "b" -> Kind.BOOLEAN;
                case "e" -> Kind.ERROR;
                default -> Kind.TEXT;
            };
            if (kind == Kind.TEXT && text.isBlank()) {
                return;
            }
            cells.put(column, new Cell(ref, kind, text, 0));
        }

        private boolean isDate() {
            if (style <= 0 || style >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(style);
            return DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        }
    }
}
