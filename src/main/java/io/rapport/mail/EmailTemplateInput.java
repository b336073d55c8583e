package io.rapport.mail;

import jakarta.validation.constraints.Size;

/** A template as written; in a change, the fields left out stay as they are. */
public record EmailTemplateInput(
        @Size(max = 200) String name,
        @Size(max = 500) String subject,
        @Size(max = 100_000) String body) {}
