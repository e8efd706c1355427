package jingdu.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import jingdu.model.ExportFilter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class QdpxExporterTest {

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> out = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    private static byte[] export() {
        ReportModel model = ReportModel.build(List.of(ExportFixtures.work()), ExportFilter.NONE, ExportFixtures.SECTORS);
        return new QdpxExporter(ExportFixtures.LABELS, Instant.parse("2024-04-01T00:00:00Z")).export(model, "项目");
    }

    @Test
    void projectParsesAndReferencesEverySourceCodeAndNote() throws Exception {
        Map<String, byte[]> files = unzip(export());
        assertThat(files).containsKey("project.qde");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(files.get("project.qde")));
        String ns = QdpxExporter.NAMESPACE;

        NodeList sources = doc.getElementsByTagNameNS(ns, "TextSource");
        assertThat(sources.getLength()).isEqualTo(1);
        Element source = (Element) sources.item(0);
        String guid = source.getAttribute("guid");
        assertThat(guid).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(source.getAttribute("plainTextPath")).isEqualTo("internal://" + guid + ".txt");
        assertThat(new String(files.get("Sources/" + guid + ".txt"), StandardCharsets.UTF_8)).isEqualTo(ExportFixtures.TEXT);

        Set<String> codes = new HashSet<>();
        NodeList codeList = doc.getElementsByTagNameNS(ns, "Code");
        for (int i = 0; i < codeList.getLength(); i++) {
            codes.add(((Element) codeList.item(i)).getAttribute("guid"));
        }
        assertThat(codeList.getLength()).isEqualTo(4);
        NodeList refs = doc.getElementsByTagNameNS(ns, "CodeRef");
        assertThat(refs.getLength()).isEqualTo(3); // paragraph 2 leadership; paragraph 6 supervision + enterprise
        for (int i = 0; i < refs.getLength(); i++) {
            assertThat(codes).contains(((Element) refs.item(i)).getAttribute("targetGUID"));
        }
        NodeList selections = doc.getElementsByTagNameNS(ns, "PlainTextSelection");
        assertThat(selections.getLength()).isEqualTo(4); // two tagged paragraphs, two notes
        Element gas = null;
        for (int i = 0; i < selections.getLength(); i++) {
            Element s = (Element) selections.item(i);
            if (s.getAttribute("name").equals("燃气管道")) {
                gas = s;
            }
        }
        assertThat(gas).isNotNull();
        assertThat(Integer.parseInt(gas.getAttribute("startPosition"))).isEqualTo(ExportFixtures.at("燃气管道"));
        Set<String> notes = new HashSet<>();
        NodeList noteList = doc.getElementsByTagNameNS(ns, "Note");
        for (int i = 0; i < noteList.getLength(); i++) {
            notes.add(((Element) noteList.item(i)).getAttribute("guid"));
        }
        NodeList noteRefs = doc.getElementsByTagNameNS(ns, "NoteRef");
        assertThat(noteRefs.getLength()).isEqualTo(2);
        for (int i = 0; i < noteRefs.getLength(); i++) {
            assertThat(notes).contains(((Element) noteRefs.item(i)).getAttribute("targetGUID"));
        }
        NodeList contents = doc.getElementsByTagNameNS(ns, "PlainTextContent");
        List<String> bodies = new java.util.ArrayList<>();
        for (int i = 0; i < contents.getLength(); i++) {
            bodies.add(contents.item(i).getTextContent());
        }
        assertThat(bodies).containsExactlyInAnyOrder(ExportFixtures.HOSTILE, "列入十月台账\n分两批整改");
        assertThat(export()).as("same content, same bytes: GUIDs are stable").isEqualTo(export());
    }

    @Test
    void projectIsValidAgainstTheRefiQdaSchema() throws Exception {
        String shared = System.getProperty("jingdu.shared");
        Path xsd = shared == null ? null : Path.of(shared, "refi-qda", "Project.xsd");
        assumeTrue(xsd != null && Files.isRegularFile(xsd), "shared/refi-qda/Project.xsd not present");
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var validator = sf.newSchema(xsd.toFile()).newValidator();
        validator.validate(new StreamSource(new ByteArrayInputStream(unzip(export()).get("project.qde"))));
    }
}
