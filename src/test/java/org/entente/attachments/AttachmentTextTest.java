package org.entente.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text of real small files, made here with the libraries that write them (POI for DOCX and
 * XLSX, PDFBox for PDF, an ODT zipped by hand as its standard describes), is read by Tika; a
 * damaged file gives no text and no exception. {@link ContentCheck} accepts each for what it is.
 */
class AttachmentTextTest {

    @TempDir
    Path folder;

    private final AttachmentText text = new AttachmentText();
    private final ContentCheck check = new ContentCheck();

    @Test
    void aDocxsParagraphsAreRead() throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Compte rendu de l’exercice Zarzis");
            document.createParagraph().createRun().setText("تقرير التكوين البحري");
            document.write(bytes);
        }
        assertThat(read("report.docx", bytes.toByteArray(), FileKind.DOCX))
                .contains("exercice Zarzis")
                .contains("تقرير التكوين البحري");
    }

    @Test
    void anXlsxsCellsAreRead() throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            var row = workbook.createSheet("Budget").createRow(0);
            row.createCell(0).setCellValue("Quartzite");
            row.createCell(1).setCellValue("תקציב");
            workbook.write(bytes);
        }
        assertThat(read("budget.xlsx", bytes.toByteArray(), FileKind.XLSX))
                .contains("Quartzite")
                .contains("תקציב");
    }

    @Test
    void aPdfsTextIsRead() throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var document = new PDDocument()) {
            var page = new PDPage();
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Minutes of the Obsidian review");
                content.endText();
            }
            document.save(bytes);
        }
        assertThat(read("minutes.pdf", bytes.toByteArray(), FileKind.PDF)).contains("Minutes of the Obsidian review");
    }

    @Test
    void anOdtAndAPlainTextAreRead() throws Exception {
        assertThat(read("notes.odt", odt("Procès-verbal Malachite"), FileKind.ODT))
                .contains("Procès-verbal Malachite");
        assertThat(read("notes.txt", "שלום\nسلام Tourmaline\n".getBytes(StandardCharsets.UTF_8), FileKind.TXT))
                .isEqualTo("שלום\nسلام Tourmaline");
    }

    @Test
    void aDamagedFileGivesNoTextAndNoException() throws Exception {
        Path damaged = folder.resolve("damaged.pdf");
        Files.write(
                damaged, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ngarbage".getBytes(StandardCharsets.US_ASCII));
        assertThat(text.of(damaged, FileKind.PDF)).isEmpty();
        Path image = folder.resolve("image.png");
        Files.write(image, new byte[] {1, 2, 3});
        assertThat(text.of(image, FileKind.PNG)).isEmpty();
    }

    @Test
    void noNulAndNoRunsOfBlanksAreKept() {
        assertThat(AttachmentText.clean("a\u0000b  \t c\n\n\n  d ")).isEqualTo("a b c\nd");
    }

    /** Writes the file, checks that it is accepted as its kind, and reads its text. */
    private String read(String name, byte[] bytes, FileKind kind) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        assertThat(check.check(file, name)).isEqualTo(kind);
        return text.of(file, kind);
    }

    /** The smallest ODT its standard allows: the mimetype first and stored, the manifest, the content. */
    static byte[] odt(String paragraph) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            var entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            var crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                     <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                     <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                    </manifest:manifest>""").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                     <office:body><office:text><text:p>%s</text:p></office:text></office:body>
                    </office:document-content>""".formatted(paragraph)).getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
