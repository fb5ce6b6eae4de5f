package org.entente.shared.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Query strings and forms bound to records, for every controller at once. A record is built from
 * the request by its constructor; the binder then also tries the request's names as properties,
 * and a name that walks into a component left null ({@code ?classification.x=1}, {@code
 * ?releasableTo[0]=x}) made it throw, a 500. A record has no property to set, so such names are
 * passed over like any unknown field, whatever the record's components hold.
 */
@ControllerAdvice
class QueryBinding {

    @InitBinder
    void recordsPassOverNestedNames(WebDataBinder binder) {
        Object target = binder.getTarget();
        Class<?> type = target != null
                ? target.getClass()
                : binder.getTargetType() == null ? null : binder.getTargetType().resolve();
        if (type != null && type.isRecord()) {
            // Not growing a null component into a new object (a String has none to make), and not
            // failing on the null it meets instead: the name is passed over.
            binder.setAutoGrowNestedPaths(false);
            binder.setIgnoreInvalidFields(true);
        }
    }
}
