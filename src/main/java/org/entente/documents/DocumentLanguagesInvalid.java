package org.entente.documents;

/** The languages asked for a document are not one or two distinct languages among ar, en, fr and he. */
public class DocumentLanguagesInvalid extends RuntimeException {

    public DocumentLanguagesInvalid() {
        super("document.languages.invalid");
    }

    /** The message key, with the field name as its argument. */
    public String messageKey() {
        return getMessage();
    }
}
