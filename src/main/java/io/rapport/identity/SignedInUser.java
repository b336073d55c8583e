package io.rapport.identity;

import java.util.UUID;

/** The user behind the current request. */
public record SignedInUser(UUID id, String email, String name, Role role, UUID teamId) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
