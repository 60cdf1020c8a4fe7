package io.virtaudit.report.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.finding.Finding;
import io.virtaudit.finding.FindingStatus;
import io.virtaudit.report.Report;
import io.virtaudit.finding.Subject;
import io.virtaudit.model.SourceRef;
import io.virtaudit.model.SubjectType;
import io.virtaudit.report.sarif.TestReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Writes hand-built reports as JUnit XML and parses them back with DOM. */
class JunitReporterTest {

    @Test
    void namesTheFormatAndFile() {
        JunitReporter reporter = new JunitReporter();
        assertThat(reporter.format()).isEqualTo("junit");
        assertThat(reporter.defaultFileName()).isEqualTo("virtaudit-report.junit.xml");
    }

    @Test
    void countsTestsFailuresAndSkipped() throws Exception {
        Element root = parse(TestReports.withBaseline()).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        // 7 rules: CMP 1 subject, TIM 2, STO none (passes), NET 1, BKP 1 waived, AVL 1, DAT 1
        assertThat(root.getAttribute("tests")).isEqualTo("8");
        assertThat(root.getAttribute("failures")).isEqualTo("6");
        assertThat(root.getAttribute("skipped")).isEqualTo("1");
        assertThat(root.getAttribute("errors")).isEqualTo("0");
        assertThat(elements(root, "testcase")).hasSize(8);
        assertThat(elements(root, "failure")).hasSize(6);
        assertThat(elements(root, "skipped")).hasSize(1);
    }

    @Test
    void oneSuitePerDomain() throws Exception {
        Element root = parse(TestReports.withBaseline()).getDocumentElement();
        List<String> names = elements(root, "testsuite").stream().map(e -> e.getAttribute("name")).toList();
        assertThat(names).containsExactly("virtaudit.AVL", "virtaudit.BKP", "virtaudit.CMP", "virtaudit.DAT",
                "virtaudit.NET", "virtaudit.STO", "virtaudit.TIM");
        Element tim = suite(root, "virtaudit.TIM");
        assertThat(tim.getAttribute("tests")).isEqualTo("2");
        assertThat(tim.getAttribute("failures")).isEqualTo("2");
        assertThat(tim.getAttribute("skipped")).isEqualTo("0");
        Element bkp = suite(root, "virtaudit.BKP");
        assertThat(bkp.getAttribute("failures")).isEqualTo("0");
        assertThat(bkp.getAttribute("skipped")).isEqualTo("1");
    }

    @Test
    void aFindingIsAFailureOfItsRuleAndSubject() throws Exception {
        Element root = parse(TestReports.withBaseline()).getDocumentElement();
        Element web01 = testCase(root, "NET-002", "vm web01");
        List<Element> failures = elements(web01, "failure");
        assertThat(failures).hasSize(1);
        Element failure = failures.get(0);
        assertThat(failure.getAttribute("message")).isEqualTo("web01 is on VLAN 999");
        assertThat(failure.getAttribute("type")).isEqualTo("medium");
        assertThat(failure.getTextContent()).contains("web01 is on VLAN 999", "remediation: Fix NET-002.",
                "source: lab.yaml:/vms/3", "evidence: vlan=999");
    }

    @Test
    void markupInTheDataIsEscaped() throws Exception {
        Element c1 = testCase(parse(TestReports.withBaseline()).getDocumentElement(), "AVL-003", "cluster c1");
        assertThat(elements(c1, "failure").get(0).getAttribute("message"))
                .isEqualTo("c1 has admission control off & 3 <hosts>");
    }

    @Test
    void waivedFindingIsSkippedWithTheWaiver() throws Exception {
        Element nobk = testCase(parse(TestReports.withBaseline()).getDocumentElement(), "BKP-001", "vm nobk");
        assertThat(elements(nobk, "failure")).isEmpty();
        assertThat(elements(nobk, "skipped").get(0).getAttribute("message"))
                .startsWith("waived: CHG-1234: approved by CAB-2026-114 until 2027-03-31 (rebuilt nightly): nobk ");
    }

