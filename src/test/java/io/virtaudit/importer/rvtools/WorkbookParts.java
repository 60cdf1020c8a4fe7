package io.virtaudit.importer.rvtools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * A workbook written part by part, for hostile tests: what POI would refuse to write (two sheets
 * named alike, cells past column XFD, a shared-string table that lies) is written as the XML says.
 * Also unzips a real workbook into its parts, so that tests can mutate what RVTools-like writers made.
 */
public final class WorkbookParts {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final Map<String, byte[]> parts = new LinkedHashMap<>();

    private WorkbookParts() {
    }

    /** A workbook of these sheets (name, then the XML inside {@code <sheetData>}, in pairs), no shared strings. */
    public static WorkbookParts sheets(String... namesAndRows) {
        WorkbookParts w = new WorkbookParts();
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rIdS\" Type=\"" + REL + "/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        StringBuilder sheets = new StringBuilder();
        for (int i = 0; i < namesAndRows.length / 2; i++) {
            int n = i + 1;
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(n)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            rels.append("<Relationship Id=\"rId").append(n).append("\" Type=\"").append(REL)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(n).append(".xml\"/>");
            sheets.append("<sheet name=\"").append(namesAndRows[2 * i]).append("\" sheetId=\"").append(n)
                    .append("\" r:id=\"rId").append(n).append("\"/>");
        }
        w.text("[Content_Types].xml", types + "</Types>");
        w.text("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        w.text("xl/_rels/workbook.xml.rels", rels + "</Relationships>");
        w.text("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>"
                + sheets + "</sheets></workbook>");
        for (int i = 0; i < namesAndRows.length / 2; i++) {
            w.sheetXml(i + 1, "<sheetData>" + namesAndRows[2 * i + 1] + "</sheetData>");
        }
        w.sharedStrings(List.of());
        return w;
    }

    /** Replaces sheet {@code n} (1-based) with this XML inside {@code <worksheet>}. */
    public WorkbookParts sheetXml(int n, String inside) {
        return text("xl/worksheets/sheet" + n + ".xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"" + MAIN + "\">"
                + inside + "</worksheet>");
    }

    /** The shared-string table holding these strings. */
    public WorkbookParts sharedStrings(List<String> strings) {
        StringBuilder sst = new StringBuilder("<?xml version=\"1.0\"?><sst xmlns=\"" + MAIN + "\">");
        strings.forEach(s -> sst.append("<si><t>").append(s).append("</t></si>"));
        return text("xl/sharedStrings.xml", sst + "</sst>");
    }

    public WorkbookParts text(String name, String xml) {
        parts.put(name, xml.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public Map<String, byte[]> parts() {
        return parts;
    }

    public Path write(Path file) {
        return zip(parts, file);
    }

    /** A row of cells given as reference and inline text, in pairs: {@code row(2, "A2", "vm1")}. */
    public static String row(int r, String... refsAndTexts) {
        StringBuilder row = new StringBuilder("<row r=\"" + r + "\">");
        for (int i = 0; i < refsAndTexts.length; i += 2) {
            row.append(inline(refsAndTexts[i], refsAndTexts[i + 1]));
        }
        return row.append("</row>").toString();
    }

    public static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    public static String number(String ref, String value) {
        return "<c r=\"" + ref + "\"><v>" + value + "</v></c>";
    }

    public static Path zip(Map<String, byte[]> parts, Path file) {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Encrypts a workbook as Excel does when it is saved with a password: an OLE2 container. */
    public static Path encrypt(Path workbook, Path target) throws Exception {
        Path copy = Files.copy(workbook, target.resolveSibling("to-encrypt-" + target.getFileName()));
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage pkg = OPCPackage.open(copy.toFile(), PackageAccess.READ_WRITE);
                 OutputStream out = encryptor.getDataStream(fs)) {
                pkg.save(out);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
        }
        Files.delete(copy);
        return target;
    }

    /** The parts of a workbook file, in the zip's order. */
    public static Map<String, byte[]> unzip(Path file) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                zip.transferTo(content);
                parts.put(entry.getName(), content.toByteArray());
            }
            return parts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
