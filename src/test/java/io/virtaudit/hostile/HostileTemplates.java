package io.virtaudit.hostile;

import io.virtaudit.report.xlsx.WorkbookTemplate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Excel templates ({@code --template}) that are wrong in one way, made from the built-in one at
 * test time: a stray cell far below a header, a macro-enabled workbook, an Excel template file.
 */
public final class HostileTemplates {

    public static final String WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    public static final String MACRO_WORKBOOK = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
    public static final String TEMPLATE = "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml";
    private static final String VBA = "application/vnd.ms-office.vbaProject";
    private static final String VBA_RELATION = "http://schemas.microsoft.com/office/2006/relationships/vbaProject";

    private HostileTemplates() {
    }

    /** The built-in template with {@code change} made to it, saved to {@code file}. */
    public static void edited(Path file, Consumer<XSSFWorkbook> change) throws IOException {
        try (XSSFWorkbook workbook = WorkbookTemplate.builtIn().open(); OutputStream out = Files.newOutputStream(file)) {
            change.accept(workbook);
            workbook.write(out);
        }
    }

    /** The built-in template with a cell on the last row Excel has (1,048,576) of its {@code sheet}. */
    public static void cellOnLastRow(Path file, String sheet) throws IOException {
        edited(file, workbook -> workbook.getSheet(sheet).createRow(1_048_575).createCell(0).setCellValue("stray"));
    }

    /**
     * The built-in template's package with its workbook part of content type {@code mainType} and,
     * when {@code vba}, a VBA project ({@code xl/vbaProject.bin}) related to it, as Excel saves an
     * {@code .xlsm}.
     */
    public static void repackaged(Path file, String mainType, boolean vba) throws IOException {
        Path plain = Files.createTempFile(file.getParent(), "plain", ".xlsx");
        edited(plain, workbook -> { });
        byte[] bytes = Files.readAllBytes(plain);
        Files.delete(plain);
        ByteArrayOutputStream repacked = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes));
             ZipOutputStream out = new ZipOutputStream(repacked)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                String text = new String(content, StandardCharsets.UTF_8);
                if (entry.getName().equals("[Content_Types].xml")) {
                    text = text.replace(WORKBOOK, mainType);
                    if (vba) {
                        text = text.replace("</Types>", "<Default Extension=\"bin\" ContentType=\"" + VBA + "\"/></Types>");
                    }
                } else if (vba && entry.getName().equals("xl/_rels/workbook.xml.rels")) {
                    text = text.replace("</Relationships>", "<Relationship Id=\"rIdVba\" Type=\"" + VBA_RELATION
                            + "\" Target=\"vbaProject.bin\"/></Relationships>");
                } else {
                    text = null;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(text == null ? content : text.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            if (vba) {
                out.putNextEntry(new ZipEntry("xl/vbaProject.bin"));
                // the compound-file signature a VBA project starts with; its content is never run here
                out.write(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                    (byte) 0xE1});
                out.closeEntry();
            }
        }
        Files.write(file, repacked.toByteArray());
    }
}
