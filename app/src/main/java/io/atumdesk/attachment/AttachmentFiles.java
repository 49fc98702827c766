package io.atumdesk.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The files on disk: {@code <directory>/<tenant>/<first two hex digits>/<sha256>}. An upload is
 * streamed into {@code .incoming} while it is counted and hashed, and only moved to its address
 * once it is whole; an upload that fails leaves nothing behind.
 */
@Component
class AttachmentFiles {

  private static final Pattern SAFE_TENANT = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private final Path directory;
  private final Path incoming;

  AttachmentFiles(AttachmentProperties properties) throws IOException {
    this.directory = properties.directory().toAbsolutePath().normalize();
    this.incoming = Files.createDirectories(directory.resolve(".incoming"));
  }

  /** Where uploads are spooled before they are whole, also by the servlet container. */
  Path incoming() {
    return incoming;
  }

  /** A file fully received, not yet kept under its address. */
  record Received(Path path, long size, String sha256) {}

  /**
   * Copies {@code content} to disk; over {@code limit} bytes it stops and deletes what it wrote.
   */
  Received receive(InputStream content, long limit) throws IOException {
    Path part = incoming.resolve(UUID.randomUUID() + ".part");
    MessageDigest sha256 = sha256();
    long size = 0;
    try (InputStream in = new DigestInputStream(content, sha256);
        OutputStream out = Files.newOutputStream(part)) {
      byte[] buffer = new byte[64 * 1024];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        size += n;
        if (size > limit) {
          throw new AttachmentTooLargeException(limit);
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(part);
      throw e;
    }
    return new Received(part, size, HexFormat.of().formatHex(sha256.digest()));
  }

  /** Moves a received file to its address; the same content kept before is simply reused. */
  void keep(String tenantId, Received file) throws IOException {
    Path target = address(tenantId, file.sha256());
    Files.createDirectories(target.getParent());
    try {
      Files.move(file.path(), target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException e) {
      Files.deleteIfExists(file.path());
    }
  }

  void discard(Received file) {
    try {
      Files.deleteIfExists(file.path());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  InputStream open(String tenantId, String sha256) throws IOException {
    return Files.newInputStream(address(tenantId, sha256));
  }

  private Path address(String tenantId, String sha256) {
    if (!SAFE_TENANT.matcher(tenantId).matches()) {
      throw new IllegalArgumentException("Tenant id unfit for a folder name: " + tenantId);
    }
    return directory.resolve(tenantId).resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
