package io.atumdesk.attachment;

/**
 * What a file's content turned out to be.
 *
 * @param mediaType the type detected from the content
 * @param quarantineReason why the file may not be served, or null when it may
 */
record Inspection(String mediaType, String quarantineReason) {

  boolean passed() {
    return quarantineReason == null;
  }
}
