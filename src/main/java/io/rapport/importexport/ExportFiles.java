package io.rapport.importexport;

import io.rapport.shared.RapportProperties;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where background exports keep their files: {@code data/exports/<id>.<format>}, written to a {@code .part} file
 * first and renamed when complete, so a file that is there is whole.
 */
@Component
class ExportFiles {

    private static final Logger log = LoggerFactory.getLogger(ExportFiles.class);

    private final Path root;

    ExportFiles(RapportProperties properties) {
        this.root = properties.dataDir().resolve("exports");
    }

    Path of(ExportJob job) {
        return root.resolve(job.getId() + "." + job.getFormat().code());
    }

    /** Writes the file through {@code content}; it appears under its name only once {@code content} returns. */
    long write(ExportJob job, Content content) throws IOException {
        Path file = of(job);
        Path part = file.resolveSibling(file.getFileName() + ".part");
        Files.createDirectories(root);
        long rows;
        try (OutputStream out = Files.newOutputStream(part)) {
            rows = content.writeTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return rows;
    }

    /** Removes a job's file; one that cannot be removed is logged and left, it stops nothing. */
    void delete(ExportJob job) {
        try {
            Files.deleteIfExists(of(job));
        } catch (IOException e) {
            log.warn("Could not remove the file of export {}: {}", job.getId(), e.toString());
        }
    }

    @FunctionalInterface
    interface Content {
        long writeTo(OutputStream out) throws IOException;
    }
}
