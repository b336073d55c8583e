package io.rapport.importexport;

import io.rapport.shared.web.UploadLimit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an import upload larger than the administrator's limit from its declared length, before anything reads
 * it: ahead of the security filters too, as the CSRF check would read the whole form first. What it says (the
 * limit) is no secret; the upload itself is never read.
 */
class UploadLimitFilter extends OncePerRequestFilter {

    private final UploadLimits limits;
    private final UploadLimit refusal;

    UploadLimitFilter(UploadLimits limits, UploadLimit refusal) {
        this.limits = limits;
        this.refusal = refusal;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limits.bytes()) {
            refusal.refuse(request, response, limits.text());
            return;
        }
        chain.doFilter(request, response);
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(UploadLimits limits, UploadLimit refusal) {
            FilterRegistrationBean<UploadLimitFilter> registration =
                    new FilterRegistrationBean<>(new UploadLimitFilter(limits, refusal));
            registration.addUrlPatterns("/imports", "/api/v1/imports");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
            return registration;
        }
    }
}
