package io.atumdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.notification.NotificationTemplates.Rendered;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotificationTemplatesTests {

  static final Map<String, String> VALUES =
      Map.of(
          "key", "INC-000123",
          "subject", "Printer <b>jams</b>",
          "name", "Carla",
          "body", "Please unplug it.\nThen ${T(java.lang.Runtime).getRuntime()} [(${key})]",
          "author", "agent",
          "resolution", "Cleaned the rollers.");

  @TempDir Path dir;

  @Test
  void rendersTheShippedTemplateInTheRecipientsLanguageWithTextAndHtml() {
    NotificationTemplates templates = new NotificationTemplates((Path) null);

    Rendered en = templates.render("acme", "en", "ticket-raised", VALUES);
    Rendered de = templates.render("acme", "de-DE", "ticket-raised", VALUES);

    assertThat(en.subject()).isEqualTo("We received your request: Printer <b>jams</b>");
    assertThat(en.text()).startsWith("Hello Carla,").contains("opened ticket INC-000123");
    assertThat(en.html()).contains("<strong>INC-000123</strong>");
    assertThat(de.subject()).isEqualTo("Ihre Anfrage ist eingegangen: Printer <b>jams</b>");
    assertThat(de.text()).startsWith("Hallo Carla,").contains("das Ticket INC-000123 angelegt");
  }

  @Test
  void fallsBackToEnglishForALanguageWithoutTemplates() {
    Rendered fr = new NotificationTemplates((Path) null).render("acme", "fr", "reply", VALUES);

    assertThat(fr.subject()).isEqualTo("Re: Printer <b>jams</b>");
    assertThat(fr.text()).startsWith("Hello Carla,");
  }

  @Test
  void printsValuesAsTheyAreAndEscapesThemInHtmlNeverEvaluatingThem() {
    NotificationTemplates templates = new NotificationTemplates((Path) null);
    Rendered reply = templates.render("acme", "en", "reply", VALUES);
    Rendered mention = templates.render("acme", "en", "mention", VALUES);

    assertThat(reply.text())
        .contains("Then ${T(java.lang.Runtime).getRuntime()} [(${key})]")
        .doesNotContain("Runtime@");
    assertThat(reply.html()).contains("${T(java.lang.Runtime).getRuntime()} [(${key})]");
    assertThat(mention.html())
        .contains("Printer &lt;b&gt;jams&lt;/b&gt;")
        .doesNotContain("<b>jams</b>");
  }

  @Test
  void aTenantsOwnTemplateWinsOverTheOperatorsDefaultWhichWinsOverTheShippedOne()
      throws IOException {
    write("default/en/ticket-resolved.txt", "Done: [(${key})]\n\nDefault text for [(${name})].");
    write("globex/en/ticket-resolved.txt", "Globex closed [(${key})]\n\nGlobex text.");
    write("globex/de/ticket-resolved.txt", "Globex erledigt [(${key})]\n\nGlobex Text.");
    NotificationTemplates templates = new NotificationTemplates(dir);

    assertThat(templates.render("globex", "en", "ticket-resolved", VALUES).subject())
        .isEqualTo("Globex closed INC-000123");
    assertThat(templates.render("globex", "de", "ticket-resolved", VALUES).text())
        .isEqualTo("Globex Text.\n");
    assertThat(templates.render("acme", "en", "ticket-resolved", VALUES).text())
        .isEqualTo("Default text for Carla.\n");
    // No German override for acme: the shipped German template, not the English default.
    assertThat(templates.render("acme", "de", "ticket-resolved", VALUES).subject())
        .isEqualTo("Gelöst: Printer <b>jams</b>");
    // The HTML part has no override anywhere: the shipped one.
    assertThat(templates.render("globex", "en", "ticket-resolved", VALUES).html())
        .contains("is resolved");
  }

  @Test
  void aTenantNameCannotReachOutsideTheTemplateFolder() throws IOException {
    write("default/en/reply.txt", "Default\n\nDefault reply.");

    Rendered rendered = new NotificationTemplates(dir).render("../..", "en", "reply", VALUES);

    assertThat(rendered.subject()).isEqualTo("Default");
  }

  private void write(String path, String content) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
