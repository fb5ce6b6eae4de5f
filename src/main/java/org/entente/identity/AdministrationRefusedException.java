package org.entente.identity;

import java.util.List;
import org.entente.shared.Refused;

/**
 * An administrative act the rules do not allow. A {@linkplain #denial() denial} (a clearance above
 * one's own, disabling oneself) answers 403 and is audited by the refusal path as {@code
 * identity.account.administer} of the account concerned; any other refusal names the field of
 * the new-account form to correct (422).
 */
class AdministrationRefusedException extends Refused {

    static final String ADMINISTER = "identity.account.administer";

    private final boolean denial;

    private AdministrationRefusedException(String messageKey, List<FieldError> fields, boolean denial) {
        super(messageKey, new Object[0], fields);
        this.denial = denial;
    }

    /** The rules of the account say no to this field's value. */
    static AdministrationRefusedException field(String field, String messageKey) {
        return new AdministrationRefusedException(FIELDS, List.of(new FieldError(field, messageKey)), false);
    }

    /** The administrator may not do this to this account (recorded as a denial). */
    static Refused denied(String target, String messageKey) {
        return new AdministrationRefusedException(messageKey, List.of(), true).on(ADMINISTER, "account", target, null);
    }

    @Override
    public boolean denial() {
        return denial;
    }
}
