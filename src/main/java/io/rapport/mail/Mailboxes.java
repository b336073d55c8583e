package io.rapport.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The mailbox table, in SQL. */
@Repository
class Mailboxes {

    private final JdbcClient jdbc;

    Mailboxes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Mailbox box) {
        jdbc.sql("insert into mailbox (id, name, address, imap_host, imap_port, imap_security, smtp_host, smtp_port,"
                        + " smtp_security, username, password_secret, poll_seconds, auto_create_contacts, owner_id,"
                        + " personal, next_fetch_at, created_at, updated_at) values (:id, :name, :address, :imapHost,"
                        + " :imapPort, :imapSecurity, :smtpHost, :smtpPort, :smtpSecurity, :username, :secret,"
                        + " :pollSeconds, :autoCreate, :ownerId, :personal, :createdAt, :createdAt, :createdAt)")
                .paramSource(params(box))
                .update();
    }

    /** Saves the settings; a changed server or user name starts reading the INBOX from its beginning. */
    void update(Mailbox box, boolean otherInbox) {
        jdbc.sql("update mailbox set name = :name, address = :address, imap_host = :imapHost, imap_port = :imapPort,"
                        + " imap_security = :imapSecurity, smtp_host = :smtpHost, smtp_port = :smtpPort,"
                        + " smtp_security = :smtpSecurity, username = :username, password_secret = :secret,"
                        + " poll_seconds = :pollSeconds, auto_create_contacts = :autoCreate, owner_id = :ownerId,"
                        + " personal = :personal, updated_at = now(), next_fetch_at = now()"
                        + (otherInbox ? ", uid_validity = null, last_uid = 0" : "")
                        + " where id = :id")
                .paramSource(params(box))
                .update();
    }

    Optional<Mailbox> find(UUID id) {
        return jdbc.sql("select * from mailbox where id = :id")
                .param("id", id)
                .query(Mailboxes::mailbox)
                .optional();
    }

    List<Mailbox> all() {
        return jdbc.sql("select * from mailbox order by name")
                .query(Mailboxes::mailbox)
                .list();
    }

    void delete(UUID id) {
        jdbc.sql("delete from mailbox where id = :id").param("id", id).update();
    }

    /**
     * Takes the mailboxes due for a fetch, each leased for {@code leaseSeconds} so that no other node (or a
     * slow earlier run) fetches it at the same time.
     */
    List<Mailbox> leaseDue(int leaseSeconds) {
        return jdbc.sql("update mailbox set fetch_lease_until = now() + make_interval(secs => :lease)"
                        + " where id in (select id from mailbox where imap_host is not null and next_fetch_at <= now()"
                        + " and (fetch_lease_until is null or fetch_lease_until < now()) for update skip locked)"
                        + " returning *")
                .param("lease", leaseSeconds)
                .query(Mailboxes::mailbox)
                .list();
    }

    /** The last UID taken in, while the INBOX's UIDVALIDITY is the one given (0 otherwise: read from the start). */
    long lastUid(UUID id, long uidValidity) {
        return jdbc.sql("select last_uid from mailbox where id = :id and uid_validity = :validity")
                .param("id", id)
                .param("validity", uidValidity)
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    /** Where the reading of the INBOX got to; written in the transaction that took those messages in. */
    void advance(UUID id, long uidValidity, long lastUid) {
        jdbc.sql("update mailbox set uid_validity = :validity, last_uid = greatest(:lastUid, case when"
                        + " uid_validity = :validity then last_uid else 0 end) where id = :id")
                .param("id", id)
                .param("validity", uidValidity)
                .param("lastUid", lastUid)
                .update();
    }

    /**
     * The end of a fetch: when it ran, whether it reached the INBOX, how many messages it took in, its problem if
     * it had one (kept with its time until the next problem), and when the next fetch is due: at once when
     * messages were left for the next round.
     */
    void fetched(UUID id, boolean ok, int count, String problem, boolean more) {
        jdbc.sql("update mailbox set last_fetch_at = now(), last_fetch_ok = :ok, last_fetch_count = :count,"
                        + " fetch_lease_until = null,"
                        + " last_error = coalesce(cast(:problem as text), last_error),"
                        + " last_error_at = case when cast(:problem as text) is null then last_error_at else now() end,"
                        + " next_fetch_at = case when :more then now() else now() + make_interval(secs => poll_seconds)"
                        + " end where id = :id")
                .param("id", id)
                .param("ok", ok)
                .param("count", count)
                .param("problem", problem)
                .param("more", more)
                .update();
    }

    void fetchNow(UUID id) {
        jdbc.sql("update mailbox set next_fetch_at = now() where id = :id")
                .param("id", id)
                .update();
    }

    private static MapSqlParameterSource params(Mailbox box) {
        return new MapSqlParameterSource()
                .addValue("id", box.id())
                .addValue("name", box.name())
                .addValue("address", box.address())
                .addValue("imapHost", box.imapHost())
                .addValue("imapPort", box.imapPort())
                .addValue(
                        "imapSecurity",
                        box.imapSecurity() == null ? null : box.imapSecurity().code())
                .addValue("smtpHost", box.smtpHost())
                .addValue("smtpPort", box.smtpPort())
                .addValue(
                        "smtpSecurity",
                        box.smtpSecurity() == null ? null : box.smtpSecurity().code())
                .addValue("username", box.username())
                .addValue("secret", box.passwordSecret())
                .addValue("pollSeconds", box.pollSeconds())
                .addValue("autoCreate", box.autoCreateContacts())
                .addValue("ownerId", box.ownerId())
                .addValue("personal", box.personal())
                .addValue("createdAt", Timestamp.from(box.createdAt()));
    }

    private static Mailbox mailbox(ResultSet rs, int row) throws SQLException {
        return new Mailbox(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("address"),
                rs.getString("imap_host"),
                (Integer) rs.getObject("imap_port"),
                Security.fromCode(rs.getString("imap_security")).orElse(null),
                rs.getString("smtp_host"),
                (Integer) rs.getObject("smtp_port"),
                Security.fromCode(rs.getString("smtp_security")).orElse(null),
                rs.getString("username"),
                rs.getString("password_secret"),
                rs.getInt("poll_seconds"),
                rs.getBoolean("auto_create_contacts"),
                rs.getObject("owner_id", UUID.class),
                rs.getBoolean("personal"),
                (Long) rs.getObject("uid_validity"),
                rs.getLong("last_uid"),
                instant(rs, "next_fetch_at"),
                instant(rs, "last_fetch_at"),
                (Boolean) rs.getObject("last_fetch_ok"),
                (Integer) rs.getObject("last_fetch_count"),
                rs.getString("last_error"),
                instant(rs, "last_error_at"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
