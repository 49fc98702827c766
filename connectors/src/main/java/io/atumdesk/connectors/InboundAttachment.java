package io.atumdesk.connectors;

/** A file that came with an inbound message; {@code contentType} is what the sender claimed. */
public record InboundAttachment(String filename, String contentType, byte[] content) {}
