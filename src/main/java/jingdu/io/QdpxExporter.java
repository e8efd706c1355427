package jingdu.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jingdu.model.Level;
import jingdu.model.Note;
import jingdu.model.NoteScope;
import jingdu.model.PassageTag;
import jingdu.model.Tag;
import jingdu.model.ParagraphInfo;

/**
 * A REFI-QDA project (.qdpx: a zip of {@code project.qde} and {@code Sources/<guid>.txt}) for MAXQDA,
 * NVivo, ATLAS.ti or QualCoder: each speech a TextSource, the user's tag tree as the code hierarchy
 * ({@link QdaCodebook}), each tagged paragraph and each tagged passage a coded PlainTextSelection, each
 * note a Note referenced from a selection of its quote and also that selection's Description (where
 * QualCoder and MAXQDA read a memo), the notes on the whole speech the source's Description and Notes.
 * GUIDs are derived from content, so exporting again gives the same ids and QDA tools can merge.
 */
public final class QdpxExporter {

    public static final String NAMESPACE = "urn:QDA-XML:project:1.0";

    private final ExportLabels labels;
    private final Instant now;

    public QdpxExporter(ExportLabels labels, Instant now) {
        this.labels = labels;
        this.now = now;
    }

    public byte[] export(ReportModel model, String projectName) {
        Map<String, String> sources = new LinkedHashMap<>(); // guid → text
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            byte[] project = project(model, projectName, sources);
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write(project);
            zip.closeEntry();
            for (Map.Entry<String, String> s : sources.entrySet()) {
                zip.putNextEntry(new ZipEntry("Sources/" + s.getKey() + ".txt"));
                zip.write(s.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory
        }
    }

    private byte[] project(ReportModel model, String name, Map<String, String> sources) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            String user = guid("user", "jingdu");
            String stamp = now.toString();
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("Project");
            x.writeDefaultNamespace(NAMESPACE);
            x.writeAttribute("name", clean(name));
            x.writeAttribute("origin", "Jingdu");
            x.writeAttribute("creatingUserGUID", user);
            x.writeAttribute("creationDateTime", stamp);

            x.writeStartElement("Users");
            empty(x, "User", "guid", user, "name", "Jingdu");
            x.writeEndElement();

            QdaCodebook codebook = QdaCodebook.of(labels, model);
            x.writeStartElement("CodeBook");
            codebook.writeCodes(x);
            x.writeEndElement();

            Map<String, Note> notes = new LinkedHashMap<>();
            x.writeStartElement("Sources");
            for (ReportModel.SpeechPart part : model.speeches()) {
                String text = part.speech().text();
                String sha = AnnotationsJson.sha256(text);
                String source = guid("source", sha);
                sources.put(source, text);
                x.writeStartElement("TextSource");
                x.writeAttribute("guid", source);
                x.writeAttribute("name", clean(part.speech().title()));
                x.writeAttribute("plainTextPath", "internal://" + source + ".txt");
                x.writeAttribute("creatingUser", user);
                x.writeAttribute("creationDateTime", part.speech().importedAt().toString());
                UserTags tags = part.work().user();
                if (!part.speechNotes().isEmpty()) {
                    // QualCoder and MAXQDA show a source's description as its memo
                    x.writeStartElement("Description");
                    x.writeCharacters(clean(part.speechNotes().stream().map(Note::body)
                            .collect(java.util.stream.Collectors.joining("\n\n"))));
                    x.writeEndElement();
                }
                List<ParagraphInfo> paragraphs = part.work().analysis().paragraphs();
                for (ReportModel.Section section : part.sections()) {
                    for (ReportModel.ParagraphRow p : section.paragraphs()) {
                        // the levels and the user's own tags on the paragraph, each a coding of one selection
                        Set<String> codes = new LinkedHashSet<>();
                        for (Level l : new TreeSet<>(p.tags())) {
                            codes.add(guid("code", l.id()));
                        }
                        for (Tag t : part.userTags(p.index())) {
                            codes.add(QdaCodebook.codeGuid(t));
                        }
                        if (!codes.isEmpty()) {
                            ParagraphInfo info = paragraphs.get(p.index());
                            selectionStart(x, guid("paragraph", sha + ":" + p.index()), labels.paragraph(p.index()),
                                    text, info.start(), info.end(), user, stamp);
                            for (String code : codes) {
                                coding(x, guid("coding", sha + ":" + p.index() + ":" + code), code, user);
                            }
                            x.writeEndElement();
                        }
                        for (PassageTag t : part.passageTags(p.index())) {
                            String code = codebook.codeGuid(t.tagId());
                            if (code == null || t.end() > text.length() || t.start() < 0 || t.end() < t.start()) {
                                continue;
                            }
                            String key = sha + ":" + t.start() + ":" + t.end() + ":" + t.tagId();
                            selectionStart(x, guid("passage", key), labels.tagPath(tags, t.tagId()), text, t.start(),
                                    t.end(), user, stamp);
                            coding(x, guid("coding", key), code, user);
                            x.writeEndElement();
                        }
                        for (Note n : p.notes()) {
                            String noteGuid = guid("note", sha + ":" + n.start() + ":" + n.end() + ":" + n.body());
                            notes.put(noteGuid, n);
                            selectionStart(x, guid("selection", noteGuid), n.quote(), text, n.start(), n.end(), user,
                                    n.createdAt().toString());
                            // the text where QualCoder and MAXQDA read a segment's memo; the Note stays for the others
                            x.writeStartElement("Description");
                            x.writeCharacters(clean(n.body()));
                            x.writeEndElement();
                            empty(x, "NoteRef", "targetGUID", noteGuid);
                            x.writeEndElement();
                        }
                    }
                }
                for (Note n : part.speechNotes()) {
                    String noteGuid = guid("note", sha + ":speech:" + n.id() + ":" + n.body());
                    notes.put(noteGuid, n);
                    empty(x, "NoteRef", "targetGUID", noteGuid);
                }
                x.writeEndElement();
            }
            x.writeEndElement();

            if (!notes.isEmpty()) {
                x.writeStartElement("Notes");
                for (Map.Entry<String, Note> e : notes.entrySet()) {
                    Note n = e.getValue();
                    x.writeStartElement("Note");
                    x.writeAttribute("guid", e.getKey());
                    x.writeAttribute("name", clean(shorten(n.scope() == NoteScope.SPEECH ? n.body() : n.quote())));
                    x.writeAttribute("creatingUser", user);
                    x.writeAttribute("creationDateTime", n.createdAt().toString());
                    x.writeAttribute("modifiedDateTime", n.updatedAt().toString());
                    x.writeStartElement("PlainTextContent");
                    x.writeCharacters(clean(n.body()));
                    x.writeEndElement();
                    x.writeEndElement();
                }
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e); // writing to memory with cleaned text cannot fail
        }
        return out.toByteArray();
    }

    /** Positions count characters (code points), which is what QDA tools index plain text by. */
    private static void selectionStart(XMLStreamWriter x, String guid, String name, String text, int start, int end,
                                       String user, String created) throws XMLStreamException {
        x.writeStartElement("PlainTextSelection");
        x.writeAttribute("guid", guid);
        x.writeAttribute("name", clean(shorten(name)));
        x.writeAttribute("startPosition", String.valueOf(text.codePointCount(0, start)));
        x.writeAttribute("endPosition", String.valueOf(text.codePointCount(0, end)));
        x.writeAttribute("creatingUser", user);
        x.writeAttribute("creationDateTime", created);
    }

    private static void coding(XMLStreamWriter x, String guid, String code, String user) throws XMLStreamException {
        x.writeStartElement("Coding");
        x.writeAttribute("guid", guid);
        x.writeAttribute("creatingUser", user);
        empty(x, "CodeRef", "targetGUID", code);
        x.writeEndElement();
    }

    private static void empty(XMLStreamWriter x, String element, String... attributes) throws XMLStreamException {
        x.writeEmptyElement(element);
        for (int i = 0; i < attributes.length; i += 2) {
            x.writeAttribute(attributes[i], attributes[i + 1]);
        }
    }

    /** A name-based UUID: the same thing gets the same GUID in every export. */
    static String guid(String kind, String key) {
        return UUID.nameUUIDFromBytes(("jingdu:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String shorten(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 60 ? one.substring(0, 60) + "…" : one;
    }

    /** Drops characters XML 1.0 cannot carry (most control characters), which would break the file. */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000).forEach(b::appendCodePoint);
        return b.toString();
    }
}
