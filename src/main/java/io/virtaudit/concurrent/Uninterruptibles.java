package io.virtaudit.concurrent;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work done on another thread, as if it had been done on this one. */
public final class Uninterruptibles {

    private Uninterruptibles() {
    }

    /**
     * The result of {@code future}, waiting through interrupts (and restoring the interrupt
     * afterwards); a failure is thrown as it was raised when it is unchecked.
     */
    public static <T> T get(Future<T> future) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException failure) {
                        throw failure;
                    }
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
