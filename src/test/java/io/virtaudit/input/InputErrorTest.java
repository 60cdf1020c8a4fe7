package io.virtaudit.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An input error is one line, whatever the input it quotes. */
class InputErrorTest {

    @Test
    void rendersFileLocationAndMessage() {
        assertThat(new InputError("estate.yaml", "/hosts/0", "unknown key 'nmae'").render())
                .isEqualTo("estate.yaml:/hosts/0: unknown key 'nmae'");
        assertThat(new InputError("estate.yaml", "", "empty document").render()).isEqualTo("estate.yaml: empty document");
    }

    @Test
    void spellsQuotedLineBreaksAndControlCharactersAsEscapes() {
        String rendered = new InputError("estate.yaml", "/hosts/0", "unknown key 'a\nb\r\tc\u0007d\u2028e'").render();
        assertThat(rendered).isEqualTo("estate.yaml:/hosts/0: unknown key 'a\\nb\\r\\tc\\u0007d\\u2028e'");
        assertThat(rendered.lines()).hasSize(1);
    }
}
