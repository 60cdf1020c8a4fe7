package io.virtaudit.cli;

import io.virtaudit.input.InputNames;
import io.virtaudit.engine.CompiledRules;
import io.virtaudit.engine.RuleCompiler;
import io.virtaudit.engine.RulePack;
import io.virtaudit.engine.RulePackReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The built-in pack plus the {@code --rules} directories, compiled once for the run. */
final class RulePacks {

    private RulePacks() {
    }

    static CompiledRules compile(List<Path> extraDirs) {
        List<RulePack> packs = new ArrayList<>();
        packs.add(RulePackReader.builtIn());
        for (Path dir : extraDirs) {
            packs.add(RulePackReader.directory(dir, InputNames.display(dir)));
        }
        return RuleCompiler.compile(packs);
    }
}
