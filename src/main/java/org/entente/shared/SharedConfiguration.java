package org.entente.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SharedConfiguration {

    /** The banner form of labels, with this deployment's classification names. */
    @Bean
    Markings markings(EntenteProperties properties) {
        return new Markings(properties.classificationNames());
    }
}
