package io.rapport.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.identity.RunAs;
import io.rapport.shared.PageRequest;
import io.rapport.shared.RecordEvent.Action;
import io.rapport.shared.RecordNotFoundException;
import io.rapport.shared.record.RecordTypes;
import io.rapport.support.TestUsers;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.TestPropertySource;

/**
 * The company module started with only the modules it declares (the record kit, views, custom fields, identity,
 * shared): it registers its record type, and a company's life (create, list, trash, restore) runs through the
 * record kit, publishing {@link CompanyChanged} for each step. Its own database server, in a data directory of
 * its own.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(
        properties = {
            "rapport.data-dir=target/test-data/company-module-${random.uuid}",
            "rapport.admin.email=" + TestUsers.ADMIN_EMAIL,
            "rapport.admin.password=" + TestUsers.ADMIN_PASSWORD
        })
class CompanyModuleIntegrationTest {

    @Autowired
    CompanyService service;

    @Autowired
    RecordTypes recordTypes;

    @Autowired
    RunAs runAs;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCompanysLifeRunsThroughTheRecordKit(AssertablePublishedEvents events) {
        assertThat(recordTypes.find("company"))
                .hasValueSatisfying(type -> assertThat(type.listPath()).isEqualTo("companies"));
        UUID admin = jdbc.sql("select id from app_user where email = :email")
                .param("email", TestUsers.ADMIN_EMAIL)
                .query(UUID.class)
                .single();

        UUID id = runAs.call(
                admin, () -> service.create(input("Kit Works AS", "NO")).getId());
        List<Company> listed = runAs.call(
                admin,
                () -> service.list(
                                new CompanyQuery(null, null, "no", null, null, null, null, null, null, null, null),
                                PageRequest.of(50, null, "name", "name"))
                        .items());
        assertThat(listed).extracting(Company::getId).contains(id);

        runAs.call(admin, () -> {
            service.delete(id);
            return service.restore(id);
        });
        assertThat(events)
                .contains(CompanyChanged.class)
                .matching(changed -> changed.recordId().equals(id) && changed.action() == Action.CREATED);
        assertThat(events)
                .contains(CompanyChanged.class)
                .matching(changed -> changed.recordId().equals(id) && changed.action() == Action.DELETED);
        assertThat(events)
                .contains(CompanyChanged.class)
                .matching(changed -> changed.recordId().equals(id) && changed.action() == Action.RESTORED);
        assertThatThrownBy(() -> runAs.call(admin, () -> service.get(UUID.randomUUID())))
                .isInstanceOf(RecordNotFoundException.class);
    }

    private static CompanyInput input(String name, String country) {
        return new CompanyInput(
                name, null, null, null, null, null, null, null, null, null, null, country, null, null, List.of(),
                Map.of());
    }
}
