package io.atumdesk.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every shipped form is a form-js schema the server can check: its id is its file name, its keys
 * are unique, its components are of the kinds the server validates, and a {@code conditional.hide}
 * uses only the safe form the server understands.
 */
class FormSchemaTests {

  static final Set<String> CHECKED_TYPES =
      Set.of(
          "textfield",
          "textarea",
          "number",
          "checkbox",
          "radio",
          "select",
          "text",
          "separator",
          "datetime");
  static final Pattern SAFE_HIDE = Pattern.compile("^=\\s*\\w+\\s*(!=|=)\\s*\"[^\"]*\"\\s*$");
  static final JsonMapper JSON = JsonMapper.builder().build();

  static Stream<Path> forms() throws IOException {
    // Surefire runs in the module folder, where the schemas sit.
    return Files.list(Path.of(".")).filter(p -> p.toString().endsWith(".form")).sorted();
  }

  @ParameterizedTest
  @MethodSource("forms")
  void isACheckableFormJsSchema(Path file) throws IOException {
    JsonNode form = JSON.readTree(file.toFile());
    String name = file.getFileName().toString();

    assertThat(form.path("type").asString()).isEqualTo("default");
    assertThat(form.path("id").asString())
        .isEqualTo(name.substring(0, name.length() - ".form".length()));
    assertThat(form.path("schemaVersion").isInt()).isTrue();
    Set<String> keys = new HashSet<>();
    for (JsonNode component : form.path("components")) {
      assertThat(component.path("type").asString()).as(name).isIn(CHECKED_TYPES);
      if (component.has("key")) {
        assertThat(keys.add(component.path("key").asString()))
            .as("duplicate key in " + name)
            .isTrue();
      }
      if (List.of("radio", "select").contains(component.path("type").asString())) {
        assertThat(component.path("values").isEmpty()).as(name + " needs values").isFalse();
      }
      String hide = component.path("conditional").path("hide").asString(null);
      if (hide != null) {
        assertThat(hide).as(name).matches(SAFE_HIDE);
      }
    }
    assertThat(keys).as(name + " has fields").isNotEmpty();
  }
}
