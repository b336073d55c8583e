package io.rapport.company;

import io.rapport.shared.record.CrmRecord;
import io.rapport.shared.record.PostalAddress;
import io.rapport.shared.search.RapportAnalysisConfigurer;
import io.rapport.shared.value.PhoneNumbers;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/** The class stays package-private; its getters are public because templates (SpEL) read only public methods. */
@Entity
@Indexed
class Company extends CrmRecord {

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

    @Column(name = "annual_revenue")
    private BigDecimal annualRevenue;

    private String phone;

    /** The phone in E.164, for matching; {@code phone} keeps it as typed. */
    @Column(name = "phone_e164")
    private String phoneE164;

    @Embedded
    private PostalAddress address;

    @Column(name = "parent_id")
    private UUID parentId;

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
        address = new PostalAddress(input.street(), input.postalCode(), input.city(), input.region(), input.country());
        parentId = input.parentId();
        changeCustomFields(input.customFields());
        changed(input.ownerId(), input.tags());
    }

    void importedBy(UUID importId) {
        this.importId = importId;
    }

    /** A child company moved under another parent by a merge (or back by its undo). */
    void moveUnder(UUID newParentId) {
        parentId = newParentId;
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
                getAddress().street(),
                getAddress().postalCode(),
                getAddress().city(),
                getAddress().region(),
                getAddress().country(),
                parentId,
                getOwnerId(),
                List.copyOf(getTags()),
                customFieldsCopy());
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
        getAddress().addTo(fields);
        fields.put("parentId", parentId);
        fields.put("ownerId", getOwnerId());
        fields.put("tags", getTags());
        return withCustomFields(fields);
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

    public String getSize() {
        return size;
    }

    public BigDecimal getAnnualRevenue() {
        return annualRevenue;
    }

    public String getPhone() {
        return phone;
    }

    /** Whether the phone is in a range known as assigned; false: kept as typed, worth a check. */
    public boolean isPhoneVerified() {
        return phoneE164 == null || PhoneNumbers.isVerified(phoneE164);
    }

    public String getPhoneE164() {
        return phoneE164;
    }

    /** The address; never null (Hibernate reads an address of empty columns as null). */
    public PostalAddress getAddress() {
        return address == null ? PostalAddress.NONE : address;
    }

    public UUID getParentId() {
        return parentId;
    }
}
