package io.rapport.identity;

import io.rapport.shared.Ids;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.RecordNotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Issues, checks and revokes personal API tokens. */
@Service
@Transactional
class ApiTokenService {

    static final String PREFIX = "rpt_";

    /** A token's last use is written at most this often, so a busy integration does not write on every request. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final SecureRandom random = new SecureRandom();
    private final ApiTokens tokens;
    private final JdbcClient jdbc;

    ApiTokenService(ApiTokens tokens, JdbcClient jdbc) {
        this.tokens = tokens;
        this.jdbc = jdbc;
    }

    /** A token just issued: the secret exists only here and in the response that shows it once. */
    record IssuedToken(UUID id, String name, String secret, Instant createdAt) {}

    IssuedToken issue(UUID userId, String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new InvalidInputException("name", "must be 1 to 100 characters");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = tokens.save(new ApiToken(Ids.newId(), userId, trimmed, hash(secret)));
        return new IssuedToken(token.getId(), token.getName(), secret, token.getCreatedAt());
    }

    private record CheckedToken(UUID id, Instant lastUsedAt, SignedInUser user) {}

    /**
     * The principal a bearer token stands for, if the token is valid, unrevoked and its user enabled. Nothing is
     * kept in memory: every request reads the token and its user's current role and team from the database (one
     * query on the token's unique hash joined to the user's primary key), so a revoked token, a disabled user or
     * a new role takes effect at the next request on every node. No transaction: one autocommit read, and a write
     * of the last use at most once a minute.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    Optional<RapportPrincipal> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<CheckedToken> token = jdbc.sql("""
                        select t.id, t.last_used_at, u.id as user_id, u.email, u.name, u.role, u.team_id
                        from api_token t join app_user u on u.id = t.user_id
                        where t.token_hash = :hash and t.revoked_at is null and u.enabled""")
                .param("hash", hash(secret))
                .query((rs, row) -> new CheckedToken(
                        rs.getObject("id", UUID.class),
                        Optional.ofNullable(rs.getTimestamp("last_used_at"))
                                .map(Timestamp::toInstant)
                                .orElse(null),
                        UserRows.signedInUser(rs, "user_id")))
                .optional();
        Instant now = Instant.now();
        token.filter(checked ->
                        checked.lastUsedAt() == null || checked.lastUsedAt().isBefore(now.minus(TOUCH_EVERY)))
                .ifPresent(checked -> jdbc.sql("update api_token set last_used_at = :now where id = :id"
                                + " and (last_used_at is null or last_used_at < :notBefore)")
                        .param("now", Timestamp.from(now))
                        .param("notBefore", Timestamp.from(now.minus(TOUCH_EVERY)))
                        .param("id", checked.id())
                        .update());
        return token.map(checked -> RapportPrincipal.signedIn(checked.user()));
    }

    @Transactional(readOnly = true)
    List<ApiToken> tokensOf(UUID userId) {
        return tokens.findByUserIdOrderByCreatedAtDesc(userId);
    }

    void revoke(UUID userId, UUID tokenId) {
        tokens.findById(tokenId)
                .filter(token -> token.getUserId().equals(userId))
                .orElseThrow(() -> new RecordNotFoundException("token", tokenId))
                .revoke();
    }

    private static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
