package io.atumdesk.demo;

import io.atumdesk.core.Actor;
import io.atumdesk.core.Role;
import io.atumdesk.core.TenantContext;
import io.atumdesk.knowledge.ArticleContent;
import io.atumdesk.knowledge.Audience;
import io.atumdesk.knowledge.KnowledgeBase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The knowledge base's demo articles, English and German, public and internal, over the demo
 * categories: written by Alex, reviewed and published by Kate through the review process, so each
 * is a real published article with its process. Read from {@code demo/knowledge-articles.txt}.
 */
@Component
class DemoKnowledge {

  private static final String FILE = "demo/knowledge-articles.txt";

  private final KnowledgeBase knowledge;

  DemoKnowledge(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
  }

  void seedMissing() {
    seed("acme", "agent", "kate", articles());
    seed("globex", "agent2", "kate2", articles().subList(0, 3));
  }

  private void seed(String tenant, String author, String manager, List<ArticleContent> articles) {
    Actor writer = new Actor(author, tenant, Set.of(Role.AGENT), Set.of("service-desk"));
    Actor reviewer =
        new Actor(
            manager, tenant, Set.of(Role.AGENT), Set.of("knowledge-managers", "service-desk"));
    TenantContext.runAs(
        tenant,
        () -> {
          if (!knowledge.list(writer, Set.of(), 1).isEmpty()) {
            return;
          }
          for (ArticleContent content : articles) {
            long id = knowledge.create(writer, content, null).id();
            knowledge.submit(writer, id);
            knowledge.decide(reviewer, id, true, "Reviewed for the demo.");
          }
          // One draft waiting in the review queue, to show the review step.
          long waiting =
              knowledge
                  .create(
                      writer,
                      new ArticleContent(
                          "Printer shows 'offline' after a driver update",
                          "## Problem\n\nAfter Windows updated the printer driver, the printer"
                              + " shows *offline*.\n\n## Solution\n\n1. Open *Printers & scanners*.\n"
                              + "2. Remove the printer.\n3. Add it again from `\\\\print01`.",
                          "hardware",
                          List.of("printer", "driver"),
                          "en",
                          Audience.PUBLIC),
                      null)
                  .id();
          knowledge.submit(writer, waiting);
        });
  }

  /**
   * Articles separated by lines {@code === title | category | tags | language | audience}; the
   * lines up to the next separator are the Markdown body.
   */
  static List<ArticleContent> articles() {
    String text;
    try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<ArticleContent> articles = new ArrayList<>();
    for (String block : text.split("(?m)^=== ")) {
      if (block.isBlank()) {
        continue;
      }
      int newline = block.indexOf('\n');
      String[] head = block.substring(0, newline).split("\\s*\\|\\s*");
      articles.add(
          new ArticleContent(
              head[0].strip(),
              block.substring(newline + 1).strip(),
              head[1],
              Arrays.stream(head[2].split(",")).map(String::strip).toList(),
              head[3],
              Audience.valueOf(head[4].strip())));
    }
    return articles;
  }
}
