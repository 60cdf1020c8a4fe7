package io.virtaudit.report;

import java.util.List;

/**
 * A report format as {@code --format} and {@code -o} know it: its name, the file name endings
 * that pick it, and the reporter it makes for a run. Found by {@link ReporterRegistry} through
 * {@code META-INF/services/io.virtaudit.report.ReportFormat}, so a plugin jar can add one; an
 * implementation needs a public constructor without arguments and keeps no state of a run.
 */
public interface ReportFormat {

    /** The name {@code --format} takes, unique among formats: {@code xlsx}, {@code json}, … */
    String name();

    /**
     * The endings of file names that pick this format for {@code -o}, the usual one first
     * ({@code .junit.xml}, {@code .xml}); where two formats' endings both fit a name, the longer
     * ending wins.
     */
    List<String> extensions();

    /** The file {@code --output-dir} writes: {@code virtaudit-report} and the usual ending. */
    default String defaultFileName() {
        return "virtaudit-report" + extensions().get(0);
    }

    /**
     * The reporter for one run, with the run's settings; an unusable setting (a template that is
     * no workbook) is an input error here, before any work is done.
     *
     * @throws io.virtaudit.input.InputException when a setting cannot be used
     */
    Reporter create(ReportSettings settings);
}
