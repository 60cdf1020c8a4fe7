package io.virtaudit.cli;

import io.virtaudit.input.InputNames;
import io.virtaudit.engine.CompiledRules;
import io.virtaudit.rules.Policy;
import io.virtaudit.rules.PolicyReader;
import java.nio.file.Path;

/** The {@code --policy} option: the default policy, or a file checked against the loaded rules. */
final class Policies {

    private Policies() {
    }

    static Policy read(Path file, CompiledRules rules) {
        return file == null ? Policy.defaults() : new PolicyReader().read(file, InputNames.display(file), rules.rules());
    }
}
