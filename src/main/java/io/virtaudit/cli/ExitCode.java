package io.virtaudit.cli;

/** The exit codes of the contract (cli-and-outputs.md). */
public final class ExitCode {

    /** Ran; nothing at or above {@code --fail-on}. */
    public static final int OK = 0;
    /** An unexpected internal error: a bug. */
    public static final int INTERNAL = 1;
    /** Usage, input or configuration error: nothing was written. */
    public static final int INPUT = 2;
    /** Ran and wrote its reports; unwaived findings at or above {@code --fail-on}. */
    public static final int FINDINGS = 4;

    private ExitCode() {
    }
}
