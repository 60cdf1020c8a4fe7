package io.virtaudit.ooxml;

/**
 * The CRC-32 of two byte runs joined, from the CRC of each and the length of the second, so a
 * worksheet's parts can be checksummed while they are written apart and still be one zip entry.
 * It multiplies by the matrix of "feed one zero bit" raised to the second run's length in bits,
 * by repeated squaring over GF(2) (the method zlib's {@code crc32_combine} uses).
 */
final class Crc32 {

    /** The reflected CRC-32 polynomial of zip. */
    private static final long POLYNOMIAL = 0xEDB88320L;

    private Crc32() {
    }

    /** The CRC-32 of {@code a} followed by {@code b}, given {@code crc(a)}, {@code crc(b)} and {@code b}'s length. */
    static long combine(long crcA, long crcB, long lengthB) {
        if (lengthB <= 0) {
            return crcA;
        }
        long[] odd = new long[32];
        long[] even = new long[32];
        odd[0] = POLYNOMIAL;
        long bit = 1;
        for (int n = 1; n < 32; n++) {
            odd[n] = bit;
            bit <<= 1;
        }
        square(even, odd);
        square(odd, even);
        long crc = crcA;
        long length = lengthB;
        do {
            square(even, odd);
            if ((length & 1) != 0) {
                crc = times(even, crc);
            }
            length >>>= 1;
            if (length == 0) {
                break;
            }
            square(odd, even);
            if ((length & 1) != 0) {
                crc = times(odd, crc);
            }
            length >>>= 1;
        } while (length != 0);
        return (crc ^ crcB) & 0xFFFFFFFFL;
    }

    private static long times(long[] matrix, long vector) {
        long sum = 0;
        long v = vector;
        for (int i = 0; v != 0; i++, v >>>= 1) {
            if ((v & 1) != 0) {
                sum ^= matrix[i];
            }
        }
        return sum;
    }

    private static void square(long[] result, long[] matrix) {
        for (int n = 0; n < 32; n++) {
            result[n] = times(matrix, matrix[n]);
        }
    }
}
