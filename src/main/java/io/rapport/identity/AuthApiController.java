package io.rapport.identity;

import io.rapport.shared.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Issues an API token for an email and password, for scripts that cannot use the UI. */
@RestController
@RequestMapping("/api/v1/auth")
class AuthApiController {

    private final AuthenticationManager authentication;
    private final ApiTokenService tokens;

    AuthApiController(AuthenticationManager authentication, ApiTokenService tokens) {
        this.authentication = authentication;
        this.tokens = tokens;
    }

    record TokenRequest(
            @NotBlank @Size(max = 254) String email,
            @NotBlank @Size(max = 200) String password,
            @NotBlank @Size(max = 100) String name) {}

    record TokenResponse(UUID id, String name, String token, Instant createdAt) {}

    @Operation(operationId = "issueToken", summary = "Issue a personal API token for an email and password")
    @ApiResponse(responseCode = "429", description = "Too many failed sign-ins for this email; see Retry-After")
    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    TokenResponse issue(@Valid @RequestBody TokenRequest request) {
        Authentication signedIn = authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(request.email(), request.password()));
        RapportPrincipal principal = (RapportPrincipal) signedIn.getPrincipal();
        ApiTokenService.IssuedToken issued = tokens.issue(principal.user().id(), request.name());
        return new TokenResponse(issued.id(), issued.name(), issued.secret(), issued.createdAt());
    }

    /** The email is throttled (by failures here or at the sign-in form): 429, and when to try again. */
    @ExceptionHandler(SignInThrottledException.class)
    ResponseEntity<ProblemDetail> throttled(SignInThrottledException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(
                        HttpStatus.TOO_MANY_REQUESTS,
                        "too-many-requests",
                        "Too many sign-in attempts",
                        e.getMessage()));
    }
}
