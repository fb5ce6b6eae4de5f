package org.entente.attachments;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * File names as people gave them, made safe to show and to send back: only the last path
 * component, no control or bidirectional-override characters, at most 255 characters. The name is
 * never used to store the file.
 */
final class FileNames {

    static final int MAX_LENGTH = 255;

    private FileNames() {}

    /** The name to keep and show; empty when nothing is left. */
    static String clean(String original) {
        if (original == null) {
            return "";
        }
        String name = Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        var kept = new StringBuilder();
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && !isBidiControl(c) && c != '"')
                .forEach(kept::appendCodePoint);
        String result = kept.toString().strip();
        if (result.equals(".") || result.equals("..")) {
            return "";
        }
        if (result.codePointCount(0, result.length()) > MAX_LENGTH) {
            result = result.substring(0, result.offsetByCodePoints(0, MAX_LENGTH));
        }
        return result;
    }

    /**
     * The {@code Content-Disposition} header for a download (RFC 6266): an ASCII {@code filename}
     * for old clients and the exact name as {@code filename*} in UTF-8 (RFC 5987).
     */
    static String contentDisposition(String name) {
        var ascii = new StringBuilder();
        var encoded = new StringBuilder();
        name.codePoints().forEach(c -> ascii.append(c < 0x7f && isAttrChar(c) ? (char) c : '_'));
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x7f && isAttrChar(c)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /** RFC 5987's attr-char: letters, digits and {@code !#$&+-.^_`|~}. */
    private static boolean isAttrChar(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || "!#$&+-.^_`|~".indexOf(c) >= 0;
    }

    private static boolean isBidiControl(int c) {
        return c == 0x061C
                || c == 0x200E
                || c == 0x200F
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }
}
