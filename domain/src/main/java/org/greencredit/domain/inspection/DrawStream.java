package org.greencredit.domain.inspection;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The draw's random numbers: SHA-256 in counter mode, so the sequence is fixed by its definition (FIPS 180-4) and
 * not by any JDK's generator. Block {@code i} (from 0) is
 * {@code SHA-256(UTF-8(seed) ‖ 0x00 ‖ UTF-8(label) ‖ 0x00 ‖ i as 8 bytes big-endian)}; each block gives four 64-bit
 * big-endian words, used in order, each shifted right by one bit to a number in [0, 2^63). {@link #below} draws
 * without bias by rejection. A label separates the streams of the tiers and of each enterprise's pair, so a change
 * in one tier's input leaves every other tier's numbers as they were. docs/inspection-draw.md has test vectors.
 */
public final class DrawStream {

    private final byte[] prefix;
    private long counter;
    private final ByteBuffer block = ByteBuffer.allocate(32);

    public DrawStream(String seed, String label) {
        byte[] seedBytes = seed.getBytes(StandardCharsets.UTF_8);
        byte[] labelBytes = label.getBytes(StandardCharsets.UTF_8);
        prefix = ByteBuffer.allocate(seedBytes.length + labelBytes.length + 2)
                           .put(seedBytes).put((byte) 0).put(labelBytes).put((byte) 0).array();
        block.position(block.limit());
    }

    /** The next number in [0, 2^63). */
    public long next() {
        if (!block.hasRemaining()) {
            block.clear();
            block.put(digest(ByteBuffer.allocate(prefix.length + Long.BYTES).put(prefix).putLong(counter++).array()));
            block.flip();
        }
        return block.getLong() >>> 1;
    }

    /**
     * A number in [0, bound), each equally likely: a draw {@code x} is kept only below the largest multiple of
     * {@code bound} not above 2^63, and then {@code x mod bound} is returned.
     */
    public int below(int bound) {
        if (bound < 1) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        long rest = (Long.MAX_VALUE % bound + 1) % bound; // 2^63 mod bound
        long limit = Long.MAX_VALUE - rest;              // keep x <= limit, i.e. x < 2^63 - rest
        while (true) {
            long x = next();
            if (x <= limit) {
                return (int) (x % bound);
            }
        }
    }

    private static byte[] digest(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
