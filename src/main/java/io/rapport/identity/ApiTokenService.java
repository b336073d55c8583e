package io.rapport.identity;

import io.rapport.shared.Ids;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.RecordNotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues, checks and revokes personal API tokens. */
@Service
@Transactional
class ApiTokenService {

    static final String PREFIX = "rpt_";

    /**
     * A token checked within the last minute is trusted without the three queries a check costs (token, its use,
     * its user); revoking a token or changing its user forgets it at once on this node.
     */
    private static final Duration RECHECK_AFTER = Duration.ofMinutes(1);

    private static final int MAX_RECENT_TOKENS = 10_000;

    private record RecentToken(RapportPrincipal principal, Instant checkedAt) {}

    private final Map<String, RecentToken> recentTokens = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final ApiTokens tokens;
    private final Users users;

    ApiTokenService(ApiTokens tokens, Users users) {
        this.tokens = tokens;
        this.users = users;
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

    /** The principal a bearer token stands for, if the token is valid, unrevoked and its user enabled. */
    Optional<RapportPrincipal> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = hash(secret);
        Instant now = Instant.now();
        RecentToken recent = recentTokens.get(hash);
        if (recent != null && recent.checkedAt().isAfter(now.minus(RECHECK_AFTER))) {
            return Optional.of(recent.principal());
        }
        Optional<RapportPrincipal> principal = tokens.findByTokenHash(hash)
                .filter(token -> !token.isRevoked())
                .flatMap(token -> {
                    tokens.touch(token.getId(), now, now.minus(RECHECK_AFTER));
                    return users.findById(token.getUserId());
                })
                .filter(User::isEnabled)
                .map(RapportPrincipal::of);
        if (recentTokens.size() > MAX_RECENT_TOKENS) {
            recentTokens.clear();
        }
        principal.ifPresentOrElse(
                found -> recentTokens.put(hash, new RecentToken(found, now)), () -> recentTokens.remove(hash));
        return principal;
    }

    /** Forgets what was checked about a user's tokens, so a disabled user or a new role takes effect at once. */
    void forgetUser(UUID userId) {
        recentTokens.values().removeIf(recent -> recent.principal().user().id().equals(userId));
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
        forgetUser(userId);
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
