package io.atumdesk.chat;

/** A chat file to serve: under {@code contentType}, inline only for raster images. */
public record ChatDownload(String filename, String contentType, boolean inline, byte[] content) {}
