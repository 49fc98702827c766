package io.atumdesk.notification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Renders mail notifications from Thymeleaf templates: {@code <name>.txt} (TEXT mode; its first
 * line is the subject, the rest the text part) and {@code <name>.html}. The operator's folder
 * ({@code atum.notifications.template-dir}) overrides the shipped {@code templates/mail/<lang>/}:
 * for the language, then English, the tenant's own file wins over {@code default/}, which wins over
 * the shipped one. Templates are files the operator controls; the values put in are only ever
 * printed (escaped in HTML), never evaluated.
 */
@Component
public class NotificationTemplates {

  /** A rendered notification. */
  public record Rendered(String subject, String text, String html) {}

  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final String SHIPPED = "templates/mail/";
  private final Path dir;
  private final TemplateEngine files;
  private final TemplateEngine shipped;

  @Autowired
  NotificationTemplates(NotificationProperties properties) {
    this(properties.templateDir());
  }

  NotificationTemplates(Path templateDir) {
    boolean none = templateDir == null || templateDir.toString().isBlank();
    this.dir = none ? null : templateDir.toAbsolutePath().normalize();
    this.files =
        dir == null ? null : engine(new FileTemplateResolver(), new FileTemplateResolver(), dir);
    this.shipped =
        engine(new ClassLoaderTemplateResolver(), new ClassLoaderTemplateResolver(), null);
  }

  public Rendered render(String tenantId, String language, String name, Map<String, ?> values) {
    if (!SAFE.matcher(name).matches()) {
      throw new IllegalArgumentException("Not a template name: " + name);
    }
    String lang = language == null ? "en" : language.toLowerCase(Locale.ROOT);
    lang = lang.length() >= 2 && SAFE.matcher(lang).matches() ? lang.substring(0, 2) : "en";
    Context context = new Context(Locale.forLanguageTag(lang), Map.copyOf(values));
    String text = process(tenantId, lang, name + ".txt", context).strip();
    int lineEnd = text.indexOf('\n');
    String subject = (lineEnd < 0 ? text : text.substring(0, lineEnd)).strip();
    String body = lineEnd < 0 ? "" : text.substring(lineEnd + 1).strip() + "\n";
    return new Rendered(subject, body, process(tenantId, lang, name + ".html", context));
  }

  private String process(String tenantId, String lang, String file, Context context) {
    for (String language : lang.equals("en") ? List.of("en") : List.of(lang, "en")) {
      Optional<String> own = operatorFile(tenantId, language, file);
      if (own.isPresent()) {
        return files.process(own.get(), context);
      }
      String path = language + "/" + file;
      if (getClass().getClassLoader().getResource(SHIPPED + path) != null) {
        return shipped.process(path, context);
      }
    }
    throw new IllegalStateException("No mail template " + file + " is shipped");
  }

  private Optional<String> operatorFile(String tenantId, String language, String file) {
    if (dir == null) {
      return Optional.empty();
    }
    List<String> folders = new ArrayList<>();
    if (tenantId != null && SAFE.matcher(tenantId).matches()) {
      folders.add(tenantId);
    }
    folders.add("default");
    return folders.stream()
        .map(folder -> folder + "/" + language + "/" + file)
        .filter(path -> Files.isRegularFile(dir.resolve(path)))
        .findFirst();
  }

  private static TemplateEngine engine(
      AbstractConfigurableTemplateResolver html,
      AbstractConfigurableTemplateResolver text,
      Path dir) {
    TemplateEngine engine = new SpringTemplateEngine();
    configure(html, TemplateMode.HTML, "*.html", dir, 1);
    configure(text, TemplateMode.TEXT, "*.txt", dir, 2);
    engine.addTemplateResolver(html);
    engine.addTemplateResolver(text);
    return engine;
  }

  private static void configure(
      AbstractConfigurableTemplateResolver resolver,
      TemplateMode mode,
      String pattern,
      Path dir,
      int order) {
    resolver.setPrefix(dir == null ? SHIPPED : dir.toString() + "/");
    resolver.setTemplateMode(mode);
    resolver.setResolvablePatterns(Set.of(pattern));
    resolver.setCharacterEncoding("UTF-8");
    resolver.setOrder(order);
    // The operator's files take effect without a restart.
    resolver.setCacheable(dir == null);
  }
}
