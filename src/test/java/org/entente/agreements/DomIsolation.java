package org.entente.agreements;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a right-to-left page's DOM (its elements and the text between them) for values inserted
 * without direction isolation: a code such as {@code JMC-2026-014} not isolated left to right; a
 * text run mixing the reader's script with Latin letters outside an isolate; a Latin value holding
 * digits or brackets (whose order the Arabic paragraph would turn around: "people 40", "(Minister")
 * outside an isolating element ({@code <bdi>}, an element with {@code dir}, or FSI/LRI…PDI).
 */
final class DomIsolation {

    /** Latin words that Arabic and Hebrew messages themselves use. */
    private static final Set<String> MESSAGE_WORDS = Set.of(
            "PDF",
            "DOCX",
            "XLSX",
            "ODT",
            "PNG",
            "JPEG",
            "Excel",
            "iCalendar",
            "CSV",
            "API",
            "REL",
            "TO",
            "SHA",
            "QR",
            "URL",
            "ISO",
            "Entente");

    private static final Pattern TAG =
            Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>|<!--.*?-->", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}(?:-[A-Z0-9]+)+\\b");
    private static final Pattern ISOLATED = Pattern.compile("[\\u2066\\u2067\\u2068][^\\u2069]*\\u2069");
    private static final Pattern RIGHT_TO_LEFT = Pattern.compile("[\\u0590-\\u08FF\\uFB1D-\\uFDFF\\uFE70-\\uFEFF]");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z\\u00C0-\\u024F]+");
    private static final Set<String> VOID = Set.of(
            "area",
            "base",
            "br",
            "col",
            "embed",
            "hr",
            "img",
            "input",
            "link",
            "meta",
            "source",
            "track",
            "wbr",
            "path",
            "line",
            "rect",
            "circle",
            "polyline",
            "use",
            "stop");
    private static final Set<String> SKIPPED = Set.of("script", "style", "head");

    private DomIsolation() {}

    /** Each text run that breaks the rules, with the reason. */
    static List<String> problems(String html) {
        var problems = new ArrayList<String>();
        Deque<Boolean> isolating = new ArrayDeque<>();
        Deque<String> open = new ArrayDeque<>();
        int skipped = 0;
        int at = 0;
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            if (skipped == 0 && tag.start() > at) {
                check(text(html.substring(at, tag.start())), !isolating.isEmpty() && isolating.peek(), problems);
            }
            at = tag.end();
            if (tag.group(2) == null) {
                continue; // a comment
            }
            String name = tag.group(2).toLowerCase();
            boolean closing = !tag.group(1).isEmpty();
            boolean selfClosing = tag.group(3).endsWith("/");
            if (closing) {
                if (SKIPPED.contains(name)) {
                    skipped = Math.max(0, skipped - 1);
                }
                if (!open.contains(name)) {
                    continue; // the end of an element never opened (</line> after a void <line>)
                }
                while (!open.isEmpty()) {
                    isolating.pop();
                    if (open.pop().equals(name)) {
                        break;
                    }
                }
            } else if (!VOID.contains(name) && !selfClosing) {
                if (SKIPPED.contains(name)) {
                    skipped++;
                }
                // dir="rtl" on <html> sets the page's direction: it isolates nothing inside it
                boolean isolates = name.equals("bdi")
                        || name.equals("time")
                        || tag.group(3).matches("(?s).*\\sdir=\"(ltr|auto)\".*");
                open.push(name);
                isolating.push(isolates || (!isolating.isEmpty() && isolating.peek()));
            }
        }
        return problems;
    }

    private static void check(String text, boolean inIsolate, List<String> problems) {
        if (text.isBlank() || inIsolate) {
            return;
        }
        String outside = ISOLATED.matcher(text).replaceAll(" ");
        Matcher code = CODE.matcher(outside.replace("SHA-256", "")); // the name of a hash, in a message
        while (code.find()) {
            problems.add("code " + code.group() + " not isolated left to right in «" + text.strip() + "»");
        }
        var latin = new ArrayList<String>();
        Matcher word = LATIN_WORD.matcher(CODE.matcher(outside).replaceAll(" "));
        while (word.find()) {
            if (!MESSAGE_WORDS.contains(word.group())) {
                latin.add(word.group());
            }
        }
        if (latin.isEmpty()) {
            return;
        }
        if (RIGHT_TO_LEFT.matcher(outside).find()) {
            problems.add(
                    "Latin " + latin + " mixed with the page's script outside an isolate in «" + text.strip() + "»");
        } else if (outside.matches("(?s).*[0-9()\\[\\]].*")) {
            problems.add("Latin value with digits or brackets not isolated: «" + text.strip() + "»");
        }
    }

    private static String text(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&#160;", " ")
                .replace("&nbsp;", " ")
                .replace("&amp;", "&");
    }
}
