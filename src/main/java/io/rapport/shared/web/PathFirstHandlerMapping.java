package io.rapport.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring MVC's handler mapping with one change: a mapping is checked against the request's path before its other
 * conditions. A path with a variable ({@code /api/v1/contacts/{id}}) has no direct lookup, so every one of the
 * application's ~200 mappings is tried, and Spring tries the HTTP method first (twice, through every request
 * wrapper of the filter chain, with a CORS pre-flight check) and the path last: that was 14-28% of a read by id's
 * CPU (bench/README.md, issue 16). Most mappings fail on the path's first literal segment, cheaply. The outcome is
 * the same: a mapping matches only if all its conditions do.
 */
@Component
class PathFirstHandlerMapping implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new RequestMappingHandlerMapping() {
            @Override
            protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
                PathPatternsRequestCondition paths = info.getPathPatternsCondition();
                if (paths != null && paths.getMatchingCondition(request) == null) {
                    return null;
                }
                return super.getMatchingMapping(info, request);
            }
        };
    }
}
