package io.daybrief.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Finishes a laid-out PDF for the archive with PDFBox: document information and XMP metadata that agree, the
 * associated files (PDF/A-3) and a document ID derived from the content, so that the same content always makes
 * the same bytes.
 */
final class ArchivalFinish {

    private ArchivalFinish() {
    }

    static void apply(PDDocument document, DocumentFacts facts) throws IOException {
        Calendar created = GregorianCalendar.from(facts.created());
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(facts.language());
        information(document, facts, created);
        metadata(document, facts, created);
        describeLinks(document);
        attach(document, facts, created);
        identify(document, facts);
    }

    private static void information(PDDocument document, DocumentFacts facts, Calendar created) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(facts.title());
        info.setSubject(facts.subject());
        info.setKeywords(String.join(", ", facts.keywords()));
        info.setAuthor(facts.author());
        info.setCreator("Daybrief");
        info.setProducer("Daybrief");
        info.setCreationDate(created);
        info.setModificationDate(created);
    }

    /** Rewrites the XMP packet the layout engine wrote (its PDF/A and PDF/UA claims kept) to match the facts. */
    private static void metadata(PDDocument document, DocumentFacts facts, Calendar created) throws IOException {
        PDMetadata stream = document.getDocumentCatalog().getMetadata();
        XMPMetadata xmp;
        try {
            xmp = stream == null ? XMPMetadata.createXMPMetadata()
                    : new DomXmpParser().parse(stream.toByteArray());
        } catch (XmpParsingException e) {
            throw new IOException("the XMP metadata written by the layout cannot be read: " + e.getMessage(), e);
        }
        DublinCoreSchema dc = xmp.getDublinCoreSchema() != null ? xmp.getDublinCoreSchema() : xmp.createAndAddDublinCoreSchema();
        dc.setTitle(facts.title());
        dc.setDescription(facts.subject());
        for (String creator : new ArrayList<>(nullToEmpty(dc.getCreators()))) {
            dc.removeCreator(creator);
        }
        dc.addCreator(facts.author());
        for (String subject : new ArrayList<>(nullToEmpty(dc.getSubjects()))) {
            dc.removeSubject(subject);
        }
        facts.keywords().forEach(dc::addSubject);
        AdobePDFSchema pdf = xmp.getAdobePDFSchema() != null ? xmp.getAdobePDFSchema() : xmp.createAndAddAdobePDFSchema();
        pdf.setProducer("Daybrief");
        pdf.setKeywords(String.join(", ", facts.keywords()));
        XMPBasicSchema basic = xmp.getXMPBasicSchema() != null ? xmp.getXMPBasicSchema() : xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool("Daybrief");
        basic.setCreateDate(created);
        basic.setModifyDate(created);
        basic.setMetadataDate(created);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("cannot write the XMP metadata: " + e.getMessage(), e);
        }
        PDMetadata updated = new PDMetadata(document, new ByteArrayInputStream(out.toByteArray()));
        document.getDocumentCatalog().setMetadata(updated);
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /**
     * Gives every link the description its structure element carries (from the link's {@code title}), as its
     * Contents too: PDF/UA wants both, and the layout engine writes only the first.
     */
    private static void describeLinks(PDDocument document) throws IOException {
        PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
        PDNumberTreeNode tree = root == null ? null : root.getParentTree();
        // Read the parent tree once: looking each link up in it converts the whole tree every time.
        Map<Integer, COSObjectable> parents = tree == null ? Map.of() : allNumbers(tree);
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink && annotation.getContents() == null) {
                    String alt = altOf(parents.get(annotation.getStructParent()));
                    annotation.setContents(alt != null ? alt : "Link");
                }
            }
        }
    }

    private static Map<Integer, COSObjectable> allNumbers(PDNumberTreeNode node) throws IOException {
        Map<Integer, COSObjectable> all = new java.util.HashMap<>();
        Map<Integer, COSObjectable> here = node.getNumbers();
        if (here != null) {
            all.putAll(here);
        }
        if (node.getKids() != null) {
            for (PDNumberTreeNode kid : node.getKids()) {
                all.putAll(allNumbers(kid));
            }
        }
        return all;
    }

    private static String altOf(Object element) {
        if (element instanceof PDStructureElement structure) {
            return structure.getAlternateDescription();
        }
        if (element instanceof COSObjectable object && object.getCOSObject() instanceof COSDictionary dictionary) {
            return dictionary.getString(COSName.ALT);
        }
        return null;
    }

    /** Embeds each attachment as a PDF/A-3 associated file of the document, with its relationship "Data". */
    private static void attach(PDDocument document, DocumentFacts facts, Calendar created) throws IOException {
        if (facts.attachments().isEmpty()) {
            return;
        }
        Map<String, PDComplexFileSpecification> files = new TreeMap<>();
        COSArray associated = new COSArray();
        for (DocumentFacts.Attachment attachment : facts.attachments()) {
            PDEmbeddedFile embedded = new PDEmbeddedFile(document, new ByteArrayInputStream(attachment.bytes()),
                    COSName.FLATE_DECODE);
            embedded.setSubtype(attachment.mimeType());
            embedded.setSize(attachment.bytes().length);
            embedded.setCreationDate(created);
            embedded.setModDate(created);
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(attachment.name());
            spec.setFileUnicode(attachment.name());
            spec.setFileDescription(attachment.description());
            spec.setEmbeddedFile(embedded);
            spec.setEmbeddedFileUnicode(embedded);
            spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");
            files.put(attachment.name(), spec);
            associated.add(spec);
        }
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(files);
        PDDocumentNameDictionary names = document.getDocumentCatalog().getNames() != null
                ? document.getDocumentCatalog().getNames() : new PDDocumentNameDictionary(document.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        document.getDocumentCatalog().setNames(names);
        document.getDocumentCatalog().getCOSObject().setItem(COSName.AF, associated);
    }

    /** The document ID: a hash of the title, the moment and the attachments, the same whenever they are. */
    private static void identify(PDDocument document, DocumentFacts facts) {
        MessageDigest md5;
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
        md5.update(facts.title().getBytes(StandardCharsets.UTF_8));
        md5.update(facts.created().toString().getBytes(StandardCharsets.UTF_8));
        facts.attachments().forEach(a -> md5.update(a.bytes()));
        byte[] id = md5.digest();
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }
}
