package io.virtaudit.input;

import java.util.List;

/**
 * A user's input (estate, rule pack, policy, option) is wrong. The CLI prints each error as
 * {@code error: FILE:LOCATION: message} and exits 2 without writing anything.
 */
public class InputException extends RuntimeException {

    private final transient List<InputError> errors;

    public InputException(List<InputError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).render());
        this.errors = List.copyOf(errors);
    }

    public InputException(String file, String location, String message) {
        this(List.of(new InputError(file, location, message)));
    }

    public InputException(String file, String location, String message, Throwable cause) {
        this(List.of(new InputError(file, location, message)));
        initCause(cause);
    }

    public List<InputError> errors() {
        return errors;
    }
}
