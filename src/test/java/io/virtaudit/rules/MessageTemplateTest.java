package io.virtaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.virtaudit.model.CpuVendor;
import io.virtaudit.model.PathPolicy;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** A @message writes what the string concatenation it replaces wrote, and refuses what it cannot read. */
class MessageTemplateTest {

    private static Map<String, Object> values(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static String render(String template, Object... pairs) {
        return MessageTemplate.parse(template).render(values(pairs));
    }

    @Provide
    Arbitrary<Object> plainValues() {
        return Arbitraries.oneOf(Arbitraries.integers(), Arbitraries.doubles(), Arbitraries.strings().ofMaxLength(12),
                Arbitraries.of(true, false), Arbitraries.just(null),
                Arbitraries.longs().between(0, 4_000_000_000L).map(Instant::ofEpochSecond));
    }

    @Property
    void aPlainValueIsWrittenAsConcatenationWritesIt(@ForAll("plainValues") Object a, @ForAll("plainValues") Object b) {
        assertThat(render("{a} runs {b}, not {a}", "a", a, "b", b)).isEqualTo(a + " runs " + b + ", not " + a);
    }

    @Test
    void anEnumerationIsWrittenByItsWireNameAndAListAsItsItems() {
        assertThat(render("{policy} on {vendors}; {hosts}", "policy", PathPolicy.ROUND_ROBIN,
                "vendors", List.of(CpuVendor.AMD, CpuVendor.INTEL), "hosts", List.of("h1", "h2", "h3")))
                .isEqualTo("round-robin on amd, intel; h1, h2, h3");
        assertThat(render("[{vlans}]", "vlans", List.of(10, 20))).isEqualTo(List.of(10, 20).toString());
        assertThat(render("none: '{hosts}'", "hosts", List.of())).isEqualTo("none: ''");
    }

    @Test
    void aMapIsWrittenAsJavaWritesIt() {
        Map<String, Integer> mtus = new TreeMap<>(Map.of("h1", 1500, "h2", 9000));
        assertThat(render("MTUs {mtus}", "mtus", mtus)).isEqualTo("MTUs " + mtus).isEqualTo("MTUs {h1=1500, h2=9000}");
    }

    @Test
    void decimalsCountsAndDurationsAreFormats() {
        assertThat(render("{ratio:%.2f}:1 above {limit:%.1f}:1, {mem:%.0f} GiB", "ratio", 4.125, "limit", 4.0,
                "mem", 1536.5)).isEqualTo(String.format(java.util.Locale.ROOT, "%.2f:1 above %.1f:1, %.0f GiB",
                4.125, 4.0, 1536.5));
        assertThat(render("{n:%.0f}", "n", 12)).isEqualTo("12");
        assertThat(render("{hosts:count} host(s): {hosts}", "hosts", List.of("a", "b"))).isEqualTo("2 host(s): a, b");
        assertThat(render("{map:count}", "map", Map.of("a", 1))).isEqualTo("1");
        assertThat(render("{age:hours} and {rpo:hours}", "age", 25.0, "rpo", 24.0 + 1 / 60.0))
                .isEqualTo("25 h and 24 h 1 min");
        assertThat(render("{off:days}", "off", 7 + 1 / 24.0)).isEqualTo("7 days 1 h");
        assertThat(render("{off:days} / {ratio:%.2f}", "off", null, "ratio", null)).isEqualTo("null / null");
    }

    @Test
    void aChoiceOnWhetherAValueIsSet() {
        String template = "{host} has {n} power suppl{n=1?y|ies}{critical? and runs a critical VM}";
        assertThat(render(template, "host", "h1", "n", 1, "critical", true)).isEqualTo("h1 has 1 power supply and runs a critical VM");
        assertThat(render(template, "host", "h1", "n", 0, "critical", false)).isEqualTo("h1 has 0 power supplies");
        assertThat(render(template, "host", "h1", "n", 2, "critical", null)).isEqualTo("h1 has 2 power supplies");
        for (Object unset : Arrays.asList(null, false, 0, 0.0, List.of(), Map.of())) {
            assertThat(render("[{x?set|unset}]", "x", unset)).as("%s", unset).isEqualTo("[unset]");
        }
        for (Object set : Arrays.asList(true, 1, -2, 0.5, List.of("a"), Map.of("a", 1), "", "text")) {
            assertThat(render("[{x?set|unset}]", "x", set)).as("%s", set).isEqualTo("[set]");
        }
    }

    @Test
    void aChoiceOnAValuesTextNullOrCount() {
        String template = "{host} handles {lun} {alua=null?with SATP {satp}|without ALUA}";
        assertThat(render(template, "host", "h", "lun", "l", "alua", null, "satp", "VMW_SATP_AA"))
                .isEqualTo("h handles l with SATP VMW_SATP_AA");
        assertThat(render(template, "host", "h", "lun", "l", "alua", false, "satp", null)).isEqualTo("h handles l without ALUA");
        assertThat(render("{name? '{name}'}", "name", "null")).as("the text null is not a null value").isEqualTo(" 'null'");
        assertThat(render("{name=null?none|'{name}'}", "name", "null")).isEqualTo("'null'");
        assertThat(render("datastore{ids:count=1? |s }{ids}", "ids", List.of("ds1"))).isEqualTo("datastore ds1");
        assertThat(render("datastore{ids:count=1? |s }{ids}", "ids", List.of("ds1", "ds2"))).isEqualTo("datastores ds1, ds2");
        assertThat(render("{env=production?production|{crit}-criticality}", "env", io.virtaudit.model.Environment.PRODUCTION,
                "crit", null)).isEqualTo("production");
        assertThat(render("{env=production?production|{crit}-criticality}", "env", null,
                "crit", io.virtaudit.model.Criticality.HIGH)).isEqualTo("high-criticality");
    }

    @Test
    void choicesNest() {
        String template = "{a?A}{a?{b? and }}{b?B}.";
        assertThat(render(template, "a", true, "b", true)).isEqualTo("A and B.");
        assertThat(render(template, "a", true, "b", false)).isEqualTo("A.");
        assertThat(render(template, "a", false, "b", true)).isEqualTo("B.");
    }

    @Test
    void anUnknownNameStaysAsWrittenSoTheMistakeShows() {
        assertThat(render("{host} has {nics} NIC{nics=1?|s} on {hots}", "host", "h1", "nics", 2))
                .isEqualTo("h1 has 2 NICs on {hots}");
        assertThat(render("x{missing=1?a|b}y")).isEqualTo("x{missing=1?a|b}y");
    }

    @Test
    void braceThatOpensNoNameIsText() {
        assertThat(render("{ {1} {} }{")).isEqualTo("{ {1} {} }{");
        assertThat(render("a|b?c}")).isEqualTo("a|b?c}");
    }

    @Test
    void namesListsEveryNameReadInOrder() {
        assertThat(MessageTemplate.parse("{subject} has {n} suppl{n=1?y|ies}{critical? on {host}}").names())
                .containsExactly("subject", "n", "critical", "host");
    }

    @Test
    void aMalformedPlaceholderIsRefusedSayingWhere() {
        assertThatThrownBy(() -> MessageTemplate.parse("{host} has {n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the placeholder at character 12 ('{n'): it is not closed with }");
        assertThatThrownBy(() -> MessageTemplate.parse("{host has}"))
                .hasMessageContaining("' ' cannot follow {host (write }, :format, =text? or ?)");
        assertThatThrownBy(() -> MessageTemplate.parse("{ratio:%.2d}")).hasMessageContaining("'%.2d' is not a format");
        assertThatThrownBy(() -> MessageTemplate.parse("{a?yes|no")).hasMessageContaining("not closed with }");
        assertThatThrownBy(() -> MessageTemplate.parse("{a=1}")).hasMessageContaining("'}' cannot follow {a");
    }
}
