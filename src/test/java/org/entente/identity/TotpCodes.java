package org.entente.identity;

import java.io.ByteArrayOutputStream;
import java.time.Instant;

/**
 * The code an authenticator app would show now for a key as the enrollment page writes it (base 32,
 * in groups): what a test types to enroll or to pass the second step of signing in.
 */
public final class TotpCodes {

    private TotpCodes() {}

    /** The code for the key ("ABCD EFGH …") at this moment. */
    public static String now(String key) {
        return Totp.code(base32(key.replace(" ", "")), Totp.step(Instant.now()));
    }

    private static byte[] base32(String key) {
        var out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : key.toCharArray()) {
            buffer = (buffer << 5) | "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
