package io.rapport.company;

import io.rapport.customfield.CustomText;
import io.rapport.shared.OwnedRecord;
import io.rapport.shared.search.RapportAnalysisConfigurer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.math.BigDecimal;
import java.time.Instant;
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
class Company extends OwnedRecord {

    @FullTextField(analyzer = RapportAnalysisConfigurer.TEXT)
    @FullTextField(
            name = "namePrefix",
            analyzer = RapportAnalysisConfigurer.PREFIX,
            searchAnalyzer = RapportAnalysisConfigurer.TEXT)
    private String name;

    private String website;

    @FullTextField(
            name = "domainPrefix",
            analyzer = RapportAnalysisConfigurer.PREFIX,
            searchAnalyzer = RapportAnalysisConfigurer.TEXT)
    private String domain;

    private String industry;
    private String size;

    /** Kept by the activity module (its own update), never written through the entity. */
    @Column(name = "last_contacted_at", insertable = false, updatable = false)
    private Instant lastContactedAt;

    @Column(name = "next_activity_at", insertable = false, updatable = false)
    private Instant nextActivityAt;

    @Column(name = "annual_revenue")
    private BigDecimal annualRevenue;

    private String phone;

    /** The phone in E.164, for matching; {@code phone} keeps it as typed. */
    @Column(name = "phone_e164")
    private String phoneE164;

    private String street;

    @Column(name = "postal_code")
    private String postalCode;

    private String city;
    private String region;
    private String country;

    @Column(name = "parent_id")
    private UUID parentId;

    @Column(name = "merged_into_id")
    private UUID mergedIntoId;

    /** Values of custom fields by key, in stored form; deleted fields' values stay here until purged. */
    @Column(name = "custom_fields")
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> customFields = new LinkedHashMap<>();

    /** The import that created the company, if one did: undoing it moves the company to the trash. */
    @Column(name = "import_id")
    private UUID importId;

    protected Company() {}

    Company(UUID id) {
        super(id);
    }

    /** Takes every field of an already validated and normalised input, with its phone in E.164. */
    void apply(CompanyInput input, String phoneE164) {
        name = input.name();
        website = input.website();
        domain = input.domain();
        industry = input.industry();
        size = input.size();
        annualRevenue = input.annualRevenue();
        phone = input.phone();
        this.phoneE164 = phoneE164;
        street = input.street();
        postalCode = input.postalCode();
        city = input.city();
        region = input.region();
        country = input.country();
        parentId = input.parentId();
        customFields = input.customFields() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(input.customFields());
        changed(input.ownerId(), input.tags());
    }

    void importedBy(UUID importId) {
        this.importId = importId;
    }

    void mergeInto(UUID survivorId) {
        moveToTrash();
        mergedIntoId = survivorId;
    }

    void unmerge() {
        restore();
        mergedIntoId = null;
    }

    /** A child company moved under another parent by a merge (or back by its undo). */
    void moveUnder(UUID newParentId) {
        parentId = newParentId;
    }

    public UUID getMergedIntoId() {
        return mergedIntoId;
    }

    /** Whether the given import created this company (an undo of that import trashes it). */
    boolean createdBy(UUID importId) {
        return importId.equals(this.importId);
    }

    CompanyInput toInput() {
        return new CompanyInput(
                name,
                website,
                domain,
                industry,
                size,
                annualRevenue,
                phone,
                street,
                postalCode,
                city,
                region,
                country,
                parentId,
                getOwnerId(),
                List.copyOf(getTags()),
                new LinkedHashMap<>(customFields));
    }

    /** The fields as the audit trail records them. */
    Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("website", website);
        fields.put("domain", domain);
        fields.put("industry", industry);
        fields.put("size", size);
        fields.put("annualRevenue", annualRevenue == null ? null : annualRevenue.toPlainString());
        fields.put("phone", phone);
        fields.put("street", street);
        fields.put("postalCode", postalCode);
        fields.put("city", city);
        fields.put("region", region);
        fields.put("country", country);
        fields.put("parentId", parentId);
        fields.put("ownerId", getOwnerId());
        fields.put("tags", getTags());
        customFields.forEach((key, value) -> fields.put("custom." + key, value));
        return fields;
    }

    /** The text of custom field values (text, selects, emails, web addresses), for the company list's search. */
    @FullTextField(
            name = "customText",
            analyzer = RapportAnalysisConfigurer.PREFIX,
            searchAnalyzer = RapportAnalysisConfigurer.TEXT)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "customFields")))
    public List<String> getCustomText() {
        return CustomText.of(customFields);
    }

    public Map<String, Object> getCustomFields() {
        return customFields;
    }

    public String getName() {
        return name;
    }

    public String getWebsite() {
        return website;
    }

    public String getDomain() {
        return domain;
    }

    public String getIndustry() {
        return industry;
    }

    public Instant getLastContactedAt() {
        return lastContactedAt;
    }

    public Instant getNextActivityAt() {
        return nextActivityAt;
    }

    public String getSize() {
        return size;
    }

    public BigDecimal getAnnualRevenue() {
        return annualRevenue;
    }

    public String getPhone() {
        return phone;
    }

    public String getPhoneE164() {
        return phoneE164;
    }

    public String getStreet() {
        return street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    public String getRegion() {
        return region;
    }

    public String getCountry() {
        return country;
    }

    public UUID getParentId() {
        return parentId;
    }
}
