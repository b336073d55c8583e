package io.rapport.support;

import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** The administrator every test run starts with, and users made for a test through the admin API. */
public final class TestUsers {

    public static final String ADMIN_EMAIL = "admin@test.local";
    public static final String ADMIN_PASSWORD = "admin-password-123";
    public static final String PASSWORD = "user-password-123";

    private TestUsers() {}

    /** A created user and an API client signed in as them. */
    public record TestUser(UUID id, String email, Api api) {}

    public static Api admin(int port) {
        return Api.signIn(port, ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /** Creates a user with a unique email and the given role, optionally in a team, and signs them in. */
    public static TestUser create(int port, String role, UUID teamId) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID() + "@test.local";
        String team = teamId == null ? "null" : "\"" + teamId + "\"";
        Api.Response created = admin(port)
                .post(
                        "/api/v1/users",
                        "{\"email\":\"" + email + "\",\"name\":\"" + role + " user\",\"role\":\"" + role
                                + "\",\"teamId\":" + team + ",\"password\":\"" + PASSWORD + "\"}")
                .expect(201);
        JsonNode body = created.json();
        return new TestUser(UUID.fromString(body.get("id").asString()), email, Api.signIn(port, email, PASSWORD));
    }

    public static UUID createTeam(int port) {
        return UUID.fromString(admin(port)
                .post("/api/v1/teams", "{\"name\":\"Team " + UUID.randomUUID() + "\"}")
                .expect(201)
                .json()
                .get("id")
                .asString());
    }
}
