package io.rapport.activity;

import io.rapport.identity.CurrentUser;
import io.rapport.shared.Ids;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.RapportProperties;
import io.rapport.shared.RecordNotFoundException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files attached to activities: stored under a key of Rapport's own, limited in size, seen by whoever sees the
 * activity ({@link AttachmentFiles} keeps the stored files in step with the rows).
 */
@Service
@Transactional
class AttachmentService {

    private final Attachments attachments;
    private final AttachmentFiles files;
    private final ActivityService activities;
    private final CurrentUser currentUser;
    private final long maxBytes;

    AttachmentService(
            Attachments attachments,
            AttachmentFiles files,
            ActivityService activities,
            CurrentUser currentUser,
            RapportProperties properties) {
        this.attachments = attachments;
        this.files = files;
        this.activities = activities;
        this.currentUser = currentUser;
        this.maxBytes = properties.attachments().maxSize().toBytes();
    }

    /** The largest file one may attach, for messages. */
    String limit() {
        return maxBytes / (1024 * 1024) + "MB";
    }

    /** Logs an activity with its files, all or nothing (a quick-add form with attachments). */
    Activity logWith(ActivityInput input, List<MultipartFile> files) {
        Activity activity = activities.log(input);
        files.stream().filter(file -> !file.isEmpty()).forEach(file -> add(activity.id(), file));
        return activity;
    }

    Attachment add(UUID activityId, MultipartFile file) {
        activities.get(activityId);
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "choose a file");
        }
        if (file.getSize() > maxBytes) {
            throw new AttachmentTooLargeException(limit());
        }
        try (InputStream in = file.getInputStream()) {
            return store(activityId, file.getOriginalFilename(), file.getContentType(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store an attachment", e);
        }
    }

    /**
     * Attaches a file that came with a received email to its (new) timeline entry.
     *
     * @return the attachment, or empty when the file is over the size limit (then it is not kept)
     */
    Optional<Attachment> addReceived(UUID activityId, String fileName, String contentType, byte[] content) {
        if (content.length > maxBytes) {
            return Optional.empty();
        }
        try {
            return Optional.of(store(activityId, fileName, contentType, new ByteArrayInputStream(content)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not store an attachment", e);
        }
    }

    private Attachment store(UUID activityId, String fileName, String contentType, InputStream content)
            throws IOException {
        UUID id = Ids.newId();
        String key = id.toString();
        MessageDigest sha256 = sha256();
        long size;
        try (InputStream in = new DigestInputStream(content, sha256)) {
            size = files.put(key, in, maxBytes);
        } catch (AttachmentStore.TooLargeException e) {
            throw new AttachmentTooLargeException(limit());
        }
        Attachment attachment = new Attachment(
                id,
                activityId,
                fileName(fileName),
                contentType == null ? "application/octet-stream" : contentType,
                size,
                HexFormat.of().formatHex(sha256.digest()),
                key,
                currentUser.get().id(),
                Instant.now());
        attachments.insert(attachment);
        return attachment;
    }

    @Transactional(readOnly = true)
    List<Attachment> of(UUID activityId) {
        activities.get(activityId);
        return attachments.of(List.of(activityId));
    }

    /** The attachments of activities already checked for access (a timeline page). */
    @Transactional(readOnly = true)
    List<Attachment> ofShown(Collection<UUID> activityIds) {
        return attachments.of(activityIds);
    }

    @Transactional(readOnly = true)
    Attachment get(UUID activityId, UUID id) {
        activities.get(activityId);
        return attachments.find(activityId, id).orElseThrow(() -> new RecordNotFoundException("attachment", id));
    }

    InputStream open(Attachment attachment) throws IOException {
        return files.open(attachment.key());
    }

    void delete(UUID activityId, UUID id) {
        Attachment attachment = get(activityId, id);
        attachments.delete(id);
        files.removeAfterCommit(List.of(attachment.key()));
    }

    /** The name as shown and offered for download: no directories, no control characters, at most 255. */
    static String fileName(String given) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"]", "")
                .strip();
        if (name.isEmpty()) {
            name = "attachment";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
