package io.virtaudit.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Renders a report in one format; one implementation per format, made for a run by its
 * {@link ReportFormat}.
 */
public interface Reporter {

    /** The format's name as {@code --format} spells it ({@code xlsx}, {@code json}, …). */
    String format();

    /** The file name {@code --output-dir} gives this format. */
    String defaultFileName();

    /** Writes the whole report; the caller owns the stream and moves the file into place. */
    void write(Report report, OutputStream out) throws IOException;
}
