package org.entente.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.springframework.stereotype.Component;

/**
 * What a password must be: at least 12 characters, at most 128, not the username, and not one of
 * the 44,000 long passwords found most often in leaks (OWASP SecLists).
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = loadCommonPasswords();
    }

    /** The message key of the first rule the password breaks, if any. */
    Optional<String> violation(String username, String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.containsUsername");
        }
        if (common.contains(lower)) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }

    private static Set<String> loadCommonPasswords() {
        var resource = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt.gz");
        if (resource == null) {
            throw new IllegalStateException("The common-password list is missing from the build");
        }
        try (var reader =
                new BufferedReader(new InputStreamReader(new GZIPInputStream(resource), StandardCharsets.UTF_8))) {
            var set = new HashSet<String>(64_000);
            reader.lines().forEach(set::add);
            return Set.copyOf(set);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
