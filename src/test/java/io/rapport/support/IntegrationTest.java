package io.rapport.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test against the whole application on a random port, with the real embedded PostgreSQL and Lucene index in
 * a data directory of its own per run (the build sets {@code rapport.data-dir}). Every class with this annotation shares one application context, so one
 * database server serves the whole run; tests keep apart by creating their own records.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "rapport.admin.email=" + TestUsers.ADMIN_EMAIL,
            "rapport.admin.password=" + TestUsers.ADMIN_PASSWORD,
            "server.shutdown=immediate"
        })
public @interface IntegrationTest {}
