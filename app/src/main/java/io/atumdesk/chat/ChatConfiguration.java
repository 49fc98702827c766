package io.atumdesk.chat;

import io.atumdesk.core.AdminSection;
import io.atumdesk.core.RequestBodyAllowance;
import java.time.Clock;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** The chat's clocks (stream heartbeats, auto-ticket rules), its admin page and its uploads. */
@Configuration
class ChatConfiguration implements SchedulingConfigurer {

  /** The visitor's and the agent's file uploads. */
  static final Pattern UPLOAD_PATH =
      Pattern.compile("/chat/[^/]+/conversations/[^/]+/files/?|/chats/[^/]+/files/?");

  private final ChatStreams streams;
  private final ChatRules rules;
  private final ChatProperties properties;
  private final Clock clock;

  ChatConfiguration(ChatStreams streams, ChatRules rules, ChatProperties properties, Clock clock) {
    this.streams = streams;
    this.rules = rules;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.addFixedDelayTask(streams::heartbeat, properties.heartbeat());
    registrar.addFixedDelayTask(() -> rules.apply(clock.instant()), properties.ruleInterval());
  }

  @Bean
  AdminSection chatAdminSection() {
    return new AdminSection("chat", "chat", 40);
  }

  /** A chat file may be as large as {@code atum.chat.max-file-size}, plus the form around it. */
  @Bean
  RequestBodyAllowance chatUploadAllowance() {
    long limit = properties.maxFileSize().toBytes() + 64 * 1024;
    return request -> {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      return "POST".equals(request.getMethod()) && UPLOAD_PATH.matcher(path).matches()
          ? OptionalLong.of(limit)
          : OptionalLong.empty();
    };
  }
}
