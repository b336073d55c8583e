package io.rapport.identity;

import io.rapport.shared.FieldProblem;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.InvalidSettingException;
import io.rapport.shared.RapportProperties;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On first start (no users yet) creates the administrator from {@code RAPPORT_ADMIN_EMAIL} and
 * {@code RAPPORT_ADMIN_PASSWORD}; without a password it generates one and prints it once. There is never a
 * fixed default password.
 */
@Component
@Order(0)
class FirstStartAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStartAdministrator.class);
    static final String DEFAULT_EMAIL = "admin@rapport.local";

    private final Users users;
    private final UserAdministration administration;
    private final RapportProperties properties;

    FirstStartAdministrator(Users users, UserAdministration administration, RapportProperties properties) {
        this.users = users;
        this.administration = administration;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        String email =
                properties.admin().email() == null || properties.admin().email().isBlank()
                        ? DEFAULT_EMAIL
                        : properties.admin().email();
        String given = properties.admin().password();
        boolean generated = given == null || given.isBlank();
        String password = generated ? generatePassword() : given;
        try {
            administration.create(
                    new UserAdministration.NewUser(email, "Administrator", Role.ADMIN, null, null, password));
        } catch (InvalidInputException e) {
            FieldProblem problem = e.problems().get(0);
            throw new InvalidSettingException(
                    "rapport.admin." + problem.field(),
                    problem.field() + " " + problem.message(),
                    "Fix RAPPORT_ADMIN_EMAIL / RAPPORT_ADMIN_PASSWORD (a valid email, a password of at least "
                            + UserAdministration.MIN_PASSWORD_LENGTH + " characters), or unset the password to"
                            + " have one generated.");
        }
        if (generated) {
            // Printed once, on purpose: it is the only way a new installation can be signed in to.
            log.warn(
                    "\n\n    First start: administrator {} created with the generated password: {}\n"
                            + "    Change it after signing in, or set RAPPORT_ADMIN_PASSWORD before the first start.\n",
                    email,
                    password);
        } else {
            log.info("First start: administrator {} created from RAPPORT_ADMIN_EMAIL/RAPPORT_ADMIN_PASSWORD", email);
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
