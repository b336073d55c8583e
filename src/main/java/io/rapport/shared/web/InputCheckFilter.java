package io.rapport.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies {@link InputCheck} to every request before anything reads it (the sign-in form's email reaches the
 * database inside the security filters): query parameters and form fields, and JSON bodies, which are read here
 * whole (as Jackson would) and handed on. Multipart parts are checked once parsed, by
 * {@link CheckedMultipartResolver}: parsing them here would read uploads before the caller is authenticated.
 */
class InputCheckFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(InputCheckFilter.class);

    /**
     * The largest JSON body read: the body is read here before authentication, so without a bound anyone could make
     * the server hold gigabytes. The API's largest bodies (a record with its custom fields, a merge) are a few
     * kilobytes; files come as multipart, which has its own limit.
     */
    static final int MAX_JSON_BYTES = 1024 * 1024;

    private final RequestRefusal refusal;

    InputCheckFilter(RequestRefusal refusal) {
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        InputCheck.Fault fault;
        try {
            fault = isMultipart(request) ? queryString(request) : InputCheck.parameters(request.getParameterMap());
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Tomcat's parser (InvalidParameterException) and URLDecoder refuse what they cannot read.
            log.debug("Refused unreadable parameters of {}: {}", request.getRequestURI(), e.getMessage());
            refusal.refuse(
                    request,
                    response,
                    HttpStatus.BAD_REQUEST,
                    "Unreadable parameters",
                    "The query string or form cannot be read.");
            return;
        }
        if (fault != null) {
            refuse(request, response, fault);
            return;
        }
        HttpServletRequest checked = request;
        if (isJson(request)) {
            // A declared length over the limit is refused unread; a chunked body is read up to one byte past it.
            byte[] body = request.getContentLengthLong() > MAX_JSON_BYTES
                    ? null
                    : request.getInputStream().readNBytes(MAX_JSON_BYTES + 1);
            if (body == null || body.length > MAX_JSON_BYTES) {
                log.debug("Refused a JSON body over {} bytes at {}", MAX_JSON_BYTES, request.getRequestURI());
                refusal.refuse(
                        request,
                        response,
                        HttpStatus.CONTENT_TOO_LARGE,
                        "Request too large",
                        "A JSON body may have at most " + MAX_JSON_BYTES + " bytes.");
                return;
            }
            if (InputCheck.jsonHasNul(body)) {
                refuse(request, response, new InputCheck.Fault("body", InputCheck.NUL));
                return;
            }
            checked = new ReadBody(request, body);
        }
        chain.doFilter(checked, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, InputCheck.Fault fault)
            throws IOException {
        log.debug("Refused {} {}: {} {}", request.getMethod(), request.getRequestURI(), fault.field(), fault.message());
        refusal.invalid(request, response, fault.field(), fault.message());
    }

    private static InputCheck.Fault queryString(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&", -1)) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            InputCheck.Fault fault = InputCheck.parameter(name, value);
            if (fault != null) {
                return fault;
            }
        }
        return null;
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith("multipart/");
    }

    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().contains("json");
    }

    /** The request with its body already read. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body has been read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), charset(getCharacterEncoding())));
        }

        /** The declared encoding, or UTF-8 (JSON's) when it is missing or unknown. */
        private static Charset charset(String encoding) {
            try {
                return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8;
            }
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** Ahead of the security filters; after the upload limit, which refuses large uploads unread. */
        @Bean
        FilterRegistrationBean<InputCheckFilter> inputCheckFilter(RequestRefusal refusal) {
            FilterRegistrationBean<InputCheckFilter> registration =
                    new FilterRegistrationBean<>(new InputCheckFilter(refusal));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
            return registration;
        }
    }
}
