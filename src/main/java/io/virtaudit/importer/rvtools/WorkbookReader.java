package io.virtaudit.importer.rvtools;

import io.virtaudit.input.WorkbookFailures;
import io.virtaudit.input.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * Reads an RVTools workbook by streaming each sheet it needs through SAX ({@link SheetParser}), so
 * that a 100k-VM export never becomes a workbook in memory. POI opens the package with its zip-bomb
 * limits at their defaults; on top of them the export's {@link ReadLimits} bound what is parsed,
 * checked first against the sizes the package declares. A file that is not a workbook, or that
 * breaks while being read, is an input error in an auditor's words ({@link WorkbookFailures}).
 */
final class WorkbookReader {

    private static final String PARSED = "XML in the sheets virtaudit reads and the shared strings";

    private WorkbookReader() {
    }

    /** One sheet of the workbook: its name and its part. */
    private record Sheet(String name, PackagePart part) {
    }

    static Export read(Path file, String displayName) {
        return read(file, displayName, ReadLimits.DEFAULT);
    }

    static Export read(Path file, String displayName, ReadLimits limits) {
        refuseByContent(file, displayName);
        Export export = new Export(baseName(file.getFileName().toString()));
        ReadBudget budget = new ReadBudget(limits, displayName, PARSED);
        String reading = null;
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            List<Sheet> sheets = sheets(reader, displayName);
            PackagePart workbook = workbookPart(pkg);
            PackagePart stringsPart = related(workbook, XSSFRelation.SHARED_STRINGS.getRelation());
            PackagePart stylesPart = related(workbook, XSSFRelation.STYLES.getRelation());
            budget.declareBytes(declaredSize(sheets, stringsPart, stylesPart));
            reading = "the shared strings";
            SharedStringsText strings = stringsPart == null ? SharedStringsText.none()
                    : readPart(stringsPart, budget, in -> SharedStringsText.read(in, limits, displayName));
            reading = "the styles";
            CellStyles styles = stylesPart == null ? CellStyles.none()
                    : readPart(stylesPart, budget, in -> CellStyles.read(in, displayName));
            for (Sheet sheet : sheets) {
                Optional<Tab> tab = Tab.named(sheet.name());
                if (tab.isPresent()) {
                    reading = "sheet '" + sheet.name() + "'";
                    TabRows built = readSheet(sheet, tab.get(), displayName, strings, styles, budget);
                    if (built != null) {
                        export.add(built);
                    }
                }
            }
        } catch (InputException e) {
            throw e;
        } catch (Exception e) {
            // POI reports a broken package, a zip bomb or a non-workbook by many exception types
            throw new InputException(displayName, "", WorkbookFailures.describe(e, reading), e);
        }
        if (export.isEmpty()) {
            throw new InputException(displayName, "", "not an RVTools export: no vInfo, vHost or vDatastore sheet");
        }
        return export;
    }

    /**
     * Reads one sheet through the fast scanner; a sheet in XML it does not read is read again from its
     * start by the SAX parser, with a fresh tab and the budget it had before.
     */
    private static TabRows readSheet(Sheet sheet, Tab tab, String displayName, SharedStringsText strings,
                                     CellStyles styles, ReadBudget budget) throws Exception {
        ReadBudget.Used before = budget.used();
        try {
            return parseSheet(sheet, tab, displayName, strings, styles, budget, true);
        } catch (SheetXmlScanner.Unsupported e) {
            budget.restore(before);
            return parseSheet(sheet, tab, displayName, strings, styles, budget, false);
        }
    }

    private static TabRows parseSheet(Sheet sheet, Tab tab, String displayName, SharedStringsText strings,
                                      CellStyles styles, ReadBudget budget, boolean fast) throws Exception {
        TabRows.Builder rows = new TabRows.Builder(tab, displayName, sheet.name(), budget);
        readPart(sheet.part(), budget, in -> {
            SheetParser parser = new SheetParser(displayName, sheet.name(), strings, styles, rows, budget);
            if (fast) {
                new SheetXmlScanner(in, parser).scan();
            } else {
                parser.parse(in);
            }
            return null;
        });
        return rows.build();
    }

    /** Refuses what is plainly no workbook before POI tries (and logs) its fallbacks. */
    private static void refuseByContent(Path file, String displayName) {
        Optional<String> refusal;
        try {
            refusal = WorkbookFailures.refuseByContent(file);
        } catch (IOException e) {
            throw new InputException(displayName, "", WorkbookFailures.describe(e, null), e);
        }
        refusal.ifPresent(message -> {
            throw new InputException(displayName, "", message);
        });
    }

    /**
     * The sheets in workbook order. Two sheets whose names differ only in case (which Excel does
     * not allow) would make one tab shadow the other: the workbook is refused, naming both.
     */
    private static List<Sheet> sheets(XSSFReader reader, String displayName) throws Exception {
        List<Sheet> sheets = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        XSSFReader.SheetIterator iterator = reader.getSheetIterator();
        while (iterator.hasNext()) {
            iterator.next().close();
            String name = iterator.getSheetName();
            String other = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
            if (other != null) {
                throw new InputException(displayName, "", "the workbook has two sheets named '" + other + "' and '"
                        + name + "', which Excel does not allow (sheet names must differ in more than case), so "
                        + "virtaudit cannot tell which is the tab: the workbook is malformed; export it again");
            }
            sheets.add(new Sheet(name, iterator.getSheetPart()));
        }
        return sheets;
    }

    private static PackagePart workbookPart(OPCPackage pkg) throws Exception {
        PackageRelationshipCollection core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (core.isEmpty()) {
            core = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        return pkg.getPart(core.getRelationship(0));
    }

    /** The part the workbook relates to by this type, or null: looked up here because POI logs its absence. */
    private static PackagePart related(PackagePart workbook, String type) throws Exception {
        PackageRelationshipCollection relations = workbook.getRelationshipsByType(type);
        for (PackageRelationship relation : relations) {
            PackagePart part = workbook.getRelatedPart(relation);
            if (part != null) {
                return part;
            }
        }
        return null;
    }

    /** What the parts to parse say they inflate to; a part that does not say counts as it is read. */
    private static long declaredSize(List<Sheet> sheets, PackagePart... others) {
        long total = 0;
        for (Sheet sheet : sheets) {
            if (Tab.named(sheet.name()).isPresent()) {
                total += Math.max(0, sheet.part().getSize());
            }
        }
        for (PackagePart part : others) {
            total += part == null ? 0 : Math.max(0, part.getSize());
        }
        return total;
    }

    /** Reads one part through the byte budget. */
    private static <T> T readPart(PackagePart part, ReadBudget budget, PartReader<T> reader) throws Exception {
        try (InputStream in = budget.metered(part.getInputStream())) {
            return reader.read(in);
        }
    }

    @FunctionalInterface
    private interface PartReader<T> {
        T read(InputStream in) throws Exception;
    }

    static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
