package io.atumdesk.chat;

/**
 * Who chats: a random id the widget keeps in the visitor's browser, and what they chose to tell
 * (both optional).
 */
record Visitor(String id, String name, String email, String language) {

  String displayName() {
    return name == null || name.isBlank() ? "Visitor " + id.substring(0, 6) : name;
  }
}
