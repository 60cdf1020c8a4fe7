package io.virtaudit.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes Drools spreadsheet decision tables for tests: a RuleSet block, then a RuleTable whose
 * header, object-type, snippet and label rows are given, then one row per rule.
 */
public final class DecisionTableSheet {

    private final List<String[]> rows = new ArrayList<>();

    public DecisionTableSheet ruleSet(String packageName, String imports, String variables) {
        rows.add(new String[] {"RuleSet", packageName});
        rows.add(new String[] {"Import", imports});
        rows.add(new String[] {"Variables", variables});
        rows.add(new String[0]);
        return this;
    }

    public DecisionTableSheet row(String... cells) {
        rows.add(cells);
        return this;
    }

    public void write(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet("Rules");
            for (int i = 0; i < rows.size(); i++) {
                XSSFRow row = sheet.createRow(i);
                for (int j = 0; j < rows.get(i).length; j++) {
                    row.createCell(j + 1).setCellValue(rows.get(i)[j]);
                }
            }
            workbook.write(out);
        }
    }
}
