package org.retentionsuite.segmentation.domain;

import java.util.Arrays;

/**
 * How often each row content was seen in one file, kept as bytes in one growing array and an open-addressing table of
 * ints: a HashMap of strings to counts was a fifth of the import's parsing time (an entry and a string per row).
 */
final class RowOccurrences {

    private byte[] contents = new byte[1 << 16];
    private int used;
    /** Per slot: 0 when empty, else the entry's number + 1. */
    private int[] slots = new int[1 << 12];
    private int[] starts = new int[1 << 11];
    private int[] lengths = new int[1 << 11];
    private int[] hashes = new int[1 << 11];
    private int[] counts = new int[1 << 11];
    private int entries;

    /** Counts one more row with these bytes (the first {@code length} of {@code content}); returns its count, from 1. */
    int next(byte[] content, int length) {
        int hash = hash(content, length);
        int mask = slots.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot] - 1;
            if (entry < 0) {
                return add(content, length, hash, slot);
            }
            if (hashes[entry] == hash && lengths[entry] == length
                    && Arrays.equals(contents, starts[entry], starts[entry] + length, content, 0, length)) {
                return ++counts[entry];
            }
        }
    }

    private int add(byte[] content, int length, int hash, int slot) {
        if (used + length > contents.length) {
            contents = Arrays.copyOf(contents, Math.max(used + length, contents.length * 2));
        }
        if (entries == starts.length) {
            int capacity = entries * 2;
            starts = Arrays.copyOf(starts, capacity);
            lengths = Arrays.copyOf(lengths, capacity);
            hashes = Arrays.copyOf(hashes, capacity);
            counts = Arrays.copyOf(counts, capacity);
        }
        System.arraycopy(content, 0, contents, used, length);
        starts[entries] = used;
        lengths[entries] = length;
        hashes[entries] = hash;
        counts[entries] = 1;
        used += length;
        slots[slot] = ++entries;
        if (entries * 2 > slots.length) {
            rehash();
        }
        return 1;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int entry = 0; entry < entries; entry++) {
            int slot = hashes[entry] & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = entry + 1;
        }
    }

    private static int hash(byte[] content, int length) {
        int hash = 1;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + content[i];
        }
        // Spread the bits over the low ones the table uses.
        return hash ^ (hash >>> 16) ^ (hash >>> 7);
    }
}
