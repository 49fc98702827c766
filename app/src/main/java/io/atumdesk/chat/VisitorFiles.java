package io.atumdesk.chat;

import io.atumdesk.attachment.CheckedFile;
import io.atumdesk.attachment.FileChecks;
import io.atumdesk.chat.ChatMessage.Author;
import io.atumdesk.core.Actor;
import io.atumdesk.core.NotFoundException;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Files in a chat, from either side: checked like attachments (size, type by content); a file whose
 * content does not match its name is kept with the reason, announced as such, never served.
 */
@Component
class VisitorFiles {

  private final FileChecks checks;
  private final ChatFiles files;
  private final ChatLog log;
  private final ChatProperties properties;
  private final Clock clock;

  VisitorFiles(
      FileChecks checks, ChatFiles files, ChatLog log, ChatProperties properties, Clock clock) {
    this.checks = checks;
    this.files = files;
    this.log = log;
    this.properties = properties;
    this.clock = clock;
  }

  CheckedFile check(String filename, byte[] content) {
    return checks.check(filename, content, properties.maxFileSize().toBytes());
  }

  /**
   * @param agent the agent who shares it, or null for the visitor
   */
  MessageView post(
      ChatConversation chat, Actor agent, String name, CheckedFile checked, byte[] content) {
    Author author = agent == null ? Author.VISITOR : Author.AGENT;
    ChatFile file =
        files.save(
            new ChatFile(
                chat.id(),
                checked,
                content,
                author.name().toLowerCase(java.util.Locale.ROOT),
                clock.instant()));
    return log.shared(chat, agent, name, file);
  }

  ChatDownload download(ChatConversation chat, long fileId) {
    return files
        .findByIdAndConversationId(fileId, chat.id())
        .filter(file -> !file.quarantined())
        .map(ChatFile::download)
        .orElseThrow(() -> new NotFoundException("File", fileId + " of this chat"));
  }
}
