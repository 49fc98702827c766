package io.atumdesk.decision.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks DMN XML with a hardened parser before kie reads it. Kie's XStream/StAX reader already
 * refuses external entities; refusing any DOCTYPE here also stops entity expansion and gives a
 * clear message for files that are not well-formed.
 */
final class DmnXml {

  private static final SAXParserFactory PARSERS = hardenedFactory();

  private DmnXml() {}

  static void requireWellFormedWithoutDoctype(String source, byte[] xml) {
    try {
      RootElement root = new RootElement();
      PARSERS.newSAXParser().parse(new ByteArrayInputStream(xml), root);
      if (!"definitions".equals(root.localName) || !DMN_NAMESPACES.contains(root.namespace)) {
        throw new DecisionTableCompilationException(
            source,
            "the root element is {%s}%s, not the definitions of a DMN 1.1 to 1.5 model"
                .formatted(root.namespace, root.localName));
      }
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new DecisionTableCompilationException(
          source, "not well-formed XML or declares a DOCTYPE: " + e.getMessage(), e);
    }
  }

  private static final java.util.Set<String> DMN_NAMESPACES =
      java.util.Set.of(
          "http://www.omg.org/spec/DMN/20151101/dmn.xsd",
          "http://www.omg.org/spec/DMN/20180521/MODEL/",
          "https://www.omg.org/spec/DMN/20191111/MODEL/",
          "https://www.omg.org/spec/DMN/20211108/MODEL/",
          "https://www.omg.org/spec/DMN/20230324/MODEL/");

  /** Remembers the first element's name; the rest of the document only has to be well-formed. */
  private static final class RootElement extends DefaultHandler {
    private String namespace;
    private String localName;

    @Override
    public void startElement(String uri, String local, String qName, org.xml.sax.Attributes a) {
      if (localName == null) {
        namespace = uri;
        localName = local;
      }
    }
  }

  private static SAXParserFactory hardenedFactory() {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      return factory;
    } catch (SAXException | ParserConfigurationException e) {
      throw new IllegalStateException("XML parser cannot be hardened", e);
    }
  }
}
