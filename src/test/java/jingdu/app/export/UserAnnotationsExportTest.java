package jingdu.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import jingdu.analysis.Analyzer;
import jingdu.app.Library;
import jingdu.app.annotate.Annotator;
import jingdu.i18n.I18n;
import jingdu.io.QdaCodebook;
import jingdu.io.QdpxExporter;
import jingdu.model.ExportFilter;
import jingdu.model.Level;
import jingdu.model.Note;
import jingdu.model.Speech;
import jingdu.model.Tag;

/**
 * Everything the user made (their own tags in a tree, passage tags, speech notes, passage notes) reaches
 * every export, each opened with a reader of its own (issue 17).
 */
class UserAnnotationsExportTest {

    private static final I18n ZH = new I18n(Locale.SIMPLIFIED_CHINESE);
    private static final String TEXT = "讲话标题\n一、总体要求\n各企业必须落实安全生产主体责任。\n监管部门要加强危险化学品检查。";
    private static final String PARENT = "重点行业";
    private static final String CHILD = "危化品";
    private static final String SPEECH_NOTE = "全文要点：抓落实，防风险";
    private static final String PASSAGE_NOTE = "写进台账，十月底前";

    @TempDir
    Path dir;

    private Library library;
    private Exports exports;
    private Speech speech;
    private Tag parent;
    private Tag child;
    private Note passageNote;

    @BeforeEach
    void annotate() throws Exception {
        library = Library.open(dir.resolve("lib.db"));
        speech = library.importString(TEXT, "a.txt");
        Annotator a = new Annotator(library, ZH);
        parent = a.addTag(PARENT, null);
        child = a.addTag(CHILD, parent.id());
        a.setParagraphTag(speech.id(), List.of(3), child.id(), true);
        a.setParagraphTag(speech.id(), List.of(2), Level.ENTERPRISE.id(), true);
        int start = TEXT.indexOf("危险化学品");
        a.togglePassageTag(speech.id(), start, start + 5, parent.id());
        a.addSpeechNote(speech.id(), SPEECH_NOTE, null);
        int n = TEXT.indexOf("主体责任");
        passageNote = a.addPassageNote(speech.id(), n, n + 4, PASSAGE_NOTE, null);
        exports = new Exports(library, new Analyzer(), ZH);
    }

    @AfterEach
    void close() {
        library.close();
    }

    private byte[] render(ExportFormat format) throws ExportException {
        return exports.render(new ExportRequest(format, List.of(speech.id()), ExportFilter.NONE, true));
    }

    private String text(ExportFormat format) throws ExportException {
        return new String(render(format), StandardCharsets.UTF_8);
    }

    @Test
    void markdownAndHtmlShowTagPathsPassageTagsAndSpeechNotes() throws Exception {
        for (ExportFormat f : List.of(ExportFormat.MD, ExportFormat.HTML)) {
            assertThat(text(f)).as(f.id())
                    .contains(PARENT + "/" + CHILD)
                    .contains("危险化学品")
                    .contains(SPEECH_NOTE)
                    .contains(PASSAGE_NOTE)
                    .contains(ZH.get("export.section.speechNotes"));
        }
        assertThat(text(ExportFormat.MD)).contains(ZH.get("export.section.userTags"), ZH.get("export.section.passageTags"));
    }

