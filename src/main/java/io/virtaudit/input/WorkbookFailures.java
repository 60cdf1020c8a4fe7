package io.virtaudit.input;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.ZipException;
import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.xml.sax.SAXParseException;

/**
 * Turns what POI, the zip reader and the XML parser throw at a file that should be an .xlsx
 * workbook into one line for an auditor, by the family of the failure: not a workbook at all, an
 * old binary or password-protected one, a zip bomb, XML entities, a damaged package. POI's own
 * wording (class names, "please open an issue on bugzilla") never reaches the user; {@code --debug}
 * still shows the cause. Shared by the RVTools importer and the rule pack's decision tables.
 */
public final class WorkbookFailures {

    /** An OLE2 file without encryption: a workbook from Excel 97–2003. */
    public static final String OLD_XLS = "an old binary Excel (.xls) file, not an .xlsx workbook: "
            + "save it as .xlsx or export RVTools to .xlsx";
    /** An OLE2 file holding an encrypted OOXML package: what Excel saves with a password. */
    public static final String PASSWORD = "the workbook is password-protected: save it without a password "
            + "(in Excel: File > Info > Protect Workbook > Encrypt with Password, clear it) and give that copy";
    /** Anything else that is no zip package. */
    public static final String NOT_ZIP = "not a readable .xlsx workbook (it is not a zip package)";
    public static final String EMPTY = "the file is empty, not an .xlsx workbook";

    private static final String DAMAGED = "the workbook is damaged: ";
    private static final String RESAVE = "; open it in Excel and save it again, or export it again";

    private WorkbookFailures() {
    }

    /**
     * Why a file cannot be an .xlsx workbook, from its first bytes, before POI parses (and logs)
     * anything; empty when it is a zip package, which only reading can tell more about.
     */
    public static Optional<String> refuseByContent(Path file) throws IOException {
        if (Files.size(file) == 0) {
            return Optional.of(EMPTY);
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        }
        if (magic == FileMagic.OLE2) {
            return Optional.of(encrypted(file) ? PASSWORD : OLD_XLS);
        }
        return magic == FileMagic.OOXML ? Optional.empty() : Optional.of(NOT_ZIP);
    }

    /** The same for a file's content already read; {@code ole2} is what to say of an unencrypted OLE2 file (empty: accept it). */
    public static Optional<String> refuseByContent(byte[] content, Optional<String> ole2) {
        if (content.length == 0) {
            return Optional.of(EMPTY);
        }
        FileMagic magic = FileMagic.valueOf(content);
        if (magic == FileMagic.OLE2) {
            return encrypted(content) ? Optional.of(PASSWORD) : ole2;
        }
        return magic == FileMagic.OOXML ? Optional.empty() : Optional.of(NOT_ZIP);
    }

    /** Whether an OLE2 file is an encrypted OOXML package (it has the EncryptionInfo stream). */
    private static boolean encrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return isEncrypted(fs);
        } catch (IOException | RuntimeException e) {
            return false;  // a damaged OLE2 file is no password-protected workbook we can tell
        }
    }

    private static boolean encrypted(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            return isEncrypted(fs);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean isEncrypted(POIFSFileSystem fs) {
        return fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")
                || fs.getRoot().hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY);
    }

    /**
     * One line for a failure while opening or reading a workbook.
     *
     * @param part the part being read, for a broken XML part ({@code "sheet 'vInfo'"}), or null
     */
    public static String describe(Throwable failure, String part) {
        if (has(failure, EncryptedDocumentException.class)) {
            return PASSWORD;
        }
        if (has(failure, EmptyFileException.class)) {
            return EMPTY;
        }
        if (has(failure, ODFNotOfficeXmlFileException.class)) {
            return "an OpenDocument spreadsheet (.ods), not an .xlsx workbook: save it as .xlsx";
        }
        if (has(failure, OLE2NotOfficeXmlFileException.class)) {
            return OLD_XLS;
        }
        String messages = messages(failure);
        if (messages.contains("zip bomb") || messages.contains("exceeds the max") || messages.contains("max entry size")
                || messages.contains("potentially malicious")) {
            return "the workbook exceeds a safety limit (it inflates far beyond its size, as a zip bomb does): "
                    + "refused to read it";
        }
        SAXParseException xml = find(failure, SAXParseException.class);
        if (xml != null && messages.contains("doctype")) {
            return "the workbook declares XML entities (a DOCTYPE), which a spreadsheet never needs: refused to read it";
        }
        if (xml != null) {
            return DAMAGED + (part == null ? "a part" : part) + " is not well-formed XML" + position(xml) + RESAVE;
        }
        if (has(failure, NotOfficeXmlFileException.class) || messages.contains("content type part")) {
            return "not an .xlsx workbook: it is a zip file without a workbook inside";
        }
        if (has(failure, ZipException.class) || has(failure, EOFException.class) || has(failure, DataFormatException.class)
                || messages.contains("truncated") || messages.contains("unexpected end")) {
            return DAMAGED + "its zip package is truncated or corrupt; copy it again or export it again";
        }
        if (has(failure, AccessDeniedException.class) || has(failure, NoSuchFileException.class)) {
            return "cannot read the file (" + (has(failure, AccessDeniedException.class) ? "permission denied" : "no such file")
                    + ")";
        }
        return DAMAGED + "a part it needs is missing or broken" + RESAVE;
    }

    private static String position(SAXParseException e) {
        return e.getLineNumber() > 0 ? " (line " + e.getLineNumber() + ", column " + Math.max(1, e.getColumnNumber()) + ")" : "";
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        return find(failure, type) != null;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t instanceof org.xml.sax.SAXException sax && sax.getException() != null && type.isInstance(sax.getException())) {
                return type.cast(sax.getException());
            }
        }
        return null;
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20 && all.length() < 10_000; t = t.getCause(), depth++) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString().toLowerCase(Locale.ROOT);
    }
}
