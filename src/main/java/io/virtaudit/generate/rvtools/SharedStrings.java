package io.virtaudit.generate.rvtools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * The workbook's shared-string table, as EPPlus (RVTools' writer) keeps one: every text cell refers
 * to an item. It is built while the sheets stream, without holding every string: values that repeat
 * (host, cluster, OS names, {@code True}) are looked up in a map; a VM's own strings that every VM
 * tab repeats (name, VM ID, UUID) have a fixed slot each, whose text is made again from the plan
 * when the table is written; strings used once go straight to a deflated spool. The table then
 * holds the slots first and the spooled items after them.
 */
final class SharedStrings {

    /** Makes the text of a VM's slot again when the table is written. */
    interface Slots {
        int perVm();

        String text(int vm, int slot);
    }

    private final Slots slots;
    private final int vms;
    private final Map<String, Integer> repeated = new HashMap<>();
    private final ByteArrayOutputStream spooled = new ByteArrayOutputStream(1 << 16);
    private final DeflaterOutputStream spool;
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    private int next;
    private long references;

    SharedStrings(int vms, Slots slots) {
        this.vms = vms;
        this.slots = slots;
        this.next = vms * slots.perVm();
        this.spool = new DeflaterOutputStream(spooled, deflater, 1 << 16);
    }

    /** The index of a value that may repeat anywhere in the workbook. */
    int repeated(String text) {
        references++;
        Integer index = repeated.get(text);
        if (index == null) {
            index = spool(text);
            repeated.put(text, index);
        }
        return index;
    }

    /** The index of a value written once. */
    int once(String text) {
        references++;
        return spool(text);
    }

    /** The index of one of a VM's own strings. */
    int slot(int vm, int slot) {
        references++;
        return vm * slots.perVm() + slot;
    }

    private int spool(String text) {
        try {
            spool.write(ITEM_START);
            byte[] utf8 = Xml.escaped(text);
            spool.write(utf8);
            spool.write(ITEM_END);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return next++;
    }

    private static final byte[] ITEM_START = "<si><t>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ITEM_END = "</t></si>".getBytes(StandardCharsets.US_ASCII);

    /** Writes {@code xl/sharedStrings.xml}. */
    void writeTo(OutputStream out) throws IOException {
        spool.finish();
        deflater.end();
        out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<sst xmlns=\""
                + Xml.MAIN_NS + "\" count=\"" + references + "\" uniqueCount=\"" + next + "\">")
                .getBytes(StandardCharsets.US_ASCII));
        for (int vm = 0; vm < vms; vm++) {
            for (int slot = 0; slot < slots.perVm(); slot++) {
                out.write(ITEM_START);
                out.write(Xml.escaped(slots.text(vm, slot)));
                out.write(ITEM_END);
            }
        }
        try (InputStream in = new InflaterInputStream(new java.io.ByteArrayInputStream(spooled.toByteArray()))) {
            in.transferTo(out);
        }
        out.write("</sst>".getBytes(StandardCharsets.US_ASCII));
    }
}
