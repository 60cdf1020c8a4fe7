package io.virtaudit.engine;

import java.util.List;

/**
 * A set of rule files loaded together: the built-in pack from {@code rules/}, or a directory given
 * with {@code --rules}.
 *
 * @param displayRoot how error messages name the pack's folder ({@code rules} for the built-in one)
 */
public record RulePack(String id, String version, String displayRoot, List<RuleFile> files) {

    /** One DRL file or decision table of a pack. */
    public record RuleFile(String relativePath, byte[] content) {
    }

    /** The file as error messages name it. */
    public String display(String relativePath) {
        return displayRoot + "/" + relativePath;
    }
}
