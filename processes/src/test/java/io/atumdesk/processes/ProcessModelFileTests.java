package io.atumdesk.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowElement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped models keep the layout code and tests rely on: {@code <id>.bpmn20.xml} holds process
 * {@code <id>}, and every element has a hand-written id, never a generated one like {@code
 * UserTask_1} or {@code Activity_0x1y2z}. What a model may call is checked by the app on deploy.
 */
class ProcessModelFileTests {

  /** camelCase from a lower-case letter: generated ids start upper-case and carry an underscore. */
  static final Pattern HAND_WRITTEN = Pattern.compile("^[a-z][A-Za-z0-9]*$");

  static Stream<Path> models() throws IOException {
    // Surefire runs in the module folder, where the models sit.
    return Files.list(Path.of(".")).filter(p -> p.toString().endsWith(".bpmn20.xml")).sorted();
  }

  @ParameterizedTest
  @MethodSource("models")
  void holdsTheProcessItIsNamedAfterWithHandWrittenIds(Path file) throws Exception {
    BpmnModel model = read(file);
    String name = file.getFileName().toString();

    assertThat(model.getProcesses()).hasSize(1);
    assertThat(model.getMainProcess().getId()).isEqualTo(name.substring(0, name.indexOf('.')));
    for (FlowElement element :
        model.getMainProcess().findFlowElementsOfType(FlowElement.class, true)) {
      assertThat(element.getId()).as(name).matches(HAND_WRITTEN);
    }
    assertThat(model.getLocationMap()).as(name + " has a diagram").isNotEmpty();
  }

  private static BpmnModel read(Path file) throws IOException, XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    try (InputStream in = Files.newInputStream(file)) {
      return new BpmnXMLConverter().convertToBpmnModel(factory.createXMLStreamReader(in));
    }
  }
}
