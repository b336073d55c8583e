package io.rapport.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * The servlet container's multipart parsing (Spring Boot's default resolver, which backs off for this bean), with
 * {@link InputCheck} applied to the parts' fields and file names, which {@link InputCheckFilter} leaves unread.
 */
@Component("multipartResolver")
class CheckedMultipartResolver extends StandardServletMultipartResolver {

    @Override
    public MultipartHttpServletRequest resolveMultipart(HttpServletRequest request) throws MultipartException {
        MultipartHttpServletRequest multipart = super.resolveMultipart(request);
        InputCheck.Fault fault = InputCheck.parameters(multipart.getParameterMap());
        for (MultipartFile file : multipart.getFileMap().values()) {
            if (fault == null) {
                fault = InputCheck.parameter(file.getName(), file.getOriginalFilename());
            }
        }
        if (fault != null) {
            cleanupMultipart(multipart);
            throw new RefusedPart(fault);
        }
        return multipart;
    }

    /** A part {@link InputCheck} refuses; {@link MultipartFaults} answers it. */
    static final class RefusedPart extends MultipartException {

        private final transient InputCheck.Fault fault;

        RefusedPart(InputCheck.Fault fault) {
            super(fault.field() + " " + fault.message());
            this.fault = fault;
        }

        InputCheck.Fault fault() {
            return fault;
        }
    }
}
