package io.virtaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.virtaudit.input.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** All reports or none, with the first rendered on the caller's thread and the others beside it. */
class ReportFilesTest {

    @TempDir
    Path dir;

    @Test
    void everyReportIsWrittenAndNoTemporaryFileIsLeft() throws IOException {
        ReportFiles.writeAll(List.of(text("a.json", "first"), text("b.xlsx", "second"), text("c.csv", "third")));
        assertThat(dir.resolve("a.json")).hasContent("first");
        assertThat(dir.resolve("b.xlsx")).hasContent("second");
        assertThat(dir.resolve("c.csv")).hasContent("third");
        assertThat(names()).containsExactlyInAnyOrder("a.json", "b.xlsx", "c.csv");
    }

    @Test
    void theOtherReportsAreRenderedWhileTheFirstIs() {
        CountDownLatch secondStarted = new CountDownLatch(1);
        ReportFiles.Output first = new ReportFiles.Output(out -> {
            try {
                // written one after the other, the second would never start while the first waits
                assertThat(secondStarted.await(30, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            out.write('1');
        }, dir.resolve("a.json"));
        ReportFiles.Output second = new ReportFiles.Output(out -> {
            secondStarted.countDown();
            out.write('2');
        }, dir.resolve("b.xlsx"));
        ReportFiles.writeAll(List.of(first, second));
        assertThat(dir.resolve("a.json")).hasContent("1");
        assertThat(dir.resolve("b.xlsx")).hasContent("2");
    }

    @Test
    void aFailureBesideLeavesNoReportAndKeepsTheOldOnes() throws IOException {
        Files.writeString(dir.resolve("a.json"), "last quarter");
        assertThatThrownBy(() -> ReportFiles.writeAll(List.of(text("a.json", "new"), failing("b.xlsx", "disk full"))))
                .isInstanceOf(InputException.class).hasMessageContaining("disk full");
        assertThat(dir.resolve("a.json")).hasContent("last quarter");
        assertThat(names()).containsExactly("a.json");
    }

    @Test
    void aFailureOfTheFirstWaitsForTheOthersAndLeavesNothing() throws IOException {
        CountDownLatch firstFailed = new CountDownLatch(1);
        ReportFiles.Output slow = new ReportFiles.Output(out -> {
            try {
                // still writing when the first has failed: its file must go too
                firstFailed.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            out.write("late".getBytes(StandardCharsets.UTF_8));
        }, dir.resolve("b.xlsx"));
        ReportFiles.Output first = new ReportFiles.Output(out -> {
            out.write('x');
            firstFailed.countDown();
            throw new IOException("no space left on device");
        }, dir.resolve("a.json"));
        assertThatThrownBy(() -> ReportFiles.writeAll(List.of(first, slow)))
                .isInstanceOf(InputException.class).hasMessageContaining("no space left on device");
        assertThat(names()).isEmpty();
    }

    @Test
    void whenSeveralFailTheFirstInTheListIsReported() throws IOException {
        assertThatThrownBy(() -> ReportFiles.writeAll(List.of(failing("a.json", "first fault"),
                failing("b.xlsx", "second fault")))).hasMessageContaining("first fault");
        assertThat(names()).isEmpty();
    }

    @Test
    void missingOutputDirectoriesAreCreatedAsMkdirPWould() throws IOException {
        Path deep = dir.resolve("new").resolve("sub").resolve("b.xlsx");
        ReportFiles.writeAll(List.of(text("a.json", "x"), new ReportFiles.Output(out -> out.write('y'), deep)));
        assertThat(deep).hasContent("y");
        assertThat(dir.resolve("a.json")).hasContent("x");
    }

    @Test
    void directoriesCreatedForAFailedRunAreRemovedAgain() throws IOException {
        Path deep = dir.resolve("new").resolve("sub").resolve("b.xlsx");
        assertThatThrownBy(() -> ReportFiles.writeAll(List.of(new ReportFiles.Output(out -> out.write('y'), deep),
                failing("c.csv", "disk full")))).hasMessageContaining("disk full");
        assertThat(dir.resolve("new")).doesNotExist();
        assertThat(names()).isEmpty();
    }

    @Test
    void aFileInThePlaceOfAnOutputDirectoryIsAnInputErrorAndNothingIsWritten() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "keep");
        Path blocked = dir.resolve("notes.txt").resolve("sub").resolve("b.xlsx");
        assertThatThrownBy(() -> ReportFiles.checkDirectory(blocked)).isInstanceOf(InputException.class)
                .hasMessageContaining("notes.txt exists and is not a directory");
        assertThatThrownBy(() -> ReportFiles.writeAll(List.of(text("a.json", "x"),
                new ReportFiles.Output(out -> out.write('y'), blocked))))
                .isInstanceOf(InputException.class).hasMessageContaining("notes.txt exists and is not a directory");
        assertThat(dir.resolve("a.json")).doesNotExist();
        assertThat(dir.resolve("notes.txt")).hasContent("keep");
    }

    @Test
    void whenALaterReportCannotBeMovedIntoPlaceNoReportIsReplaced() throws IOException {
        Files.writeString(dir.resolve("a.json"), "previous a");
        Files.writeString(dir.resolve("b.xlsx"), "previous b");
        Replacement.Move failsOnB = (part, target) -> {
            if (target.getFileName().toString().equals("b.xlsx")) {
                throw new java.nio.file.AccessDeniedException(target.toString());
            }
            Replacement.RENAME.move(part, target);
        };
        assertThatThrownBy(() -> ReportFiles.writeAll(List.of(text("a.json", "new a"), text("b.xlsx", "new b"),
                text("c.csv", "new c")), failsOnB))
                .isInstanceOf(InputException.class)
                .hasMessage(dir.resolve("b.xlsx") + ": cannot move the report into place: permission denied;"
                        + " the reports moved before it were taken back");
        assertThat(dir.resolve("a.json")).hasContent("previous a");
        assertThat(dir.resolve("b.xlsx")).hasContent("previous b");
        assertThat(names()).containsExactlyInAnyOrder("a.json", "b.xlsx");
    }

    @Test
    void aNewReportGetsTheUsersPermissionsAndAReplacedOneKeepsItsOwn() throws IOException {
        Path kept = dir.resolve("kept.json");
        Files.writeString(kept, "old");
        Files.setPosixFilePermissions(kept, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        ReportFiles.writeAll(List.of(text("kept.json", "new"), text("fresh.json", "new")));
        assertThat(kept).hasContent("new");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)))
                .isEqualTo("rw-r-----");
        Path probe = Files.createFile(dir.resolve("probe"));
        assertThat(Files.getPosixFilePermissions(dir.resolve("fresh.json")))
                .as("the permissions of any new file (the umask's), not a temporary file's 0600")
                .isEqualTo(Files.getPosixFilePermissions(probe));
    }

    @Test
    void aPipeOrADeviceIsNoOutputFile() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        assertThatThrownBy(() -> ReportFiles.writeAll(List.of(new ReportFiles.Output(out -> out.write('x'), fifo))))
                .isInstanceOf(InputException.class).hasMessageContaining("exists and is not a regular file");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }

    private ReportFiles.Output text(String name, String content) {
        return new ReportFiles.Output(out -> out.write(content.getBytes(StandardCharsets.UTF_8)), dir.resolve(name));
    }

    private ReportFiles.Output failing(String name, String message) {
        return new ReportFiles.Output(out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException(message);
        }, dir.resolve(name));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
