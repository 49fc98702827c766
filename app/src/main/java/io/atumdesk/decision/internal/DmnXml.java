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
      PARSERS.newSAXParser().parse(new ByteArrayInputStream(xml), new DefaultHandler());
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new DecisionTableCompilationException(
          source, "not well-formed XML or declares a DOCTYPE: " + e.getMessage(), e);
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
