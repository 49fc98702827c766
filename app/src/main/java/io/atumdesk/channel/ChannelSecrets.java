package io.atumdesk.channel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Channel credentials (mailbox passwords, tokens, signing secrets) encrypted at rest with
 * AES-256-GCM. The key is {@code atum.channel.secret-key} (Base64) or, without it, a key file made
 * once beside the data, so a copy of the database alone does not reveal them.
 */
@Component
public class ChannelSecrets {

  private static final String VERSION = "v1:";
  private static final SecureRandom RANDOM = new SecureRandom();
  private final SecretKey key;

  ChannelSecrets(ChannelProperties properties) {
    String configured = properties.secretKey();
    byte[] bytes =
        configured == null || configured.isBlank()
            ? keyFile(properties.keyFile())
            : Base64.getDecoder().decode(configured.strip());
    if (bytes.length != 32) {
      throw new IllegalStateException("atum.channel.secret-key must be 32 bytes in Base64");
    }
    this.key = new SecretKeySpec(bytes, "AES");
  }

  /** A new secret for a sender to present: 32 random bytes after a prefix naming what it is for. */
  public static String generate(String prefix) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public String encrypt(String password) {
    try {
      byte[] iv = new byte[12];
      RANDOM.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
      byte[] sealed = cipher.doFinal(password.getBytes(StandardCharsets.UTF_8));
      return VERSION
          + Base64.getEncoder()
              .encodeToString(ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public String decrypt(String stored) {
    if (!stored.startsWith(VERSION)) {
      throw new IllegalStateException("A stored secret is not in a known sealed form");
    }
    try {
      byte[] all = Base64.getDecoder().decode(stored.substring(VERSION.length()));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
      return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("A stored secret cannot be opened with this key", e);
    }
  }

  private static byte[] keyFile(Path file) {
    try {
      if (!Files.exists(file)) {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getEncoder().encode(generator.generateKey().getEncoded()));
      }
      return Base64.getDecoder().decode(Files.readString(file).strip());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
