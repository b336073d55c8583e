package io.rapport.mail;

import io.rapport.identity.CurrentUser;
import io.rapport.shared.FieldProblem;
import io.rapport.shared.Ids;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.RecordNotFoundException;
import io.rapport.shared.Text;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The team's email templates: every user uses them, writers change them. Merge fields are checked on save. */
@Service
@Transactional
public class EmailTemplates {

    static final String RECORD = "emailTemplate";

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    EmailTemplates(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<EmailTemplate> all() {
        return jdbc.sql("select * from email_template order by name")
                .query(EmailTemplates::template)
                .list();
    }

    @Transactional(readOnly = true)
    public EmailTemplate get(UUID id) {
        return jdbc.sql("select * from email_template where id = :id")
                .param("id", id)
                .query(EmailTemplates::template)
                .optional()
                .orElseThrow(() -> new RecordNotFoundException(RECORD, id));
    }

    public EmailTemplate create(EmailTemplateInput input) {
        EmailTemplate template = checked(null, input);
        try {
            jdbc.sql("insert into email_template (id, name, subject, body, created_by, created_at, updated_at)"
                            + " values (:id, :name, :subject, :body, :createdBy, :now, :now)")
                    .param("id", template.id())
                    .param("name", template.name())
                    .param("subject", template.subject())
                    .param("body", template.body())
                    .param("createdBy", template.createdBy())
                    .param("now", Timestamp.from(template.createdAt()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("name", "a template has this name already");
        }
        return template;
    }

    public EmailTemplate update(UUID id, EmailTemplateInput input) {
        EmailTemplate template = checked(get(id), input);
        try {
            jdbc.sql("update email_template set name = :name, subject = :subject, body = :body, updated_at = now()"
                            + " where id = :id")
                    .param("id", id)
                    .param("name", template.name())
                    .param("subject", template.subject())
                    .param("body", template.body())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("name", "a template has this name already");
        }
        return get(id);
    }

    public void delete(UUID id) {
        get(id);
        jdbc.sql("delete from email_template where id = :id").param("id", id).update();
    }

    private EmailTemplate checked(EmailTemplate old, EmailTemplateInput input) {
        String name = given(Text.clean(input.name()), old == null ? null : old.name());
        String subject = given(Text.clean(input.subject()), old == null ? null : old.subject());
        String body = given(
                input.body() == null || input.body().isBlank() ? null : input.body(), old == null ? null : old.body());
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "name", name);
        required(problems, "subject", subject);
        required(problems, "body", body);
        unknownFields(problems, "subject", subject);
        unknownFields(problems, "body", body);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = Instant.now();
        return new EmailTemplate(
                old == null ? Ids.newId() : old.id(),
                name,
                subject,
                body,
                old == null ? currentUser.get().id() : old.createdBy(),
                old == null ? now : old.createdAt(),
                now);
    }

    /** A problem for each merge field the text uses that Rapport does not fill in. */
    public static void unknownFields(List<FieldProblem> problems, String field, String text) {
        Set<String> unknown = MergeFields.unknown(text);
        if (!unknown.isEmpty()) {
            problems.add(new FieldProblem(
                    field, "unknown merge field " + String.join(", ", unknown) + "; known: " + known()));
        }
    }

    private static String known() {
        return String.join(", ", MergeFields.FIELDS.stream().sorted().toList());
    }

    private static void required(List<FieldProblem> problems, String field, String value) {
        if (value == null) {
            problems.add(new FieldProblem(field, "must not be empty"));
        }
    }

    private static <T> T given(T value, T otherwise) {
        return value != null ? value : otherwise;
    }

    private static EmailTemplate template(ResultSet rs, int row) throws SQLException {
        return new EmailTemplate(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("subject"),
                rs.getString("body"),
                rs.getObject("created_by", UUID.class),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
