package org.kinopanorama.catalog.feed;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** An Atom feed as the JDK's namespace-aware XML parser reads it: a document that does not parse fails the test. */
final class AtomDocument {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    final Element feed;

    private AtomDocument(Element feed) {
        this.feed = feed;
    }

    static AtomDocument parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        Document document = builder.parse(new InputSource(new StringReader(xml)));
        return new AtomDocument(document.getDocumentElement());
    }

    List<Element> entries() {
        return children(feed, "entry");
    }

    /** Text of the only child of that name, or null. */
    static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        if (found.size() > 1) {
            throw new AssertionError("More than one <" + name + "> in <" + parent.getLocalName() + ">");
        }
        return found.isEmpty() ? null : found.get(0).getTextContent();
    }

    /** href of the link with that rel, or null. */
    static String link(Element parent, String rel) {
        return children(parent, "link").stream().filter(l -> rel.equals(l.getAttribute("rel")))
                .map(l -> l.getAttribute("href")).findFirst().orElse(null);
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }
}
