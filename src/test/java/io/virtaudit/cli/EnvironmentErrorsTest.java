package io.virtaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;

class EnvironmentErrorsTest {

    @Test
    void aFullTemporaryFolderIsOneLineNamingTheFile() {
        Exception full = new UncheckedIOException(new FileSystemException("/tmp/virtaudit-rows123.deflate", null,
                "No space left on device"));
        assertThat(EnvironmentErrors.describe(new RuntimeException("writing", full)))
                .contains("error: /tmp/virtaudit-rows123.deflate: No space left on device");
    }

    @Test
    void aWriteThatFailsWithoutAFileSaysWhatHappened() {
        assertThat(EnvironmentErrors.describe(new UncheckedIOException(new IOException("No space left on device"))))
                .contains("error: No space left on device (reading or writing a file)");
        assertThat(EnvironmentErrors.describe(new UncheckedIOException(new AccessDeniedException("/srv/x"))))
                .contains("error: /srv/x: permission denied");
    }

    @Test
    void otherFailuresAreNotTheEnvironments() {
        assertThat(EnvironmentErrors.describe(new IllegalStateException("bug"))).isEmpty();
    }
}
