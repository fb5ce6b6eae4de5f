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

    /** The text of every page line by line, as pdftotext breaks it, each line normalised. */
    public List<String> lines() throws IOException {
        return run("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                .lines()
                .map(Pdf::normalise)
                .toList();
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
        return png(dpi, 1, pages());
    }

    /**
     * Renders the pages from {@code first} to {@code last} (counting from 1): at 300 dpi a page is
     * nine million pixels to draw and encode, so a test that asks to look at one page renders that one.
     */
    public List<Path> png(int dpi, int first, int last) throws IOException {
        String base = file.toString().replaceFirst("\\.pdf$", "");
        run(
                "pdftoppm",
                "-r",
                Integer.toString(dpi),
                "-f",
                Integer.toString(first),
                "-l",
                Integer.toString(last),
                "-png",
                file.toString(),
                base);
        // pdftoppm names a page <base>-<number>.png, the number padded to the page count's digits.
        var name = java.util.regex.Pattern.compile(
                java.util.regex.Pattern.quote(Path.of(base).getFileName().toString()) + "-(\\d+)\\.png");
        List<Path> pages = new ArrayList<>();
        try (var files = Files.list(file.getParent())) {
            files.filter(p -> {
                        var number = name.matcher(p.getFileName().toString());
                        return number.matches()
                                && Integer.parseInt(number.group(1)) >= first
                                && Integer.parseInt(number.group(1)) <= last;
                    })
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

    /**
     * The first page (counting from 1) whose text holds the word, read without its vowel marks and
     * shadda (pdftotext may set a mark beside its letter rather than after it); 0 if none does.
     */
    public int pageWith(String word) throws IOException {
        String letters = withoutMarks(normalise(word));
        for (int page = 1, pages = pages(); page <= pages; page++) {
            if (withoutMarks(text(page)).contains(letters)) {
                return page;
            }
        }
        return 0;
    }

    private static String withoutMarks(String text) {
        return text.replaceAll("[\\u064B-\\u065F\\u0670]", "");
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
