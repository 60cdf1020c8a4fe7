package io.virtaudit.input;

/** One problem with a user's input: the file, where in it, and what is wrong. */
public record InputError(String file, String location, String message) {

    /**
     * The contract's one-line form, without the {@code error: } prefix. Line breaks and other
     * control characters quoted from the input (a key or value that contains one) are spelt as
     * escapes ({@code \n}, {@code \u0007}), so the error stays on one line.
     */
    public String render() {
        return oneLine((location == null || location.isEmpty() ? file : file + ":" + location) + ": " + message);
    }

    private static String oneLine(String text) {
        if (text.chars().noneMatch(InputError::breaksLine)) {
            return text;
        }
        StringBuilder line = new StringBuilder(text.length() + 8);
        text.chars().forEach(c -> {
            switch (c) {
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (breaksLine(c)) {
                        line.append(String.format("\\u%04x", c));
                    } else {
                        line.append((char) c);
                    }
                }
            }
        });
        return line.toString();
    }

    /** Control characters, and the characters some terminals and editors take for line ends. */
    private static boolean breaksLine(int c) {
        return c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029;
    }
}
