package org.example.virtaudit;

import io.virtaudit.report.Report;
import io.virtaudit.report.ReportFormat;
import io.virtaudit.report.ReportSettings;
import io.virtaudit.report.Reporter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A report format of a plugin: {@code count}, a file that holds the number of findings, for a
 * script's {@code if}. {@code --format count} writes {@code virtaudit-report.count.txt}; {@code -o}
 * picks it for a name ending in {@code .count.txt}.
 */
public final class CountFormat implements ReportFormat {

    @Override
    public String name() {
        return "count";
    }

    @Override
    public List<String> extensions() {
        return List.of(".count.txt");
    }

    @Override
    public Reporter create(ReportSettings settings) {
        return new Count();
    }

    /** The reporter: one line, the number of findings. */
    private static final class Count implements Reporter {

        @Override
        public String format() {
            return "count";
        }

        @Override
        public String defaultFileName() {
            return "virtaudit-report.count.txt";
        }

        @Override
        public void write(Report report, OutputStream out) throws IOException {
            out.write((report.summary().findings() + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
