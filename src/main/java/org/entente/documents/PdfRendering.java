package org.entente.documents;

import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * How every Entente PDF is drawn: the Noto fonts shipped in the jar (embedded as subsets), ICU's
 * bidi algorithm, and Arabic shaping that keeps each mark on its letter ({@link ArabicMarks}).
 */
final class PdfRendering {

    private record Font(String family, int weight, String resource, byte[] bytes) {}

    private static final List<Font> FONTS = List.of(
            font("Noto Sans", 400, "NotoSans-Regular.ttf"),
            font("Noto Sans", 700, "NotoSans-Bold.ttf"),
            font("Noto Naskh Arabic", 400, "NotoNaskhArabic-Regular.ttf"),
            font("Noto Naskh Arabic", 700, "NotoNaskhArabic-Bold.ttf"),
            font("Noto Sans Hebrew", 400, "NotoSansHebrew-Regular.ttf"),
            font("Noto Sans Hebrew", 700, "NotoSansHebrew-Bold.ttf"));

    private PdfRendering() {}

    private static Font font(String family, int weight, String resource) {
        return new Font(family, weight, resource, resource("/static/fonts/" + resource));
    }

    static byte[] resource(String name) {
        try (InputStream in = PdfRendering.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing from the jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** A builder for this XHTML, with the fonts, the bidi algorithm and the shaping set. */
    static PdfRendererBuilder builder(String xhtml, boolean rightToLeft) {
        var builder = new PdfRendererBuilder()
                .useFastMode()
                .useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
                .useUnicodeBidiReorderer(new ArabicMarks())
                .defaultTextDirection(rightToLeft ? TextDirection.RTL : TextDirection.LTR)
                .withProducer("Entente")
                .withHtmlContent(xhtml, null);
        for (Font font : FONTS) {
            byte[] bytes = font.bytes();
            builder.useFont(
                    () -> new ByteArrayInputStream(bytes), font.family(), font.weight(), FontStyle.NORMAL, true);
        }
        return builder;
    }
}
