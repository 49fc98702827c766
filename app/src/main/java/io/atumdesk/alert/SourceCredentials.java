package io.atumdesk.alert;

/**
 * What a request presents to prove its source: an {@code Authorization} header, or a generic
 * source's {@code X-Atum-Timestamp} and {@code X-Atum-Signature}; any of them may be null.
 */
public record SourceCredentials(String authorization, String timestamp, String signature) {}
