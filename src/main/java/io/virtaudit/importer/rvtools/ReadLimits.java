package io.virtaudit.importer.rvtools;

/**
 * How much of an RVTools export virtaudit reads before it refuses the file as too large: a hostile
 * workbook can stay under POI's zip-bomb ratio and still ask for minutes and gigabytes (a sheet of
 * a million rows, a shared-string table of 130 million unused strings). Each limit is several
 * times what a real 50,000-VM export needs (about 80 MB on disk and 710 MB of sheet XML over all
 * its tabs, of which virtaudit parses about half, at most some 200,000 rows in one tab and half a
 * million over the tabs it reads), and each is checked as early as the file allows: against the
 * sizes the package and the sheets declare before anything is parsed, then while streaming.
 *
 * @param rowsPerTab        data rows of one tab (sheet or per-tab CSV file)
 * @param rowsInAll         data rows over all the tabs read
 * @param bytes             bytes parsed: the XML of the sheets read and of the shared strings, or the per-tab CSV files
 * @param sharedStrings     strings in the shared-string table, used or not
 * @param sharedStringChars characters in the shared-string table
 */
record ReadLimits(int rowsPerTab, long rowsInAll, long bytes, int sharedStrings, long sharedStringChars) {

    /** The limits of every run; tests pass smaller ones. */
    static final ReadLimits DEFAULT = new ReadLimits(500_000, 2_000_000, 2L << 30, 10_000_000, 500_000_000L);

    /** A count for messages: {@code 500,000}. */
    static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    /** A size for messages, to two decimals at most: {@code 2 GiB}, {@code 2.05 GiB}, {@code 300 bytes}. */
    static String size(long bytes) {
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        java.math.BigDecimal shown = java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.DOWN)
                .stripTrailingZeros();
        return shown.toPlainString() + " " + units[unit];
    }
}
