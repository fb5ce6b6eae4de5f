package org.entente.attachments;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.txt.TXTParser;
import org.apache.tika.sax.BodyContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

/**
 * The text of an uploaded file, for search, read by Apache Tika's parsers (PDF, DOCX, XLSX, ODT,
 * plain text). At most {@value #MOST_CHARACTERS} characters are kept and a file gets at most
 * {@link #LONGEST} to give them; a file that cannot be read (damaged, encrypted, too slow) is
 * stored without text and the reason logged: extracting never fails an upload.
 */
@Component
class AttachmentText implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AttachmentText.class);

    /** More text than anyone searches in one file (about a hundred pages); the rest is left out. */
    static final int MOST_CHARACTERS = 200_000;

    static final Duration LONGEST = Duration.ofSeconds(15);

    /**
     * The parsers of the kinds with text, named: {@code new AutoDetectParser()} would build one of
     * every parser on the class path (issue 20: resident memory).
     */
    private final Parser parser =
            new AutoDetectParser(new PDFParser(), new OOXMLParser(), new OpenDocumentParser(), new TXTParser());

    private final ExecutorService readers = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "attachment-text");
        thread.setDaemon(true);
        return thread;
    });

    /** The file's text, or an empty text when it has none (an image) or cannot be read. */
    String of(Path file, FileKind kind) {
        if (!kind.hasText()) {
            return "";
        }
        Future<String> reading = readers.submit(() -> read(file));
        try {
            return clean(reading.get(LONGEST.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS));
        } catch (TimeoutException tooSlow) {
            reading.cancel(true);
            log.warn("No text kept from an uploaded {} file: not read within {} s", kind, LONGEST.toSeconds());
        } catch (ExecutionException failed) {
            log.warn(
                    "No text kept from an uploaded {} file: {}",
                    kind,
                    failed.getCause().toString());
        } catch (InterruptedException interrupted) {
            reading.cancel(true);
            Thread.currentThread().interrupt();
        }
        return "";
    }

    private String read(Path file) throws Exception {
        var text = new BodyContentHandler(MOST_CHARACTERS);
        var metadata = new Metadata();
        try (InputStream in = TikaInputStream.get(file, metadata)) {
            parser.parse(in, text, metadata, new ParseContext());
        } catch (SAXException full) {
            if (!WriteLimitReachedException.isWriteLimitReached(full)) {
                throw full;
            }
        }
        return text.toString();
    }

    /** PostgreSQL's text holds no NUL; runs of blank space become one. */
    static String clean(String text) {
        return text.replace('\u0000', ' ')
                .replaceAll("[ \\t\\x0B\\f\\r]+", " ")
                .replaceAll("\\s*\\n\\s*", "\n")
                .strip();
    }

    @Override
    public void destroy() {
        readers.shutdownNow();
    }
}
