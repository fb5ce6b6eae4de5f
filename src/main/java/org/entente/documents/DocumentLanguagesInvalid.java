package org.entente.documents;

import java.util.List;
import org.entente.shared.Refused;

/**
 * The {@code languages} asked for a document are not one or two different ones among ar, en, fr
 * and he: a refusal of that field, answered 400 by the one refusal path (a problem under {@code
 * /api}, the error page saying why elsewhere).
 */
public class DocumentLanguagesInvalid extends Refused {

    private static final String KEY = "document.languages.invalid";

    public DocumentLanguagesInvalid() {
        super(KEY, new Object[] {"languages"}, List.of(new FieldError("languages", KEY, "languages")));
    }

    /** 400 as before: the request cannot be understood, there is no form to show again. */
    @Override
    public int status() {
        return 400;
    }
}
