package org.entente.shared.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Our records bound with their constructors' metadata asked once ({@link RecordArguments}). Spring
 * asks the custom resolvers after its annotated and typed arguments and before its catch-all model
 * attribute, which then binds only what {@link RecordArguments} leaves to it.
 */
@Configuration(proxyBeanMethods = false)
class RecordArgumentsConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new RecordArguments());
    }
}