    @Test
    void ruleWithoutFindingsIsOnePassingCase() throws Exception {
        Element sto = testCase(parse(TestReports.withBaseline()).getDocumentElement(), "STO-001", "all subjects");
        assertThat(sto.getChildNodes().getLength()).isZero();
    }

    @Test
    void everyFindingIsACaseOfItsOwnWithAUniqueName() throws Exception {
        Subject estate = new Subject(SubjectType.ESTATE, "estate", "estate");
        List<Finding> findings = new ArrayList<>();
        for (String field : List.of("host.ntpServers", "vm.memoryGb", "vm.vcpus", "host.nics", "lun.array", "vm.tools")) {
            findings.add(TestReports.finding(TestReports.DAT, estate, field + " is unknown on 3 objects", Map.of(),
                    null, FindingStatus.NEW));
        }
        Subject db = new Subject(SubjectType.VM, "nobk", "nobk");
        findings.add(TestReports.finding(TestReports.BKP, db, "nobk has no backup job", Map.of(),
                new SourceRef("lab.yaml", "/vms/4"), FindingStatus.NEW));
        findings.add(TestReports.finding(TestReports.BKP, db, "nobk has no backup job", Map.of(),
                new SourceRef("lab.yaml", "/vms/4"), FindingStatus.NEW).with(FindingStatus.NEW, TestReports.WAIVER));
        Element root = parse(TestReports.report(findings, List.of(), false)).getDocumentElement();
        assertThat(root.getAttribute("failures")).isEqualTo("7");
        assertThat(root.getAttribute("skipped")).isEqualTo("1");
        List<Element> dat = elements(root, "testcase").stream().filter(e -> "DAT-001".equals(e.getAttribute("classname")))
                .toList();
        assertThat(dat).hasSize(6).allSatisfy(c -> assertThat(elements(c, "failure")).hasSize(1));
        assertThat(dat.stream().map(c -> c.getAttribute("name")).distinct()).hasSize(6)
                .contains("estate estate: vm.memoryGb is unknown on 3 objects");
        List<Element> nobk = elements(root, "testcase").stream()
                .filter(e -> "BKP-001".equals(e.getAttribute("classname"))).toList();
        assertThat(nobk).extracting(c -> c.getAttribute("name"))
                .containsExactly("vm nobk: nobk has no backup job", "vm nobk: nobk has no backup job #2");
        assertThat(elements(nobk.get(0), "failure")).hasSize(1);
        assertThat(elements(nobk.get(1), "skipped")).hasSize(1);
        List<String> all = elements(root, "testcase").stream()
                .map(c -> c.getAttribute("classname") + " " + c.getAttribute("name")).toList();
        assertThat(all).doesNotHaveDuplicates();
    }

    @Test
    void controlCharactersDoNotBreakTheXml() throws Exception {
        Finding odd = TestReports.finding(TestReports.NET, new Subject(SubjectType.VM, "vm\u0001x", "x"),
                "bell \u0007 in the notes", Map.of(), null, FindingStatus.NEW);
        Element root = parse(TestReports.report(List.of(odd), List.of(), false)).getDocumentElement();
        Element vm = testCase(root, "NET-002", "vm vm\uFFFDx");
        assertThat(elements(vm, "failure").get(0).getAttribute("message")).isEqualTo("bell \uFFFD in the notes");
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        boolean[] closed = {false};
        OutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new JunitReporter().write(TestReports.withBaseline(), out);
        assertThat(closed[0]).isFalse();
    }

    private static Document parse(Report report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JunitReporter().write(report, out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<Element> elements(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static Element suite(Element root, String name) {
        return elements(root, "testsuite").stream().filter(e -> name.equals(e.getAttribute("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no suite " + name));
    }

    private static Element testCase(Element root, String classname, String name) {
        return elements(root, "testcase").stream()
                .filter(e -> classname.equals(e.getAttribute("classname")) && name.equals(e.getAttribute("name")))
                .findFirst().orElseThrow(() -> new AssertionError("no test case " + classname + " " + name));
    }
}
