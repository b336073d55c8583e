package io.rapport.mail;

import io.rapport.shared.InvalidSettingException;
import io.rapport.shared.RapportProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Encrypts mailbox passwords with AES-256-GCM. The key is {@code rapport.secret-key} (base64 of 32 bytes); when
 * it is not set, a key generated on first start in {@code <data-dir>/secret.key} (readable by its owner only).
 * Whoever has the database without the key cannot read the passwords.
 */
@Component
class SecretBox {

    private static final String SETTING = "RAPPORT_SECRET_KEY";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    SecretBox(RapportProperties properties) {
        byte[] bytes = properties.secretKey() == null || properties.secretKey().isBlank()
                ? keyFile(properties.dataDir().resolve("secret.key"))
                : decode(properties.secretKey().strip());
        this.key = new SecretKeySpec(bytes, "AES");
    }

    String seal(String plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                            .put(nonce)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The plain text; a secret sealed with another key cannot be opened (the key was changed). */
    String open(String sealed) {
        byte[] bytes = Base64.getDecoder().decode(sealed);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "a stored password cannot be decrypted: was " + SETTING + " changed? Enter the password again");
        }
    }

    private static byte[] decode(String base64) {
        try {
            byte[] bytes = Base64.getDecoder().decode(base64);
            if (bytes.length == KEY_BYTES) {
                return bytes;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new InvalidSettingException(
                SETTING, "not 32 bytes in base64", "set it to the output of: openssl rand -base64 32");
    }

    private static byte[] keyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] bytes = new byte[KEY_BYTES];
                RANDOM.nextBytes(bytes);
                Files.createDirectories(file.getParent());
                try {
                    Files.writeString(
                            Files.createFile(
                                    file,
                                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))),
                            Base64.getEncoder().encodeToString(bytes));
                } catch (FileAlreadyExistsException e) {
                    // another node of a shared data directory made it first
                }
            }
            return decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the secret key file " + file, e);
        }
    }
}
