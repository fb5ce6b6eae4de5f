package org.entente.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A PDF as the tools outside Java see it: poppler's {@code pdftotext} for its text (normalised:
 * Arabic presentation forms back to letters by NFKC, direction marks dropped), {@code pdfinfo}'s
 * page count, and each page rendered to PNG by {@code pdftoppm} into {@code target/screenshots/}
 * to be looked at.
 */
public final class Pdf {

    public static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final Path file;
    private final byte[] bytes;

    private Pdf(Path file, byte[] bytes) {
        this.file = file;
        this.bytes = bytes;
    }

    /** Keeps the PDF as {@code target/screenshots/<name>.pdf}. */
    public static Pdf of(String name, byte[] bytes) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".pdf");
        Files.write(file, bytes);
        return new Pdf(file, bytes);
    }

    /** The text of every page, in logical order as pdftotext extracts it, normalised. */
    public String text() throws IOException {
        return normalise(run("pdftotext", "-enc", "UTF-8", file.toString(), "-"));
    }

    /** The text of one page (counting from 1). */
    public String text(int page) throws IOException {
        return normalise(run(
                "pdftotext",
                "-enc",
                "UTF-8",
                "-f",
                Integer.toString(page),
                "-l",
                Integer.toString(page),
                file.toString(),
                "-"));
    }

    public int pages() throws IOException {
        for (String line : run("pdfinfo", file.toString()).split("\n")) {
            if (line.startsWith("Pages:")) {
                return Integer.parseInt(line.substring("Pages:".length()).strip());
            }
        }
        throw new IllegalStateException("pdfinfo gave no page count");
    }

    public PDDocument load() throws IOException {
        return Loader.loadPDF(bytes);
    }

    /** Renders every page at 80 dpi: {@code target/screenshots/<name>-<page>.png}. */
    public List<Path> png() throws IOException {
        return png(80);
    }

    /** Renders every page at the given resolution (300 to look at marks on letters). */
    public List<Path> png(int dpi) throws IOException {
        String base = file.toString().replaceFirst("\\.pdf$", "");
        run("pdftoppm", "-r", Integer.toString(dpi), "-png", file.toString(), base);
        List<Path> pages = new ArrayList<>();
        try (var files = Files.list(SCREENSHOTS)) {
            files.filter(p ->
                            p.toString().startsWith(base + "-") && p.toString().endsWith(".png"))
                    .sorted()
                    .forEach(pages::add);
        }
        return pages;
    }

    /**
     * Letters, not presentation forms; no direction marks; lines joined by single spaces (a title
     * wrapped over two lines reads as one).
     */
    public static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "")
                .replaceAll("\\s+", " ");
    }

    /** How many times a part occurs in a text (the banner on a page: twice). */
    public static int countOf(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private static String run(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        byte[] out = process.getInputStream().readAllBytes();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: "
                        + new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException(interrupted);
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
