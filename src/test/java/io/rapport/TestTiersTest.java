package io.rapport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The test tiers are told apart by name (README, "Test command"): Surefire runs the unit tests, Failsafe every class
 * named {@code *IntegrationTest}. A test that starts the application or a database under another name would slow the
 * unit tier down; a browser test without its tag would escape {@code -Dgroups=browser}.
 */
class TestTiersTest {

    private static final JavaClasses TESTS = importTests();

    private static final Set<Class<?>> STARTERS =
            Set.of(EmbeddedPostgres.class, SpringApplication.class, SpringApplicationBuilder.class);

    /** Annotated with {@code @SpringBootTest} (or {@code @IntegrationTest}), or calling what starts one. */
    private static final DescribedPredicate<JavaClass> STARTS_THE_APPLICATION_OR_A_DATABASE =
            DescribedPredicate.describe(
                    "start the application or a database",
                    type -> type.isTopLevelClass()
                            && !type.isAnnotation()
                            && (type.isMetaAnnotatedWith(SpringBootTest.class)
                                    || type.getAccessesFromSelf().stream()
                                            .anyMatch(access -> STARTERS.stream()
                                                    .anyMatch(access.getTargetOwner()::isEquivalentTo))));

    private static final DescribedPredicate<JavaAnnotation<?>> BROWSER_TAG = DescribedPredicate.describe(
            "@Tag(\"browser\")",
            annotation -> annotation.getRawType().isEquivalentTo(Tag.class)
                    && "browser".equals(annotation.get("value").orElse(null)));

    /**
     * The test classes only: the classes they use are compared by name, so they need not be read from the class path
     * (which takes most of the time).
     */
    private static JavaClasses importTests() {
        ArchConfiguration configuration = ArchConfiguration.get();
        boolean resolve = configuration.resolveMissingDependenciesFromClassPath();
        configuration.setResolveMissingDependenciesFromClassPath(false);
        try {
            return new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                    .importPackages("io.rapport");
        } finally {
            configuration.setResolveMissingDependenciesFromClassPath(resolve);
        }
    }

    @Test
    void testsThatStartTheApplicationOrADatabaseAreIntegrationTests() {
        classes()
                .that(STARTS_THE_APPLICATION_OR_A_DATABASE)
                .should()
                .haveSimpleNameEndingWith("IntegrationTest")
                .check(TESTS);
    }

    @Test
    void browserTestsAreIntegrationTestsTaggedBrowser() {
        classes()
                .that()
                .resideInAPackage("io.rapport.browser..")
                .and()
                .haveSimpleNameEndingWith("Test")
                .should()
                .haveSimpleNameEndingWith("IntegrationTest")
                .andShould()
                .beAnnotatedWith(BROWSER_TAG)
                .check(TESTS);
    }
}
