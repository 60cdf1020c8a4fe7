package io.virtaudit.report.xlsx;

import java.util.Locale;
import org.apache.poi.util.LocaleUtil;

/**
 * POI spells parts of a workbook from the JVM's defaults: every chart title's text run carries the
 * default locale's language ({@code lang="de-DE"} on a German machine), and its date helpers use
 * the default time zone. The same report must be the same bytes on every machine, so while a
 * workbook is made POI's locale and time zone (its own, per thread) are pinned on the thread that
 * makes it, and reset to the JVM's afterwards.
 */
final class PinnedLocale implements AutoCloseable {

    /** The workbook's language: its words are British English. */
    static final Locale LANGUAGE = Locale.UK;

    private PinnedLocale() {
        LocaleUtil.setUserLocale(LANGUAGE);
        LocaleUtil.setUserTimeZone(LocaleUtil.TIMEZONE_UTC);
    }

    /** Pins POI's locale and time zone on this thread until {@link #close}. */
    static PinnedLocale pin() {
        return new PinnedLocale();
    }

    @Override
    public void close() {
        LocaleUtil.resetUserLocale();
        LocaleUtil.resetUserTimeZone();
    }
}
