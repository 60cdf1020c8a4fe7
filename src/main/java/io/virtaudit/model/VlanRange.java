package io.virtaudit.model;

/**
 * VLAN ids from {@code first} to {@code last}, both included: one id in documents as a number
 * ({@code 100}), a range as text ({@code "200-299"}).
 */
public record VlanRange(int first, int last) {

    public boolean single() {
        return first == last;
    }

    /** Whether the range passes VLAN {@code id}. */
    public boolean contains(int id) {
        return id >= first && id <= last;
    }

    /**
     * Reads {@code 100} or {@code 200-299}; null when the text is neither.
     */
    public static VlanRange parse(String text) {
        String t = text.strip();
        int dash = t.indexOf('-', 1);
        try {
            if (dash < 0) {
                int id = Integer.parseInt(t);
                return new VlanRange(id, id);
            }
            return new VlanRange(Integer.parseInt(t.substring(0, dash).strip()),
                    Integer.parseInt(t.substring(dash + 1).strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return single() ? String.valueOf(first) : first + "-" + last;
    }
}
