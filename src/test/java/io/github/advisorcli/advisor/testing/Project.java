package io.github.advisorcli.advisor.testing;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/** The project's own coordinates, read from pom.xml. */
public record Project(String groupId, String artifactId, String version) {
  public static Project fromPom() {
    try {
      Path pom = CliRun.basedir().resolve("pom.xml");
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document doc = factory.newDocumentBuilder().parse(pom.toFile());
      return new Project(child(doc, "groupId"), child(doc, "artifactId"), child(doc, "version"));
    } catch (Exception e) {
      throw new AssertionError("cannot read pom.xml", e);
    }
  }

  private static String child(Document doc, String name) {
    for (Node n = doc.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
      if (name.equals(n.getNodeName())) {
        return n.getTextContent().trim();
      }
    }
    throw new AssertionError("pom.xml has no <" + name + ">");
  }

  /** The version the next release gets: this one without {@code -SNAPSHOT}. */
  public String releaseVersion() {
    return version.replaceFirst("-SNAPSHOT$", "");
  }
}
