package org.entente.documents;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.entente.shared.Markings;
import org.entente.shared.Nations;
import org.entente.shared.Translator;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Renders a jte template to PDF, in one language or two side by side, with the Noto fonts shipped
 * in the jar embedded (subsets), ICU's bidi algorithm and Arabic shaping, the classification banner
 * at the top and bottom of every page and "page x of y" in each language.
 *
 * <p>A module renders a document with {@link #render}: its template takes its own parameters plus
 * {@code Bilingual doc}, and wraps its content in {@code @template.documents.page(doc = doc,
 * content = @`…`)}; each language's cell is written with that {@link Column column}'s texts, dates
 * and direction. See {@code agreements/document.jte} for an example.
 */
@Component
public class PdfDocuments {

    /** The languages a document may be written in. */
    public static final List<String> LANGUAGES = List.of("ar", "en", "fr", "he");

    /** openhtmltopdf logs every document's steps at INFO: warnings only. */
    static {
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final TemplateEngine templates;
    private final Translator messages;
    private final Markings markings;
    private final String stylesheet;

    /** Font metrics, kept between documents: measuring the fonts again each time costs most of a small one. */
    private final FSCacheEx<String, FSCacheValue> fontMetrics = new FSDefaultCacheStore();

    PdfDocuments(TemplateEngine templates, Translator messages, Markings markings) {
        this.templates = templates;
        this.messages = messages;
        this.markings = markings;
        this.stylesheet = new String(PdfRendering.resource("/documents/pdf.css"), StandardCharsets.UTF_8);
    }

    /**
     * The languages asked for ({@code "ar,en"}): one or two distinct codes among {@link #LANGUAGES};
     * none asked means the reader's language beside English (beside Arabic for an English reader).
     *
     * @throws DocumentLanguagesInvalid for anything else
     */
    public static List<String> languages(String asked, Locale reader) {
        if (asked == null || asked.isBlank()) {
            String own = LANGUAGES.contains(reader.getLanguage()) ? reader.getLanguage() : "en";
            return own.equals("en") ? List.of("en", "ar") : List.of(own, "en");
        }
        Set<String> codes = new LinkedHashSet<>();
        String[] parts = asked.split(",", -1);
        for (String part : parts) {
            String code = part.strip().toLowerCase(Locale.ROOT);
            if (!LANGUAGES.contains(code) || !codes.add(code)) {
                throw new DocumentLanguagesInvalid();
            }
        }
        if (codes.size() > 2) {
            throw new DocumentLanguagesInvalid();
        }
        return List.copyOf(codes);
    }

    /** The locales of the languages in the region of the reader's nation (ar-MA writes Moroccan month names). */
    public static List<Locale> locales(List<String> languages, String nation) {
        String region = Nations.region(nation);
        return languages.stream().map(code -> new Locale(code, region)).toList();
    }

    /**
     * Renders the template to a PDF.
     *
     * @param template a jte template, e.g. {@code "agreements/document.jte"}; it gets the model's
     *     entries and {@code doc}
     * @param model the template's own parameters
     * @param label the high-water mark of everything the document shows: its banner
     * @param title the document's title, per language (the PDF's metadata and the first heading)
     * @param languages one or two locales, the main one first
     */
    public byte[] render(
            String template, Map<String, Object> model, Label label, LocalizedText title, List<Locale> languages) {
        if (languages.isEmpty() || languages.size() > 2) {
            throw new IllegalArgumentException("A document is written in one or two languages: " + languages);
        }
        var doc = new Bilingual(
                label,
                markings.banner(label),
                title,
                languages.stream().map(l -> new Column(l, messages)).toList(),
                stylesheet);
        var params = new HashMap<String, Object>(model);
        params.put("doc", doc);
        var html = new StringOutput(64 * 1024);
        templates.render(template, params, html);
        return pdf(html.toString(), doc);
    }

    private byte[] pdf(String xhtml, Bilingual doc) {
        var builder = PdfRendering.builder(xhtml, doc.first().rightToLeft())
                .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
        var out = new ByteArrayOutputStream(256 * 1024);
        try (var pdf = new PDDocument()) {
            builder.usePDDocument(pdf);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(doc.metadataTitle());
            info.setSubject(doc.banner());
            info.setKeywords(doc.banner());
            info.setCreator("Entente");
            pdf.getDocumentCatalog().setLanguage(doc.first().locale().toLanguageTag());
            pdf.save(out);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return MarkPlacement.centre(out.toByteArray());
    }

    /** The answer carrying a PDF: shown in the browser, saved under the given name. */
    public static ResponseEntity<byte[]> response(byte[] pdf, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(fileName).build().toString())
                .body(pdf);
    }
}
