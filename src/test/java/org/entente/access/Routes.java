package org.entente.access;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the application, from Spring's own handler mappings: {@code "POST /committees/{id}"}
 * (or {@code "* /error"} for a route open to every method) with the method that handles it. The
 * authorization matrix and the request fuzzer both walk this list.
 */
public final class Routes {

    private Routes() {}

    public static Map<String, HandlerMethod> of(RequestMappingHandlerMapping mappings) {
        Map<String, HandlerMethod> routes = new TreeMap<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.put("* " + pattern, handler);
                }
                methods.forEach(method -> routes.put(method.name() + " " + pattern, handler));
            }
        });
        return routes;
    }
}
