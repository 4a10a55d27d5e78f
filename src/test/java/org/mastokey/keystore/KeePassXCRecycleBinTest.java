package org.mastokey.keystore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.mastokey.keystore.SecretStore.SecretKey;
import org.mastokey.keystore.libsecret.LibsecretStore;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.mastokey.net.Secret;

/**
 * KeePassXC moves deleted entries to the database's Recycle Bin, with their history of earlier values:
 * what Mastokey deletes or replaces arrives there without its secret, current or earlier.
 */
@RequiresTestKeyring("keepassxc")
class KeePassXCRecycleBinTest {
    private final LibsecretStore store = new LibsecretStore();

    @Test
    void deletedAndReplacedSecretsDoNotSurviveInTheRecycleBin() throws Exception {
        String first = "first-secret-" + UUID.randomUUID();
        String second = "second-secret-" + UUID.randomUUID();
        SecretKey key = new SecretKey("org.mastokey.test." + UUID.randomUUID(), "carol@recycle.test");
        store.write(key, "carol recycled", Secret.of(first), Map.of());
        store.write(key, "carol recycled", Secret.of(second), Map.of());
        assertThat(store.delete(key)).isTrue();

        // both entries (the replaced one, then the deleted one) are blanked before they are moved, so a
        // file with both in the bin has every blank too
        String database = TestProvider.awaitKeePassXCDatabase("both \"carol recycled\" entries in the Recycle Bin",
                xml -> recycledTitles(xml).stream().filter("carol recycled"::equals).count() == 2);
        assertThat(database).doesNotContain(first).doesNotContain(second);
    }

    /** The titles of the entries in the database's Recycle Bin group. */
    private static List<String> recycledTitles(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            NodeList titles = (NodeList) XPathFactory.newInstance().newXPath().evaluate(
                    "//Group[Name='Recycle Bin']/Entry/String[Key='Title']/Value", document, XPathConstants.NODESET);
            List<String> result = new ArrayList<>();
            for (int i = 0; i < titles.getLength(); i++) {
                result.add(titles.item(i).getTextContent());
            }
            return result;
        } catch (Exception e) {
            throw new AssertionError("keepassxc-cli exported no readable XML", e);
        }
    }
}
