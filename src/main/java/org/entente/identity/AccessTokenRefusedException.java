package org.entente.identity;

import java.util.Map;
import org.entente.shared.Refused;

/**
 * A token request the rules refuse: each field with the message key that says why (the messages
 * name their field themselves: "Name: write 1 to 80 characters.").
 */
class AccessTokenRefusedException extends Refused {

    AccessTokenRefusedException(Map<String, String> errors) {
        super(Refused.fields(errors).fields());
    }
}
