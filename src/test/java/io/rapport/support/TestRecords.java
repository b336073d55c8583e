package io.rapport.support;

import java.util.List;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Contacts and companies as the REST API takes them, for tests: {@code api.createContact(contact("Berg").email(
 * "ingrid@fjord.example").companyId(company))}. Only the fields set are sent, in the order they were set; Jackson
 * writes the JSON, so any text (quotes, formulas, non-ASCII, odd spacing) is sent exactly as given.
 */
public final class TestRecords {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TestRecords() {}

    /** A contact without any field yet. */
    public static Contact contact() {
        return new Contact();
    }

    /** A contact with only its last name, the one field a contact needs. */
    public static Contact contact(String lastName) {
        return new Contact().lastName(lastName);
    }

    /** A contact with a first and a last name. */
    public static Contact contact(String firstName, String lastName) {
        return new Contact().firstName(firstName).lastName(lastName);
    }

    /**
     * The prefix and eight random letters: a name no other test's record has, one word to a search (no digits,
     * which a search also tries as a phone number).
     */
    public static String uniqueWord(String prefix) {
        return prefix
                + UUID.randomUUID()
                        .toString()
                        .chars()
                        .filter(c -> c != '-')
                        .limit(8)
                        .map(c -> c <= '9' ? c - '0' + 'g' : c)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    }

    /** A company with only its name, the one field a company needs. */
    public static Company company(String name) {
        return new Company().name(name);
    }

    /** What contacts and companies share. */
    public abstract static sealed class Record<R extends Record<R>> permits Contact, Company {

        private final ObjectNode fields = JSON.createObjectNode();

        /** Any field by its API name ({@code null} sends JSON null), for the fields without a method here. */
        public R set(String field, Object value) {
            if (value == null) {
                fields.putNull(field);
            } else {
                fields.set(field, JSON.valueToTree(value));
            }
            return self();
        }

        public R phone(String phone) {
            return set("phone", phone);
        }

        public R city(String city) {
            return set("city", city);
        }

        public R country(String country) {
            return set("country", country);
        }

        public R ownerId(UUID ownerId) {
            return set("ownerId", ownerId);
        }

        public R tags(String... tags) {
            return set("tags", List.of(tags));
        }

        /** One custom field's value, as the client sends it (text for every type). */
        public R customField(String key, Object value) {
            ObjectNode custom = fields.get("customFields") instanceof ObjectNode existing
                    ? existing
                    : fields.putObject("customFields");
            custom.set(key, value == null ? custom.nullNode() : JSON.valueToTree(value));
            return self();
        }

        /** The record as the body of a POST (or a PATCH: only the fields set). */
        public String json() {
            return JSON.writeValueAsString(fields);
        }

        @Override
        public String toString() {
            return json();
        }

        @SuppressWarnings("unchecked")
        private R self() {
            return (R) this;
        }
    }

    /** A contact for {@code POST /api/v1/contacts}. */
    public static final class Contact extends Record<Contact> {

        private Contact() {}

        public Contact firstName(String firstName) {
            return set("firstName", firstName);
        }

        public Contact lastName(String lastName) {
            return set("lastName", lastName);
        }

        public Contact email(String email) {
            return set("email", email);
        }

        public Contact emails(String... emails) {
            return set("emails", List.of(emails));
        }

        public Contact phones(String... phones) {
            return set("phones", List.of(phones));
        }

        public Contact jobTitle(String jobTitle) {
            return set("jobTitle", jobTitle);
        }

        public Contact companyId(UUID companyId) {
            return set("companyId", companyId);
        }

        public Contact lifecycleStage(String lifecycleStage) {
            return set("lifecycleStage", lifecycleStage);
        }

        public Contact birthDate(String birthDate) {
            return set("birthDate", birthDate);
        }
    }

    /** A company for {@code POST /api/v1/companies}. */
    public static final class Company extends Record<Company> {

        private Company() {}

        public Company name(String name) {
            return set("name", name);
        }

        public Company website(String website) {
            return set("website", website);
        }

        public Company domain(String domain) {
            return set("domain", domain);
        }

        public Company industry(String industry) {
            return set("industry", industry);
        }

        public Company parentId(UUID parentId) {
            return set("parentId", parentId);
        }
    }
}
