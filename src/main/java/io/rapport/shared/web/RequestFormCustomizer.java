package io.rapport.shared.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.util.MultiValueMap;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

/**
 * Describes requests as the server reads them where springdoc guesses otherwise: an operation that takes a file
 * reads {@code multipart/form-data} (springdoc offered JSON when the mapping names no media type), and a
 * {@code MultiValueMap} parameter, which collects the query parameters the operation describes one by one, is
 * no parameter of its own.
 */
class RequestFormCustomizer implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        MethodParameter[] parameters = handler.getMethodParameters();
        if (operation.getRequestBody() != null
                && Arrays.stream(parameters).anyMatch(p -> p.getParameterType() == MultipartFile.class)) {
            Content content = operation.getRequestBody().getContent();
            MediaType form = content.values().iterator().next();
            operation
                    .getRequestBody()
                    .content(new Content()
                            .addMediaType(org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE, form));
        }
        Set<String> collectors = Arrays.stream(parameters)
                .filter(p -> MultiValueMap.class.isAssignableFrom(p.getParameterType()))
                .map(RequestFormCustomizer::nameOf)
                .collect(Collectors.toSet());
        if (operation.getParameters() != null && !collectors.isEmpty()) {
            operation.getParameters().removeIf(parameter -> collectors.contains(parameter.getName()));
        }
        return operation;
    }

    private static String nameOf(MethodParameter parameter) {
        parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
        return parameter.getParameterName();
    }
}
