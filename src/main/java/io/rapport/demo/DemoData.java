package io.rapport.demo;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.rapport.activity.BulkTimeline;
import io.rapport.company.CompanyDirectory;
import io.rapport.company.NewCompany;
import io.rapport.contact.ContactDirectory;
import io.rapport.contact.NewContact;
import io.rapport.identity.RunAs;
import io.rapport.identity.UserDirectory;
import io.rapport.shared.Ids;
import io.rapport.shared.RapportProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import net.datafaker.Faker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with a few hundred companies and a few thousand contacts, their timelines and tasks,
 * when asked to ({@code rapport.demo-data=true}). Runs as the first administrator, through the modules' bulk
 * writes, in one transaction: all of it is there, or none.
 */
@Component
@Order(1)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final int COMPANIES = 300;
    static final int CONTACTS = 3000;
    private static final String[] SIZES = {"1-10", "11-50", "51-200", "201-500", "501-1000", "1001-5000", "5001+"};
    private static final String[] STAGES = {
        "subscriber", "lead", "lead", "opportunity", "customer", "customer", "evangelist", "other"
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
    private final UserDirectory users;
    private final RunAs runAs;
    private final CompanyDirectory companies;
    private final ContactDirectory contacts;
    private final BulkTimeline timeline;
    private final TransactionTemplate transaction;

    DemoData(
            RapportProperties properties,
            UserDirectory users,
            RunAs runAs,
            CompanyDirectory companies,
            ContactDirectory contacts,
            BulkTimeline timeline,
            TransactionTemplate transaction) {
        this.properties = properties;
        this.users = users;
        this.runAs = runAs;
        this.companies = companies;
        this.contacts = contacts;
        this.timeline = timeline;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.demoData()) {
            fill();
        }
    }

    /** Creates the demo data, unless the database holds companies or contacts already; whether it did. */
    boolean fill() {
        if (!companies.isEmpty() || !contacts.isEmpty()) {
            log.info("Demo data skipped: the database already holds companies or contacts");
            return false;
        }
        Optional<UUID> administrator = users.firstAdministrator();
        if (administrator.isEmpty()) {
            log.warn("Demo data skipped: there is no active administrator to create it as");
            return false;
        }
        long started = System.nanoTime();
        DemoTimeline.Counts counts = runAs.call(administrator.get(), () -> transaction.execute(status -> load()));
        log.info(
                "Demo data: {} companies, {} contacts, {} activities and {} tasks created in {} ms",
                COMPANIES,
                CONTACTS,
                counts.activities(),
                counts.tasks(),
                (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    private DemoTimeline.Counts load() {
        List<UUID> owners =
                users.activeUsers().stream().map(UserDirectory.UserSummary::id).toList();
        Faker faker = new Faker(Locale.ENGLISH, new Random(42));
        Random random = new Random(42);
        List<NewCompany> newCompanies = newCompanies(faker, random, owners);
        companies.createAll(newCompanies);
        List<NewContact> newContacts = newContacts(faker, random, owners, newCompanies);
        contacts.createAll(newContacts);
        return DemoTimeline.create(
                timeline,
                random,
                newContacts.stream()
                        .map(contact -> new DemoTimeline.Contact(contact.id(), contact.ownerId()))
                        .toList(),
                owners);
    }

    /** A valid mobile number of the country: its example number with the last four digits drawn at random. */
    private static String phone(Random random, String country) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        PhoneNumber example = util.getExampleNumberForType(country, PhoneNumberUtil.PhoneNumberType.MOBILE);
        while (true) {
            long national = example.getNationalNumber() / 10_000 * 10_000 + random.nextInt(10_000);
            PhoneNumber number =
                    new PhoneNumber().setCountryCode(example.getCountryCode()).setNationalNumber(national);
            if (util.isValidNumber(number)) {
                return util.format(number, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
            }
        }
    }

    private static List<NewCompany> newCompanies(Faker faker, Random random, List<UUID> owners) {
        List<NewCompany> companies = new ArrayList<>();
        for (int i = 0; i < COMPANIES; i++) {
            String name = faker.company().name();
            String domain = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "") + i + ".example";
            String country = pick(random, COUNTRIES);
            UUID parent = i > 20 && random.nextInt(10) == 0
                    ? companies.get(random.nextInt(20)).id()
                    : null;
            Instant created = past(random, 900);
            companies.add(new NewCompany(
                    Ids.newId(),
                    name,
                    "https://www." + domain,
                    domain,
                    faker.company().industry(),
                    pick(random, SIZES),
                    BigDecimal.valueOf(random.nextLong(50_000, 500_000_000L)),
                    phone(random, country),
                    faker.address().streetAddress(),
                    faker.address().zipCode(),
                    faker.address().city(),
                    null,
                    country,
                    parent,
                    pick(random, owners),
                    tags(random),
                    created,
                    updated(created, random.nextInt(90))));
        }
        return companies;
    }

    private static List<NewContact> newContacts(
            Faker faker, Random random, List<UUID> owners, List<NewCompany> companies) {
        List<NewContact> contacts = new ArrayList<>();
        for (int i = 0; i < CONTACTS; i++) {
            String first = faker.name().firstName();
            String last = faker.name().lastName();
            NewCompany company = random.nextInt(10) < 8 ? companies.get(random.nextInt(companies.size())) : null;
            String mailDomain = company == null ? "mail.example" : company.domain();
            String email =
                    (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + i + "@" + mailDomain;
            Instant created = past(random, 700);
            String country = company == null ? pick(random, COUNTRIES) : company.country();
            contacts.add(new NewContact(
                    Ids.newId(),
                    first,
                    last,
                    List.of(email),
                    List.of(phone(random, country)),
                    faker.job().title(),
                    company == null ? null : company.id(),
                    faker.address().streetAddress(),
                    faker.address().zipCode(),
                    faker.address().city(),
                    null,
                    country,
                    faker.timeAndDate().birthday(18, 80),
                    pick(random, GENDERS),
                    faker.job().field(),
                    pick(random, SOURCES),
                    pick(random, STAGES),
                    pick(random, owners),
                    tags(random),
                    created,
                    updated(created, random.nextInt(60))));
        }
        return contacts;
    }

    private static List<String> tags(Random random) {
        int count = random.nextInt(3);
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String tag = pick(random, TAGS);
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }

    private static Instant past(Random random, int maxDays) {
        return Instant.now().minus(random.nextInt(maxDays) + 1L, ChronoUnit.DAYS);
    }

    /** Some days after creation, but not in the future. */
    private static Instant updated(Instant created, int days) {
        Instant updated = created.plus(days, ChronoUnit.DAYS);
        return updated.isAfter(Instant.now()) ? Instant.now() : updated;
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
