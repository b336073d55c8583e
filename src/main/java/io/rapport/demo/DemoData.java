package io.rapport.demo;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.rapport.shared.Ids;
import io.rapport.shared.RapportProperties;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import net.datafaker.Faker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Fills an empty database with a few hundred companies and a few thousand contacts when asked to. */
@Component
@Order(1)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final int COMPANIES = 300;
    static final int CONTACTS = 3000;
    private static final String[] SIZES = {"1-10", "11-50", "51-200", "201-500", "501-1000", "1001-5000", "5001+"};
    private static final String[] STAGES = {
        "SUBSCRIBER", "LEAD", "LEAD", "OPPORTUNITY", "CUSTOMER", "CUSTOMER", "EVANGELIST", "OTHER"
    };
    private static final String[] SOURCES = {
        "Website", "Referral", "Trade fair", "Cold call", "LinkedIn", "Newsletter", "Partner"
    };
    private static final String[] TAGS = {
        "vip", "newsletter", "partner", "prospect", "churn-risk", "event-2026", "key-account"
    };
    private static final String[] GENDERS = {"female", "male", "non-binary", null, null};
    private static final String[] COUNTRIES = {"NO", "SE", "DK", "DE", "GB", "FR", "NL", "US", "ES", "IT"};

    private final RapportProperties properties;
    private final JdbcClient jdbc;
    private final DataSource dataSource;

    DemoData(RapportProperties properties, JdbcClient jdbc, DataSource dataSource) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws SQLException {
        if (!properties.demoData()) {
            return;
        }
        long existing = jdbc.sql("select (select count(*) from company) + (select count(*) from contact)")
                .query(Long.class)
                .single();
        if (existing > 0) {
            log.info("Demo data skipped: the database already holds companies or contacts");
            return;
        }
        List<UUID> owners = jdbc.sql("select id from app_user where enabled")
                .query(UUID.class)
                .list();
        Faker faker = new Faker(Locale.ENGLISH, new Random(42));
        Random random = new Random(42);
        // The transaction's own connection: all demo rows commit together or not at all.
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            List<Company> companies = insertCompanies(connection, faker, random, owners);
            List<DemoTimeline.Contact> contacts = insertContacts(connection, faker, random, owners, companies);
            DemoTimeline.insert(connection, random, contacts, owners);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        log.info("Demo data: {} companies and {} contacts created, with timelines and tasks", COMPANIES, CONTACTS);
    }

    private record Company(UUID id, String name, String domain, String country) {}

    private record Phone(String display, String e164) {}

    /** A valid mobile number of the country: its example number with the last four digits drawn at random. */
    private static Phone phone(Random random, String country) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        PhoneNumber example = util.getExampleNumberForType(country, PhoneNumberUtil.PhoneNumberType.MOBILE);
        while (true) {
            long national = example.getNationalNumber() / 10_000 * 10_000 + random.nextInt(10_000);
            PhoneNumber number =
                    new PhoneNumber().setCountryCode(example.getCountryCode()).setNationalNumber(national);
            if (util.isValidNumber(number)) {
                return new Phone(
                        util.format(number, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL),
                        util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
            }
        }
    }

    private List<Company> insertCompanies(Connection connection, Faker faker, Random random, List<UUID> owners)
            throws SQLException {
        List<Company> companies = new ArrayList<>();
        String sql = "insert into company (id, name, website, domain, industry, size, annual_revenue, phone, street,"
                + " postal_code, city, country, parent_id, owner_id, tags, created_at, updated_at, phone_e164)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < COMPANIES; i++) {
                String name = faker.company().name();
                String domain = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "") + i + ".example";
                String country = pick(random, COUNTRIES);
                UUID parent = i > 20 && random.nextInt(10) == 0
                        ? companies.get(random.nextInt(20)).id()
                        : null;
                Company company = new Company(Ids.newId(), name, domain, country);
                Instant created = past(random, 900);
                insert.setObject(1, company.id());
                insert.setString(2, name);
                insert.setString(3, "https://www." + domain);
                insert.setString(4, domain);
                insert.setString(5, faker.company().industry());
                insert.setString(6, pick(random, SIZES));
                insert.setBigDecimal(7, BigDecimal.valueOf(random.nextLong(50_000, 500_000_000L)));
                Phone phone = phone(random, country);
                insert.setString(8, phone.display());
                insert.setString(9, faker.address().streetAddress());
                insert.setString(10, faker.address().zipCode());
                insert.setString(11, faker.address().city());
                insert.setString(12, country);
                insert.setObject(13, parent);
                insert.setObject(14, pick(random, owners));
                insert.setArray(15, tags(connection, random));
                insert.setTimestamp(16, Timestamp.from(created));
                insert.setTimestamp(17, Timestamp.from(created.plus(random.nextInt(90), ChronoUnit.DAYS)));
                insert.setString(18, phone.e164());
                insert.addBatch();
                companies.add(company);
            }
            insert.executeBatch();
        }
        return companies;
    }

    private List<DemoTimeline.Contact> insertContacts(
            Connection connection, Faker faker, Random random, List<UUID> owners, List<Company> companies)
            throws SQLException {
        List<DemoTimeline.Contact> contacts = new ArrayList<>();
        String sql = "insert into contact (id, first_name, last_name, emails, phones, job_title, company_id,"
                + " company_name, street, postal_code, city, country, birth_date, gender, profession, source,"
                + " lifecycle_stage, owner_id, tags, created_at, updated_at, phones_e164)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < CONTACTS; i++) {
                String first = faker.name().firstName();
                String last = faker.name().lastName();
                Company company = random.nextInt(10) < 8 ? companies.get(random.nextInt(companies.size())) : null;
                String mailDomain = company == null ? "mail.example" : company.domain();
                String email =
                        (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + i + "@" + mailDomain;
                Instant created = past(random, 700);
                String country = company == null ? pick(random, COUNTRIES) : company.country();
                Phone phone = phone(random, country);
                UUID id = Ids.newId();
                UUID owner = pick(random, owners);
                contacts.add(new DemoTimeline.Contact(id, company == null ? null : company.id(), owner));
                insert.setObject(1, id);
                insert.setString(2, first);
                insert.setString(3, last);
                insert.setArray(4, connection.createArrayOf("text", new String[] {email}));
                insert.setArray(5, connection.createArrayOf("text", new String[] {phone.display()}));
                insert.setString(6, faker.job().title());
                insert.setObject(7, company == null ? null : company.id());
                insert.setString(8, company == null ? null : company.name());
                insert.setString(9, faker.address().streetAddress());
                insert.setString(10, faker.address().zipCode());
                insert.setString(11, faker.address().city());
                insert.setString(12, country);
                insert.setDate(13, Date.valueOf(faker.timeAndDate().birthday(18, 80)));
                insert.setString(14, pick(random, GENDERS));
                insert.setString(15, faker.job().field());
                insert.setString(16, pick(random, SOURCES));
                insert.setString(17, pick(random, STAGES));
                insert.setObject(18, owner);
                insert.setArray(19, tags(connection, random));
                insert.setTimestamp(20, Timestamp.from(created));
                insert.setTimestamp(21, Timestamp.from(created.plus(random.nextInt(60), ChronoUnit.DAYS)));
                insert.setArray(22, connection.createArrayOf("text", new String[] {phone.e164()}));
                insert.addBatch();
                if (i % 500 == 499) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return contacts;
    }

    private static Array tags(Connection connection, Random random) throws SQLException {
        int count = random.nextInt(3);
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String tag = pick(random, TAGS);
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return connection.createArrayOf("text", tags.toArray());
    }

    private static Instant past(Random random, int maxDays) {
        return Instant.now().minus(random.nextInt(maxDays) + 1L, ChronoUnit.DAYS);
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
