package io.virtaudit.importer.rvtools;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as a per-tab CSV written in the Windows locale of the machine that ran RVTools holds
 * them: {@code "16,384"}, European {@code 16.384}, Swiss {@code 16'384}, {@code 16 384} with a
 * space, a no-break or a thin space. A separator counts as digit grouping only where it splits
 * the digits into groups of exactly three, so {@code 1.5} stays one and a half; the decimal mark
 * is then the other one of {@code .} and {@code ,}. Without grouping, the decimal mark is {@code .},
 * or {@code ,} in files whose delimiter is {@code ;} (the locales that write one write the other).
 * A single dot group ({@code 16.384}) is grouping only in such a file: elsewhere, and in a
 * workbook's numeric cell, it is the decimal number it reads as.
 */
final class GroupedNumbers {

    private static final String SEPARATORS = ",.' \u00A0\u202F\u2009";
    private static final Pattern GROUPED = Pattern.compile(
            "([+-]?)(\\d{1,3})(([" + SEPARATORS + "])\\d{3}(?:\\4\\d{3})*)(?:([.,])(\\d+))?");
    private static final Pattern PLAIN = Pattern.compile("([+-]?\\d+)(?:([.,])(\\d+))?");

    private GroupedNumbers() {
    }

    /**
     * A share or ratio ({@code Free %}): its decimal mark is the file's, {@code ,} when the
     * delimiter is {@code ;}, else {@code .}; the other mark and spaces may group digits.
     */
    static Double decimal(String text, boolean decimalComma) {
        if (text == null) {
            return null;
        }
        String mark = decimalComma ? "," : ".";
        String grouping = decimalComma ? "[.' \u00A0\u202F\u2009]" : "[,' \u00A0\u202F\u2009]";
        String s = text.strip();
        if (!s.matches("[+-]?\\d{1,3}(" + grouping + "\\d{3})*(" + Pattern.quote(mark) + "\\d+)?")
                && !s.matches("[+-]?\\d+(" + Pattern.quote(mark) + "\\d+)?")) {
            return null;
        }
        return Double.valueOf(s.replaceAll(grouping, "").replace(mark, "."));
    }

    /**
     * A size or a count ({@code Memory}, {@code Capacity MiB}): the number a cell's text spells,
     * or null when it spells none.
     *
     * @param decimalComma the file's delimiter is {@code ;}, so an ungrouped {@code ,} is a decimal mark
     */
    static Double parse(String text, boolean decimalComma) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        Matcher grouped = GROUPED.matcher(s);
        if (grouped.matches() && !(grouped.group(4).equals(".") && !decimalComma && grouped.group(3).length() == 4)) {
            String separator = grouped.group(4);
            String decimalMark = grouped.group(5);
            if (decimalMark != null && decimalMark.equals(separator)) {
                return null;
            }
            String digits = grouped.group(1) + grouped.group(2) + grouped.group(3).replace(separator, "");
            return Double.valueOf(decimalMark == null ? digits : digits + "." + grouped.group(6));
        }
        Matcher plain = PLAIN.matcher(s);
        if (plain.matches()) {
            String mark = plain.group(2);
            if (mark == null) {
                return Double.valueOf(plain.group(1));
            }
            if (mark.equals(".") || decimalComma) {
                return Double.valueOf(plain.group(1) + "." + plain.group(3));
            }
        }
        return null;
    }
}
