package io.atumdesk.decision.internal;

import io.atumdesk.core.SafeXml;

/**
 * Checks DMN XML with the hardened parser every uploaded model passes ({@link SafeXml}) before kie
 * reads it, and that its root is the definitions of a DMN model.
 */
final class DmnXml {

  private DmnXml() {}

  static void requireWellFormedWithoutDoctype(String source, byte[] xml) {
    SafeXml.Root root;
    try {
      root = SafeXml.requireWellFormedWithoutDoctype(xml);
    } catch (SafeXml.UnsafeXmlException e) {
      throw new DecisionTableCompilationException(source, e.getMessage(), e);
    }
    if (!"definitions".equals(root.localName()) || !DMN_NAMESPACES.contains(root.namespace())) {
      throw new DecisionTableCompilationException(
          source,
          "the root element is {%s}%s, not the definitions of a DMN 1.1 to 1.5 model"
              .formatted(root.namespace(), root.localName()));
    }
  }

  private static final java.util.Set<String> DMN_NAMESPACES =
      java.util.Set.of(
          "http://www.omg.org/spec/DMN/20151101/dmn.xsd",
          "http://www.omg.org/spec/DMN/20180521/MODEL/",
          "https://www.omg.org/spec/DMN/20191111/MODEL/",
          "https://www.omg.org/spec/DMN/20211108/MODEL/",
          "https://www.omg.org/spec/DMN/20230324/MODEL/");
}
