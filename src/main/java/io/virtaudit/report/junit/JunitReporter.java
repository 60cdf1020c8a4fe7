package io.virtaudit.report.junit;

import io.virtaudit.finding.Finding;
import io.virtaudit.report.Report;
import io.virtaudit.report.Reporter;
import io.virtaudit.report.XmlText;
import io.virtaudit.waiver.Waivers;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML, which every CI server already shows: each finding is a test case of its own that
 * fails, or is skipped when waived, and a rule that found nothing is one passing case.
 */
public final class JunitReporter implements Reporter {

    private static final String SUITES_NAME = "virtaudit";

    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

    @Override
    public String format() {
        return "junit";
    }

    @Override
    public String defaultFileName() {
        return "virtaudit-report.junit.xml";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        List<TestSuites.Suite> suites = TestSuites.of(report);
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", SUITES_NAME);
            counts(xml, suites.stream().mapToInt(s -> s.cases().size()).sum(),
                    suites.stream().mapToInt(TestSuites.Suite::failures).sum(),
                    suites.stream().mapToInt(TestSuites.Suite::skipped).sum());
            for (TestSuites.Suite suite : suites) {
                suite(xml, report, suite);
            }
            newline(xml, 0);
            xml.writeEndElement();
            newline(xml, 0);
            xml.writeEndDocument();
            xml.flush();
            xml.close(); // frees the writer; StAX never closes the underlying stream
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit XML report: " + e.getMessage(), e);
        }
    }

    private static void suite(XMLStreamWriter xml, Report report, TestSuites.Suite suite) throws XMLStreamException {
        newline(xml, 1);
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", SUITES_NAME + "." + suite.domain());
        counts(xml, suite.cases().size(), suite.failures(), suite.skipped());
        properties(xml, report, suite.domain());
        for (TestSuites.Case c : suite.cases()) {
            testCase(xml, c);
        }
        newline(xml, 1);
        xml.writeEndElement();
    }

    private static void counts(XMLStreamWriter xml, int tests, int failures, int skipped) throws XMLStreamException {
        xml.writeAttribute("tests", String.valueOf(tests));
        xml.writeAttribute("failures", String.valueOf(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", String.valueOf(skipped));
    }

    private static void properties(XMLStreamWriter xml, Report report, String domain) throws XMLStreamException {
        newline(xml, 2);
        xml.writeStartElement("properties");
        property(xml, "estate", report.estate().name());
        Map<String, Double> scores = report.summary().scoreByDomain();
        if (scores != null && scores.get(domain) != null) {
            property(xml, "score", String.valueOf(scores.get(domain)));
        }
        newline(xml, 2);
        xml.writeEndElement();
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        newline(xml, 3);
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", XmlText.of(value));
    }

    private static void testCase(XMLStreamWriter xml, TestSuites.Case c) throws XMLStreamException {
        newline(xml, 2);
        Finding f = c.finding();
        if (f == null) {
            xml.writeEmptyElement("testcase");
            caseAttributes(xml, c);
            return;
        }
        xml.writeStartElement("testcase");
        caseAttributes(xml, c);
        if (f.waived()) {
            newline(xml, 3);
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", XmlText.of("waived: " + Waivers.label(f.waiver()) + ": " + f.message()));
        } else {
            failure(xml, f);
        }
        newline(xml, 2);
        xml.writeEndElement();
    }

    private static void caseAttributes(XMLStreamWriter xml, TestSuites.Case c) throws XMLStreamException {
        xml.writeAttribute("classname", XmlText.of(c.ruleId()));
        xml.writeAttribute("name", XmlText.of(c.name()));
    }

    private static void failure(XMLStreamWriter xml, Finding f) throws XMLStreamException {
        newline(xml, 3);
        xml.writeStartElement("failure");
        xml.writeAttribute("message", XmlText.of(f.message()));
        xml.writeAttribute("type", f.severity().wireName());
        xml.writeCharacters(XmlText.of(body(f)));
        xml.writeEndElement();
    }

    /** The failure's text: what, how to fix it, where it came from. */
    private static String body(Finding f) {
        StringBuilder text = new StringBuilder(f.message() == null ? "" : f.message());
        if (f.evidence() != null && !f.evidence().isEmpty()) {
            List<String> pairs = new ArrayList<>();
            f.evidence().forEach((key, value) -> pairs.add(key + "=" + (value == null ? "" : value)));
            text.append("\nevidence: ").append(String.join("; ", pairs));
        }
        if (f.remediation() != null) {
            text.append("\nremediation: ").append(f.remediation());
        }
        if (f.source() != null) {
            text.append("\nsource: ").append(f.source());
        }
        return text.toString();
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