    @Test
    void wordReportCarriesThemToo() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(render(ExportFormat.DOCX)));
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            assertThat(words.getText()).contains(PARENT + "/" + CHILD, "危险化学品", SPEECH_NOTE, PASSAGE_NOTE);
        }
    }

    @Test
    void excelHasTheAnnotationsOnASheetOfTheirOwn() throws Exception {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(render(ExportFormat.XLSX)))) {
            var sheet = wb.getSheet(ZH.get("export.ledger.annotationsSheet"));
            assertThat(sheet).isNotNull();
            List<String> cells = new ArrayList<>();
            sheet.forEach(row -> row.forEach(cell -> cells.add(cell.getStringCellValue())));
            assertThat(cells).contains(PARENT + "/" + CHILD, PARENT, "危险化学品", SPEECH_NOTE, PASSAGE_NOTE);
            assertThat(wb.getSheetIndex(sheet)).as("after the ledger and its counts").isEqualTo(2);
        }
    }

    @Test
    void notesCsvHasAKindPerAnnotationAndLocalTimesToTheSecond() throws Exception {
        String csv = text(ExportFormat.NOTES_CSV);
        assertThat(csv).startsWith("\uFEFF");
        List<List<String>> rows = parseCsv(csv.substring(1));
        assertThat(rows.get(0)).hasSize(8).contains(ZH.get("export.csv.col.tag"));
        Map<String, List<String>> byKind = new HashMap<>();
        rows.subList(1, rows.size()).forEach(r -> byKind.put(r.get(2), r));
        assertThat(byKind.get(ZH.get("export.csv.kind.userTag")).get(4)).isEqualTo(PARENT + "/" + CHILD);
        assertThat(byKind.get(ZH.get("export.csv.kind.passageTag")).get(4)).isEqualTo(PARENT);
        assertThat(byKind.get(ZH.get("export.csv.kind.passageTag")).get(5)).isEqualTo("危险化学品");
        assertThat(byKind.get(ZH.get("export.csv.kind.speechNote")).get(6)).isEqualTo(SPEECH_NOTE);
        List<String> note = byKind.get(ZH.get("export.csv.kind.note"));
        assertThat(note.get(6)).isEqualTo(PASSAGE_NOTE);
        assertThat(note.get(7)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}")
                .isEqualTo(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                        .format(passageNote.createdAt().atZone(ZoneId.systemDefault())));
    }

    @Test
    void annotationsJsonCarriesUserTagsPassageTagsSpeechNotesAndTheTree() throws Exception {
        JsonObject root = JsonParser.parseString(text(ExportFormat.JSON)).getAsJsonObject();
        JsonObject s = root.getAsJsonArray("speeches").get(0).getAsJsonObject();
        JsonObject userTag = s.getAsJsonArray("userTags").get(0).getAsJsonObject();
        assertThat(userTag.get("paragraph").getAsInt()).isEqualTo(3);
        assertThat(userTag.get("path").getAsString()).isEqualTo(PARENT + "/" + CHILD);
        JsonObject passage = s.getAsJsonArray("passageTags").get(0).getAsJsonObject();
        assertThat(passage.get("quote").getAsString()).isEqualTo("危险化学品");
        assertThat(passage.get("tag").getAsString()).isEqualTo(parent.id());
        assertThat(s.getAsJsonArray("speechNotes").get(0).getAsJsonObject().get("body").getAsString()).isEqualTo(SPEECH_NOTE);
        JsonArray tree = root.getAsJsonArray("tagTree");
        JsonObject childEntry = null;
        for (var e : tree) {
            if (e.getAsJsonObject().get("id").getAsString().equals(child.id())) {
                childEntry = e.getAsJsonObject();
            }
        }
        assertThat(childEntry).isNotNull();
        assertThat(childEntry.get("parent").getAsString()).isEqualTo(parent.id());
        // what import reads is unchanged: the file is still read back
        assertThat(jingdu.io.AnnotationsJson.read(text(ExportFormat.JSON))).hasSize(1);
    }

    @Test
    void qdpxNestsTheTagTreeCodesPassagesAndParagraphsAndPutsNoteTextInTheDescription() throws Exception {
        byte[] qde = unzip(render(ExportFormat.QDPX)).get("project.qde");
        validate(qde, projectXsd());
        Document doc = parse(qde);
        String ns = QdpxExporter.NAMESPACE;
        Element parentCode = codeNamed(doc, ns, PARENT);
        Element childCode = codeNamed(doc, ns, CHILD);
        assertThat(childCode.getParentNode()).as("the child tag is nested in its parent's code").isEqualTo(parentCode);
        assertThat(codeNamed(doc, ns, ZH.get("export.level.enterprise"))).isNotNull();

        Map<String, List<String>> codedBy = new HashMap<>(); // selection name → code guids
        Map<String, String> descriptions = new HashMap<>(); // selection name → description
        NodeList selections = doc.getElementsByTagNameNS(ns, "PlainTextSelection");
        for (int i = 0; i < selections.getLength(); i++) {
            Element sel = (Element) selections.item(i);
            List<String> codes = new ArrayList<>();
            NodeList refs = sel.getElementsByTagNameNS(ns, "CodeRef");
            for (int k = 0; k < refs.getLength(); k++) {
                codes.add(((Element) refs.item(k)).getAttribute("targetGUID"));
            }
            codedBy.put(sel.getAttribute("name"), codes);
            NodeList d = sel.getElementsByTagNameNS(ns, "Description");
            if (d.getLength() > 0) {
                descriptions.put(sel.getAttribute("name"), d.item(0).getTextContent());
                assertThat(sel.getElementsByTagNameNS(ns, "NoteRef").getLength()).as("the Note is kept").isEqualTo(1);
            }
        }
        assertThat(codedBy.get(ZH.get("export.paragraph", "4"))).containsExactly(childCode.getAttribute("guid"));
        assertThat(codedBy.get(PARENT)).as("the passage tag").containsExactly(parentCode.getAttribute("guid"));
        assertThat(descriptions).containsEntry("主体责任", PASSAGE_NOTE);
        Element source = (Element) doc.getElementsByTagNameNS(ns, "TextSource").item(0);
        assertThat(source.getElementsByTagNameNS(ns, "Description").item(0).getTextContent()).isEqualTo(SPEECH_NOTE);
    }

    @Test
    void qdcIsTheCodebookWithTheTreeAndValidates() throws Exception {
        byte[] qdc = render(ExportFormat.QDC);
        validate(qdc, codebookXsd());
        Document doc = parse(qdc);
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("CodeBook");
        assertThat(codeNamed(doc, QdaCodebook.NAMESPACE, CHILD).getParentNode())
                .isEqualTo(codeNamed(doc, QdaCodebook.NAMESPACE, PARENT));
        assertThat(codeNamed(doc, QdaCodebook.NAMESPACE, CHILD).getAttribute("guid"))
                .as("the same code as in the project").isEqualTo(codeNamed(
                        parse(unzip(render(ExportFormat.QDPX)).get("project.qde")), QdpxExporter.NAMESPACE, CHILD)
                        .getAttribute("guid"));
    }

    @Test
    void codebookCsvIsTagAndDescriptionWithPaths() throws Exception {
        byte[] bytes = render(ExportFormat.CODEBOOK_CSV);
        assertThat(bytes[0]).as("no byte-order mark").isEqualTo((byte) 't');
        List<List<String>> rows = parseCsv(new String(bytes, StandardCharsets.UTF_8));
        assertThat(rows.get(0)).containsExactly("tag", "description");
        assertThat(rows.stream().map(r -> r.get(0)).toList())
                .contains(PARENT, PARENT + "/" + CHILD, ZH.get("export.level.enterprise"));
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(2));
    }

    @Test
    void newFormatsAreRegisteredWithNamesInBothLanguages() {
        assertThat(ExportFormat.ids()).contains("qdc", "codebook-csv");
        for (Locale l : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            I18n i18n = new I18n(l);
            assertThat(i18n.get(ExportFormat.QDC.nameKey())).contains(".qdc");
            assertThat(i18n.get(ExportFormat.CODEBOOK_CSV.nameKey())).contains("CSV");
        }
    }

    @Test
    void wordAndExcelExportsPrintOnlyTheirResultAndNothingOnStandardError() throws Exception {
        library.close();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (String format : List.of("docx", "xlsx")) {
            Path out = dir.resolve("out." + format);
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "jingdu.Main",
                    "export", "--db", dir.resolve("lib.db").toString(), "--all", "--format", format,
                    "--out", out.toString())
                    .redirectOutput(dir.resolve(format + ".stdout").toFile())
                    .redirectError(dir.resolve(format + ".stderr").toFile())
                    .start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
            assertThat(Files.readString(dir.resolve(format + ".stderr"))).as(format + " stderr").isEmpty();
            assertThat(Files.readAllLines(dir.resolve(format + ".stdout"))).as(format + " stdout").hasSize(1)
                    .allSatisfy(line -> assertThat(line).contains(out.toString()).doesNotContain("Log4j"));
            assertThat(out).isNotEmptyFile();
        }
        library = Library.open(dir.resolve("lib.db"));
    }

    // ---- independent readers -------------------------------------------------------------------------------

    static List<List<String>> parseCsv(String s) {
        return jingdu.io.CsvReading.rows(s);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> out = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static Element codeNamed(Document doc, String ns, String name) {
        NodeList codes = doc.getElementsByTagNameNS(ns, "Code");
        for (int i = 0; i < codes.getLength(); i++) {
            Element e = (Element) codes.item(i);
            if (e.getAttribute("name").equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no code named " + name);
    }

    private static Path projectXsd() {
        String shared = System.getProperty("jingdu.shared");
        Path xsd = shared == null ? null : Path.of(shared, "refi-qda", "Project.xsd");
        assumeTrue(xsd != null && Files.isRegularFile(xsd), "shared/refi-qda/Project.xsd not present");
        return xsd;
    }

    /**
     * The REFI-QDA codebook schema (Codebook.xsd) derived from the project schema: the same types in the
     * codebook namespace, with the root element {@code CodeBook} (Codes, optional Sets, {@code origin}).
     */
    private Path codebookXsd() throws Exception {
        String project = Files.readString(projectXsd(), StandardCharsets.UTF_8)
                .replace("urn:QDA-XML:project:1.0", QdaCodebook.NAMESPACE);
        String codebookType = "<xsd:complexType name=\"CodeBookType\">";
        int at = project.indexOf(codebookType);
        assertThat(at).isPositive();
        int end = project.indexOf("</xsd:complexType>", at) + "</xsd:complexType>".length();
        String derived = project.substring(0, at)
                + "<xsd:element name=\"CodeBook\" type=\"CodeBookFileType\"/>"
                + "<xsd:complexType name=\"CodeBookFileType\"><xsd:sequence>"
                + "<xsd:element name=\"Codes\" type=\"CodesType\"/>"
                + "<xsd:element name=\"Sets\" type=\"SetsType\" minOccurs=\"0\"/>"
                + "</xsd:sequence><xsd:attribute name=\"origin\" type=\"xsd:string\"/></xsd:complexType>"
                + project.substring(at, end) + project.substring(end);
        Path out = dir.resolve("Codebook.xsd");
        Files.writeString(out, derived, StandardCharsets.UTF_8);
        return out;
    }

    private static void validate(byte[] xml, Path xsd) throws Exception {
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        sf.newSchema(xsd.toFile()).newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }
}
