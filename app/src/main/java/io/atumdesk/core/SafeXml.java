package io.atumdesk.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The one check every uploaded XML model passes before an engine reads it: well-formed, and no
 * DOCTYPE at all, which stops external entities and entity expansion (billion laughs) before any
 * entity is read. Engines' own readers then never see a document that could reach outside.
 */
public final class SafeXml {

  private static final SAXParserFactory PARSERS = hardenedFactory();

  private SafeXml() {}

  /** The document's root element, or an exception saying why the document is refused. */
  public static Root requireWellFormedWithoutDoctype(byte[] xml) throws UnsafeXmlException {
    try {
      RootElement root = new RootElement();
      PARSERS.newSAXParser().parse(new ByteArrayInputStream(xml), root);
      return new Root(root.namespace, root.localName);
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new UnsafeXmlException(
          "not well-formed XML or declares a DOCTYPE: " + e.getMessage(), e);
    }
  }

  /** The namespace and local name of a document's first element. */
  public record Root(String namespace, String localName) {}

  /** A document that is not well-formed or declares a DOCTYPE. */
  public static final class UnsafeXmlException extends Exception {
    UnsafeXmlException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Remembers the first element's name; the rest of the document only has to be well-formed. */
  private static final class RootElement extends DefaultHandler {
    private String namespace;
    private String localName;

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes) {
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
