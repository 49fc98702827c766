package io.atumdesk.attachment;

import java.util.Set;

/**
 * How a file is served: raster images under their own type and inline; a few passive document types
 * under their own type as downloads; everything else (web pages, SVG, scripts, executables,
 * whatever we do not know) as {@code application/octet-stream} downloads, so no browser runs it.
 */
record ServedType(String contentType, boolean inline) {

  static final String OCTET_STREAM = "application/octet-stream";

  private static final Set<String> RASTER_IMAGES =
      Set.of("image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp");
  private static final Set<String> PASSIVE_DOCUMENTS =
      Set.of(
          "application/pdf",
          "text/plain",
          "text/csv",
          "application/zip",
          "application/x-tika-ooxml",
          "application/x-tika-msoffice");
  private static final Set<String> PASSIVE_PREFIXES =
      Set.of(
          "application/vnd.openxmlformats-officedocument.",
          "application/vnd.oasis.opendocument.",
          "application/vnd.ms-excel",
          "application/msword");

  static ServedType of(String detected) {
    if (RASTER_IMAGES.contains(detected)) {
      return new ServedType(detected, true);
    }
    boolean passive =
        PASSIVE_DOCUMENTS.contains(detected)
            || PASSIVE_PREFIXES.stream().anyMatch(detected::startsWith);
    return new ServedType(passive ? detected : OCTET_STREAM, false);
  }
}
