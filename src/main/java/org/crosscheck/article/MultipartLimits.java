package org.crosscheck.article;

import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Vaadin registers its servlet with unlimited multipart parsing; this gives it the import limits
 * instead, so the servlet container refuses an oversized multipart request (by its declared
 * length, or once the limit is passed while reading) before any of it reaches the application,
 * and writes parts above a small threshold to temporary files rather than to the heap.
 */
@Configuration(proxyBeanMethods = false)
class MultipartLimits {

    /** Parts up to this size stay in memory; larger ones go to a temporary file while parsed. */
    private static final int IN_MEMORY_THRESHOLD = 64 * 1024;

    @Bean
    static BeanPostProcessor vaadinServletMultipartLimits(ObjectProvider<ImportLimits> importLimits) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof ServletRegistrationBean<?> registration
                        && registration.getServlet() instanceof SpringServlet) {
                    ImportLimits limits = importLimits.getObject();
                    registration.setMultipartConfig(new MultipartConfigElement(null,
                            limits.maxFileSize().toBytes(), limits.maxImportSize().toBytes(), IN_MEMORY_THRESHOLD));
                }
                return bean;
            }
        };
    }
}
