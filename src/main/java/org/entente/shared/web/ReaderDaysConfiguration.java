package org.entente.shared.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/** Date fields in the reader's format ({@link ReaderDaysFilter}). */
@Configuration(proxyBeanMethods = false)
class ReaderDaysConfiguration {

    /** After Spring Security's filters (order -100): the reader's locale depends on who signed in. */
    @Bean
    FilterRegistrationBean<ReaderDaysFilter> readerDaysFilter(LocaleResolver locales) {
        var registration = new FilterRegistrationBean<>(new ReaderDaysFilter(locales));
        registration.setOrder(0);
        return registration;
    }
}
