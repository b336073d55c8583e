package io.rapport.shared.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's answer to requests it refuses before the application sees them (an address too long, an encoded
 * {@code ../} that leaves the root, headers it cannot read): a problem like every other error, or a plain page for
 * a browser, instead of Tomcat's own HTML page. Errors the application raises never get here: they go through
 * {@link ProblemErrorController}.
 */
class ProblemReportValve extends ErrorReportValve {

    private final JsonMapper json;

    ProblemReportValve(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean();
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String reason = known == null ? "Error" : known.getReasonPhrase();
        String detail = status == 400 ? "The request's address or headers cannot be accepted." : reason;
        String accept = request.getHeader("Accept");
        boolean page = accept != null && accept.contains("text/html");
        try {
            response.setContentType(page ? MediaType.TEXT_HTML_VALUE : MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer == null) {
                return;
            }
            writer.write(
                    page
                            ? "<!doctype html><html lang=\"en\"><head><title>" + status + " " + reason
                                    + "</title></head><body><h1>" + reason + "</h1><p>" + detail
                                    + "</p><p><a href=\"/\">Rapport</a></p></body></html>"
                            : json.writeValueAsString(Problems.asMap(problem(status, reason, detail))));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the response was taken meanwhile: nothing left to tell the client.
        }
    }

    private static ProblemDetail problem(int status, String reason, String detail) {
        HttpStatusCode code = HttpStatusCode.valueOf(status);
        return Problems.of(code, Problems.typeFor(code), reason, detail);
    }

    /** Puts this valve in the place of the one Spring Boot and Tomcat add to the host. */
    @Configuration(proxyBeanMethods = false)
    static class Installation {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve(JsonMapper json) {
            return factory -> factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    for (var valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    host.getPipeline().addValve(new ProblemReportValve(json));
                    // The host adds a valve of this class when it starts unless it finds one: ours, by name.
                    host.setErrorReportValveClass(ProblemReportValve.class.getName());
                }
            });
        }
    }
}
