package io.rapport.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.annotations.Operation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every API operation names its operationId and summary itself: springdoc's own ids come from method names and
 * are numbered when they clash ({@code list_6}), so they would change whenever a controller is added.
 */
class ApiOperationsTest {

    @Test
    void everyApiOperationHasItsOwnOperationIdAndASummary() throws ClassNotFoundException {
        List<Method> operations = apiOperations();
        assertThat(operations).hasSizeGreaterThan(80);

        List<String> unnamed = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Method method : operations) {
            Operation operation = method.getAnnotation(Operation.class);
            if (operation == null
                    || operation.operationId().isBlank()
                    || operation.summary().isBlank()) {
                unnamed.add(method.getDeclaringClass().getSimpleName() + "." + method.getName());
            } else {
                ids.add(operation.operationId());
            }
        }

        assertThat(unnamed)
                .as("API operations without @Operation(operationId, summary)")
                .isEmpty();
        assertThat(ids).as("operation ids").doesNotHaveDuplicates();
    }

    private static List<Method> apiOperations() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        List<Method> operations = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("io.rapport")) {
            Class<?> controller = Class.forName(candidate.getBeanClassName());
            String prefix = firstPath(AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class));
            for (Method method : controller.getDeclaredMethods()) {
                RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
                if (mapping != null && (prefix + firstPath(mapping)).startsWith("/api/")) {
                    operations.add(method);
                }
            }
        }
        return operations;
    }

    private static String firstPath(RequestMapping mapping) {
        if (mapping == null) {
            return "";
        }
        return Arrays.stream(mapping.path()).findFirst().orElse("");
    }
}
