package org.entente.documents;

import java.util.List;
import org.entente.shared.Refused;

/**
 * The languages asked for a document are not one or two distinct languages among ar, en, fr and he:
 * a {@link Refused} of the {@code languages} field, answered 400 by the one refusal path (the
 * request names no document that can be made), so a handler need not catch it.
 */
public class DocumentLanguagesInvalid extends Refused {

    public DocumentLanguagesInvalid() {
        super(FIELDS, new Object[0], List.of(new FieldError("languages", "document.languages.invalid", "languages")));
    }

    /** The message key, with the field name as its argument. */
    @Override
    public String messageKey() {
        return "document.languages.invalid";
    }

    @Override
    public int status() {
        return 400;
    }
}
