package io.rapport.contact;

import io.rapport.shared.record.CrmRecord;
import io.rapport.shared.record.PostalAddress;
import io.rapport.shared.search.RapportAnalysisConfigurer;
import io.rapport.shared.value.PhoneNumbers;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.type.SqlTypes;

/** The class stays package-private; its getters are public because templates (SpEL) read only public methods. */
@Entity
@Indexed
class Contact extends CrmRecord {

    @Column(name = "first_name")
    @FullTextField(analyzer = RapportAnalysisConfigurer.TEXT)
    @FullTextField(
            name = "firstNamePrefix",
            analyzer = RapportAnalysisConfigurer.PREFIX,
            searchAnalyzer = RapportAnalysisConfigurer.TEXT)
    private String firstName = "";

    @Column(name = "last_name")
    @FullTextField(analyzer = RapportAnalysisConfigurer.TEXT)
    @FullTextField(
            name = "lastNamePrefix",
            analyzer = RapportAnalysisConfigurer.PREFIX,
            searchAnalyzer = RapportAnalysisConfigurer.TEXT)
    private String lastName = "";

    @JdbcTypeCode(SqlTypes.ARRAY)
    @FullTextField(
            name = "emails",
            analyzer = RapportAnalysisConfigurer.PREFIX,
            searchAnalyzer = RapportAnalysisConfigurer.TEXT)
    private List<String> emails = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> phones = new ArrayList<>();

    /** The phones in E.164, in the same order, for matching; {@code phones} keeps them as typed. */
    @Column(name = "phones_e164")
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> phonesE164 = new ArrayList<>();

    @Column(name = "job_title")
    private String jobTitle;

    @Column(name = "company_id")
    private UUID companyId;

    @Column(name = "company_name")
    @FullTextField(analyzer = RapportAnalysisConfigurer.TEXT)
    @FullTextField(
            name = "companyNamePrefix",
            analyzer = RapportAnalysisConfigurer.PREFIX,
            searchAnalyzer = RapportAnalysisConfigurer.TEXT)
    private String companyName;

    @Embedded
    private PostalAddress address;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    private String gender;
    private String profession;
    private String source;

    @Enumerated(EnumType.STRING)
    @Column(name = "lifecycle_stage")
    private LifecycleStage lifecycleStage;

    /** The contact's id in the system it was imported from, for matching later imports. */
    @Column(name = "external_id")
    private String externalId;

    /** The import that created the contact, if one did; written by the import's own SQL, read by list filters. */
    @Column(name = "import_id", insertable = false, updatable = false)
    private UUID importId;

    protected Contact() {}

    Contact(UUID id) {
        super(id);
    }

    /** Takes every field of an already validated and cleaned input, with its phones in E.164. */
    void apply(ContactInput input, String companyName, List<String> phonesE164) {
        firstName = input.firstName() == null ? "" : input.firstName();
        lastName = input.lastName() == null ? "" : input.lastName();
        emails = new ArrayList<>(input.emails());
        phones = new ArrayList<>(input.phones());
        this.phonesE164 = new ArrayList<>(phonesE164);
        jobTitle = input.jobTitle();
        companyId = input.companyId();
        this.companyName = companyName;
        address = new PostalAddress(input.street(), input.postalCode(), input.city(), input.region(), input.country());
        birthDate = input.birthDate();
        gender = input.gender();
        profession = input.profession();
        source = input.source();
        lifecycleStage = input.lifecycleStage();
        changeCustomFields(input.customFields());
        changed(input.ownerId(), input.tags());
    }

    /** Takes an external id from an import, keeping the one it has when the import brings none. */
    void identifyAs(String externalId) {
        if (externalId != null) {
            this.externalId = externalId;
        }
    }

    public String getExternalId() {
        return externalId;
    }

    ContactInput toInput() {
        return new ContactInput(
                firstName,
                lastName,
                primaryEmail(),
                List.copyOf(emails),
                primaryPhone(),
                List.copyOf(phones),
                jobTitle,
                companyId,
                getAddress().street(),
                getAddress().postalCode(),
                getAddress().city(),
                getAddress().region(),
                getAddress().country(),
                birthDate,
                gender,
                profession,
                source,
                lifecycleStage,
                getOwnerId(),
                List.copyOf(getTags()),
                customFieldsCopy());
    }

    /** The fields as the audit trail records them. */
    Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("firstName", firstName);
        fields.put("lastName", lastName);
        fields.put("emails", emails);
        fields.put("phones", phones);
        fields.put("jobTitle", jobTitle);
        fields.put("companyId", companyId);
        getAddress().addTo(fields);
        fields.put("birthDate", birthDate);
        fields.put("gender", gender);
        fields.put("profession", profession);
        fields.put("source", source);
        fields.put("lifecycleStage", lifecycleStage == null ? null : lifecycleStage.code());
        fields.put("ownerId", getOwnerId());
        fields.put("tags", getTags());
        fields.put("externalId", externalId);
        return withCustomFields(fields);
    }

    /**
     * Phone numbers as bare digits, also without their first one to three digits, so "+47 912 34 567" is found
     * by "4791234567" and by "91234567" alike (country codes and trunk prefixes are 1-3 digits).
     */
    @FullTextField(
            name = "phoneDigits",
            analyzer = RapportAnalysisConfigurer.PREFIX,
            searchAnalyzer = RapportAnalysisConfigurer.TEXT)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "phones")))
    public List<String> getPhoneDigits() {
        return phoneDigits(phones);
    }

    static List<String> phoneDigits(List<String> phones) {
        List<String> digits = new ArrayList<>();
        for (String phone : phones) {
            String number = phone.replaceAll("[^0-9]", "");
            for (int skip = 0; skip <= 3 && number.length() - skip >= 4; skip++) {
                digits.add(number.substring(skip));
            }
        }
        return digits;
    }

    void companyRenamed(String name) {
        companyName = name;
    }

    /** The contact's company was merged into another (or the merge undone): it works at that one now. */
    void movedToCompany(UUID newCompanyId, String name) {
        companyId = newCompanyId;
        companyName = name;
    }

    /** First and last name, or null when the contact has neither (pages then show the email or "no name"). */
    public String fullName() {
        return ContactSummary.name(firstName, lastName);
    }

    public String primaryEmail() {
        return emails.isEmpty() ? null : emails.get(0);
    }

    public String primaryPhone() {
        return phones.isEmpty() ? null : phones.get(0);
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public List<String> getEmails() {
        return emails;
    }

    /** Whether the phone at this position is in a range known as assigned; false: kept as typed, worth a check. */
    public boolean isPhoneVerified(int index) {
        return index >= phonesE164.size() || PhoneNumbers.isVerified(phonesE164.get(index));
    }

    public List<String> getPhonesE164() {
        return phonesE164;
    }

    public List<String> getPhones() {
        return phones;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public UUID getCompanyId() {
        return companyId;
    }

    public String getCompanyName() {
        return companyName;
    }

    /** The address; never null (Hibernate reads an address of empty columns as null). */
    public PostalAddress getAddress() {
        return address == null ? PostalAddress.NONE : address;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getGender() {
        return gender;
    }

    public String getProfession() {
        return profession;
    }

    public String getSource() {
        return source;
    }

    public LifecycleStage getLifecycleStage() {
        return lifecycleStage;
    }
}
