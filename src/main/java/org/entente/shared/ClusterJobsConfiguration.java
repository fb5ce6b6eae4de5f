package org.entente.shared;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link OncePerCluster} on any bean's method: an infrastructure advisor, which the proxies Spring
 * already makes (for transactions) apply. The database client is looked up at the first run, not
 * while the proxies are being made.
 */
@Configuration(proxyBeanMethods = false)
class ClusterJobsConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor oncePerClusterAdvisor(ObjectProvider<JdbcClient> sql) {
        return new DefaultPointcutAdvisor(
                AnnotationMatchingPointcut.forMethodAnnotation(OncePerCluster.class), new ClusterJobLock(sql));
    }
}
