package io.rapport.activity;

import io.rapport.shared.RapportProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.stereotype.Component;

/**
 * Attachments as files under {@code <data dir>/attachments}: written to {@code <key>.part}, then renamed, so a
 * crash never leaves half a file under its key. Keys are made by Rapport (ids), never taken from a file name.
 */
@Component
class FileAttachmentStore implements AttachmentStore {

    private final Path root;

    FileAttachmentStore(RapportProperties properties) {
        this.root = properties.dataDir().resolve("attachments");
    }

    @Override
    public long put(String key, InputStream content, long maxBytes) throws IOException {
        Path target = path(key);
        Files.createDirectories(target.getParent());
        Path part = target.resolveSibling(target.getFileName() + ".part");
        long written = 0;
        try (OutputStream out = Files.newOutputStream(part)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                written += read;
                if (written > maxBytes) {
                    throw new TooLargeException(maxBytes);
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return written;
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(path(key));
    }

    private Path path(String key) {
        if (!key.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("not an attachment key: " + key);
        }
        // Two levels of directories from the key's random end keep any one directory small.
        return root.resolve(key.substring(34, 36)).resolve(key);
    }
}
