package io.rapport.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An integration test that works through the API as the administrator ({@link #api}), signed in before each test. */
@IntegrationTest
public abstract class AdminApiIntegrationTest {

    @LocalServerPort
    protected int port;

    protected Api api;

    @BeforeEach
    void signInAsAdministrator() {
        api = TestUsers.admin(port);
    }
}
