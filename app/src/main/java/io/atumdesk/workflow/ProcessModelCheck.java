package io.atumdesk.workflow;

import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.SafeXml;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.Process;
import org.springframework.stereotype.Component;

/**
 * Reads an uploaded process model and says everything that stops it from being deployed. XML with a
 * DOCTYPE or that is not a BPMN model with one executable process is refused outright (400); what
 * Flowable and the model rules find is reported per element, with unreachable elements.
 */
@Component
class ProcessModelCheck {

  private final ProcessModelRules rules;

  ProcessModelCheck(ProcessModelRules rules) {
    this.rules = rules;
  }

  CheckedModel check(byte[] xml) {
    try {
      SafeXml.requireWellFormedWithoutDoctype(xml);
    } catch (SafeXml.UnsafeXmlException e) {
      throw new InvalidInputException("xml", "is " + e.getMessage());
    }
    BpmnModel model = readable(xml);
    List<Process> executable = model.getProcesses().stream().filter(Process::isExecutable).toList();
    if (executable.size() != 1) {
      throw new InvalidInputException(
          "xml", "must hold exactly one executable process, not " + executable.size());
    }
    Process process = executable.get(0);
    List<ModelProblem> problems = new ArrayList<>();
    rules.check(model).forEach(p -> problems.add(new ModelProblem(p.elementId(), p.message())));
    problems.addAll(Reachability.unreachable(process));
    return new CheckedModel(process.getId(), problems, ModelReferences.of(process));
  }

  private static BpmnModel readable(byte[] xml) {
    try {
      return parse(xml);
    } catch (XMLStreamException | RuntimeException e) {
      throw new InvalidInputException("xml", "is not a BPMN 2.0 model: " + e.getMessage());
    }
  }

  /** Parses with Flowable's converter on a reader that takes no DTD and no external entity. */
  static BpmnModel parse(byte[] xml) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    var reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
    return new BpmnXMLConverter().convertToBpmnModel(reader);
  }
}
