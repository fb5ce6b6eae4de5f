package org.entente.identity;

import java.util.List;
import org.entente.shared.Refused;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A password that breaks a rule: a {@link Refused} of the field it concerns (the current password
 * when it is wrong, else the new one), whose message names the field in the user's language.
 */
public class PasswordRejectedException extends Refused {

    /** The message key prefix of the password form's field names. */
    static final String LABELS = "password.field.";

    PasswordRejectedException(String messageKey) {
        super(List.of(
                field(messageKey.equals("password.currentWrong") ? "currentPassword" : "newPassword", messageKey)));
    }

    /** A refusal of one field of the password form; the message's {@code {0}} is the field's name. */
    static FieldError field(String field, String messageKey) {
        return new FieldError(field, messageKey, new DefaultMessageSourceResolvable(LABELS + field));
    }

    @Override
    public String fieldLabelPrefix() {
        return LABELS;
    }
}
