package io.atumdesk.connectors.outbound;

/** A file sent with an outbound message; its type was checked when it was stored. */
public record OutboundAttachment(String filename, String contentType, byte[] content) {}
