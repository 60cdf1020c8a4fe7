package io.virtaudit.report;

import io.virtaudit.model.Estate;
import java.io.IOException;
import java.io.OutputStream;

/** Renders a report in one format; one implementation per format. */
public interface Reporter {

    /** The format's name as {@code --format} spells it ({@code xlsx}, {@code json}, …). */
    String format();

    /** The file name {@code --output-dir} gives this format. */
    String defaultFileName();

    /**
     * Does ahead of time what does not depend on the findings, such as reading a template or
     * indexing the estate, so that {@link #write} finds it done; called at most once per write, on
     * any thread, while the rules fire. {@code estate} is the one the report will be of, or null.
     * Does nothing by default.
     */
    default void prepare(Estate estate) {
    }

    /** Writes the whole report; the caller owns the stream and moves the file into place. */
    void write(Report report, OutputStream out) throws IOException;
}
