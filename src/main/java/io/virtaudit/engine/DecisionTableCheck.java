package io.virtaudit.engine;

import io.virtaudit.input.InputException;
import io.virtaudit.input.WorkbookFailures;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.template.parser.DecisionTableParseException;

/**
 * Opens a pack's decision table ({@code .drl.xlsx}, {@code .drl.xls}) the way Drools will, before
 * the pack is compiled: inside the KIE build, a file that is no workbook, a password-protected one
 * or a workbook without a rule table escapes as an exception that names neither the file nor the
 * fix. Here each is an input error naming the file, in the words the RVTools importer uses for the
 * same failures ({@link WorkbookFailures}).
 */
final class DecisionTableCheck {

    /** A decision table is a small workbook; this keeps a mistaken file from being read into memory whole. */
    static final long MAX_BYTES = 32L << 20;

    private static final String NOT_A_SPREADSHEET = "not a spreadsheet: a decision table is an Excel workbook "
            + "(.drl.xlsx, or .drl.xls in the old binary format)";

    private DecisionTableCheck() {
    }

    /** Whether a rule file (its name in lower case) is a spreadsheet decision table. */
    static boolean isSpreadsheet(String lowerCaseName) {
        return lowerCaseName.endsWith(".drl.xlsx") || lowerCaseName.endsWith(".drl.xls");
    }

    /** Refuses a file above {@link #MAX_BYTES} before it is read. */
    static void checkSize(long size, String display) {
        if (size > MAX_BYTES) {
            throw new InputException(display, "", "the file is larger than " + (MAX_BYTES >> 20) + " MiB, the limit for "
                    + "a decision table, which is a small workbook: is this the right file?");
        }
    }

    /**
     * Refuses a decision table Drools could not read, naming the file; a binary .xls workbook is
     * accepted, as Drools reads those too.
     */
    static void check(byte[] content, String display) {
        Optional<String> refusal = WorkbookFailures.refuseByContent(content, Optional.empty());
        if (refusal.isPresent()) {
            String message = refusal.get();
            throw new InputException(display, "", message.equals(WorkbookFailures.NOT_ZIP) ? NOT_A_SPREADSHEET : message);
        }
        try {
            new SpreadsheetCompiler().compile(new ByteArrayInputStream(content), InputType.XLS);
        } catch (DecisionTableParseException e) {
            throw new InputException(display, "", e.getCause() != null
                    ? WorkbookFailures.describe(e.getCause(), null)
                    : "not a usable decision table: " + droolsWords(e.getMessage()), e);
        } catch (RuntimeException e) {
            throw new InputException(display, "", WorkbookFailures.describe(e, null), e);
        }
    }

    /**
     * Drools' account of a table it cannot use ("No RuleTable cells in spreadsheet.") is written for
     * table authors and kept, on one short line, without the resource name Drools puts in front.
     */
    private static String droolsWords(String message) {
        String text = message == null ? "" : message.strip();
        if (text.startsWith("[") && text.indexOf(']') > 0) {
            text = text.substring(text.indexOf(']') + 1).strip();
        }
        int cut = text.indexOf('\n');
        text = cut < 0 ? text : text.substring(0, cut).strip();
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        text = text.length() > 200 ? text.substring(0, 200) + "…" : text;
        return text.isEmpty() ? "Drools cannot read it" : text;
    }
}
