package org.entente.shared.web;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Iterator;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.context.request.WebRequest;

/**
 * Query strings and forms bound to records, for every controller at once. A record is built from
 * the request by its constructor; the binder then also tries the request's names as properties,
 * and a name that walks into a component left null ({@code ?classification.x=1}, {@code
 * ?releasableTo[0]=x}) made it throw, a 500. A record has no property to set, so such names are
 * passed over like any unknown field, whatever the record's components hold.
 *
 * <p>The constructor itself reads {@code releasableTo[i]} as the i-th element of a list component,
 * and parses {@code i} as a number without asking: {@code releasableTo[MAR]} or an unclosed {@code
 * releasableTo[} threw from inside the binder, a 500. Such a name is the client's mistake, so it is
 * refused as a bad name (400, like {@code quarter[0]} for a number) before the constructor runs. A
 * map component ({@code participants[MAR]}) takes any key and is left alone.
 */
@ControllerAdvice
class QueryBinding {

    @InitBinder
    void recordsPassOverNestedNames(WebDataBinder binder, WebRequest request) {
        Object target = binder.getTarget();
        Class<?> type = target != null
                ? target.getClass()
                : binder.getTargetType() == null ? null : binder.getTargetType().resolve();
        if (type != null && type.isRecord()) {
            if (target == null) {
                refuseListIndexesThatAreNotNumbers(type, binder.getObjectName(), request.getParameterNames());
            }
            // Not growing a null component into a new object (a String has none to make), and not
            // failing on the null it meets instead: the name is passed over.
            binder.setAutoGrowNestedPaths(false);
            binder.setIgnoreInvalidFields(true);
        }
    }

    /** Every {@code name[index]} whose name is a list or array component must carry a number. */
    static void refuseListIndexesThatAreNotNumbers(Class<?> record, String objectName, Iterator<String> names) {
        while (names.hasNext()) {
            String name = names.next();
            int open = name.indexOf('[');
            if (open < 0) {
                continue;
            }
            if (isListOrArray(record, name.substring(0, open)) && !isIndex(name, open)) {
                throw new InvalidPropertyException(record, name, "The index of " + objectName + " is not a number");
            }
        }
    }

    /** {@code a.b} walked through the records' components to a list, set or array. */
    private static boolean isListOrArray(Class<?> record, String path) {
        Class<?> type = record;
        for (String part : path.split("\\.", -1)) {
            RecordComponent found = null;
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    if (component.getName().equals(part)) {
                        found = component;
                    }
                }
            }
            if (found == null) {
                return false;
            }
            type = found.getType();
        }
        return type.isArray() || Collection.class.isAssignableFrom(type);
    }

    /** {@code [7]} or {@code []}, closed, a number the binder can hold. */
    private static boolean isIndex(String name, int open) {
        int close = name.indexOf(']', open + 1);
        if (close < 0) {
            return false;
        }
        String index = name.substring(open + 1, close);
        if (index.isEmpty()) {
            return close == name.length() - 1;
        }
        if (index.length() > 9) {
            return false;
        }
        for (int i = 0; i < index.length(); i++) {
            if (index.charAt(i) < '0' || index.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
