package org.entente.attachments;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring's multipart limits follow {@code entente.attachments.max-size}: a file above it is cut
 * off while it streams in; the request may be a little larger for the form's other fields.
 */
@Configuration(proxyBeanMethods = false)
class MultipartConfiguration {

    /** Room for the form fields around the file. */
    static final long FORM_OVERHEAD = 64 * 1024;

    @Bean
    MultipartConfigElement multipartConfigElement(AttachmentsProperties properties) {
        long max = properties.maxSize().toBytes();
        return new MultipartConfigElement("", max, max + FORM_OVERHEAD, 0);
    }
}
