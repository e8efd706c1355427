package jingdu.io;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jingdu.model.Level;
import jingdu.model.Tag;

/**
 * The user's tag tree as a REFI-QDA code hierarchy: nested {@code <Code>} elements, written into a project
 * ({@link QdpxExporter}) or alone as a codebook file ({@code .qdc}, namespace {@link #NAMESPACE}), and as
 * the {@code tag,description} CSV Taguette imports. A built-in level keeps the GUID it always had, so
 * projects exported before the tag tree merge with new ones. Without a tag tree (a speech's work built
 * without one) the three levels sit under one group code, as before.
 */
public final class QdaCodebook {

    /** The REFI-QDA codebook exchange format's namespace ({@code Codebook.xsd}). */
    public static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";

    private final ExportLabels labels;
    private final UserTags user;
    private final CssPalette palette = CssPalette.app();

    public QdaCodebook(ExportLabels labels, UserTags user) {
        this.labels = labels;
        this.user = user;
    }

    /** The library's tag tree as the model carries it (every speech carries the same one). */
    public static QdaCodebook of(ExportLabels labels, ReportModel model) {
        return new QdaCodebook(labels, model.speeches().isEmpty() ? UserTags.NONE : model.speeches().get(0).work().user());
    }

    /** The code a tag id codes with: its tag's, or a level's; null for a tag no longer in the tree. */
    public String codeGuid(String tagId) {
        if (user.tree().find(tagId).isPresent()) {
            return codeGuid(user.tree().find(tagId).get());
        }
        return Level.fromId(tagId).map(l -> QdpxExporter.guid("code", l.id())).orElse(null);
    }

    static String codeGuid(Tag t) {
        return t.level().map(l -> QdpxExporter.guid("code", l.id())).orElseGet(() -> QdpxExporter.guid("code", "tag:" + t.id()));
    }

    /** {@code <Codes>} with the tree inside, in the writer's current default namespace. */
    void writeCodes(XMLStreamWriter x) throws XMLStreamException {
        x.writeStartElement("Codes");
        if (user.tree().all().isEmpty()) {
            x.writeStartElement("Code");
            x.writeAttribute("guid", QdpxExporter.guid("code", "levels"));
            x.writeAttribute("name", QdpxExporter.clean(labels.get("export.qdpx.levels")));
            x.writeAttribute("isCodable", "false");
            for (Level l : Level.values()) {
                levelCode(x, l);
            }
            x.writeEndElement();
        } else {
            Set<String> seen = new HashSet<>();
            for (Tag t : user.tree().children(null)) {
                code(x, t, seen);
            }
            for (Level l : Level.values()) {
                if (user.tree().all().stream().noneMatch(t -> t.level().orElse(null) == l)) {
                    levelCode(x, l);
                }
            }
        }
        x.writeEndElement();
    }

    private void levelCode(XMLStreamWriter x, Level l) throws XMLStreamException {
        x.writeEmptyElement("Code");
        x.writeAttribute("guid", QdpxExporter.guid("code", l.id()));
        x.writeAttribute("name", QdpxExporter.clean(labels.level(l)));
        x.writeAttribute("isCodable", "true");
        x.writeAttribute("color", palette.get(l.id(), "#888888"));
    }

    private void code(XMLStreamWriter x, Tag t, Set<String> seen) throws XMLStreamException {
        if (!seen.add(t.id())) {
            return; // a damaged tree with a cycle: each tag once
        }
        List<Tag> children = user.tree().children(t.id());
        if (children.isEmpty()) {
            x.writeEmptyElement("Code");
        } else {
            x.writeStartElement("Code");
        }
        x.writeAttribute("guid", codeGuid(t));
        x.writeAttribute("name", QdpxExporter.clean(labels.tagName(t)));
        x.writeAttribute("isCodable", "true");
        String colour = colour(t);
        if (colour != null) {
            x.writeAttribute("color", colour);
        }
        if (!children.isEmpty()) {
            for (Tag c : children) {
                code(x, c, seen);
            }
            x.writeEndElement();
        }
    }

    /** The tag's colour as #rrggbb: a level's own, or the palette colour the user chose. */
    private String colour(Tag t) {
        String c = t.level().map(l -> palette.get(l.id(), null))
                .orElseGet(() -> t.colour() == null ? null : palette.get("tag-" + t.colour(), null));
        return c != null && c.matches("#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})") ? c : null;
    }

    /** The codebook file ({@code .qdc}): {@code <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Jingdu">}. */
    public byte[] qdc() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("CodeBook");
            x.writeDefaultNamespace(NAMESPACE);
            x.writeAttribute("origin", "Jingdu");
            writeCodes(x);
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e); // writing to memory with cleaned text cannot fail
        }
        return out.toByteArray();
    }

    /**
     * The codebook as Taguette imports it: header {@code tag,description}, one row per tag in tree order,
     * the tag named by its path in the tree ({@code 重点行业/危化品}), so the hierarchy survives in the name.
     * Tags have no description in Jingdu; the column is there, empty, for Taguette and the user.
     */
    public List<List<String>> csvRows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("tag", "description"));
        if (user.tree().all().isEmpty()) {
            for (Level l : Level.values()) {
                rows.add(List.of(labels.level(l), ""));
            }
            return rows;
        }
        for (Tag t : user.tree().inOrder()) {
            rows.add(List.of(labels.tagPath(user, t), ""));
        }
        return rows;
    }

    /** {@link #csvRows()} as UTF-8 CSV (no byte-order mark: Taguette would read it into the first header). */
    public byte[] csv() {
        byte[] withBom = CsvExporter.encode(csvRows());
        return java.util.Arrays.copyOfRange(withBom, 3, withBom.length);
    }
}
