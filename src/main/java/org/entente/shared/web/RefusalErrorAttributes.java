package org.entente.shared.web;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Spring Boot's error attributes, plus {@code reason}: why a refusal was refused, in the user's
 * language, which {@link PageExceptionHandler} leaves on the request, so that the error page says
 * it ("only the owner nation records this agreement's events") rather than only "403".
 */
@Component
class RefusalErrorAttributes extends DefaultErrorAttributes {

    static final String REASON = RefusalErrorAttributes.class.getName() + ".reason";

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object reason = request.getAttribute(REASON, RequestAttributes.SCOPE_REQUEST);
        if (reason != null) {
            attributes.put("reason", reason);
        }
        return attributes;
    }
}
