package io.rapport.importexport;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads text as UTF-8, and any bytes that are not UTF-8 as Windows-1252: files exported by old Windows programs,
 * and files pasted together from both, come out readable ("Müller" either way) instead of failing or turning
 * into replacement characters. Counts the bytes read, for progress.
 */
final class LenientUtf8Reader extends Reader {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final InputStream in;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(64 * 1024);
    private boolean endOfInput;
    private boolean sawWindows1252;
    private long bytesRead;

    LenientUtf8Reader(InputStream in) {
        this.in = in;
        chars.flip();
    }

    /** Whether some bytes were not UTF-8 and were read as Windows-1252. */
    boolean sawWindows1252() {
        return sawWindows1252;
    }

    long bytesRead() {
        return bytesRead;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        while (!chars.hasRemaining()) {
            if (endOfInput && bytes.position() == 0) {
                return -1;
            }
            fill();
        }
        int count = Math.min(length, chars.remaining());
        chars.get(target, offset, count);
        return count;
    }

    private void fill() throws IOException {
        if (!endOfInput) {
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (read < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + read);
                bytesRead += read;
            }
        }
        bytes.flip();
        chars.clear();
        while (true) {
            CoderResult result = utf8.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                if (chars.remaining() < result.length()) {
                    break;
                }
                byte[] foreign = new byte[result.length()];
                bytes.get(foreign);
                chars.put(new String(foreign, WINDOWS_1252));
                sawWindows1252 = true;
            } else if (result.isUnderflow() && endOfInput && bytes.hasRemaining()) {
                // A multi-byte sequence cut off by the end of the file.
                byte[] rest = new byte[bytes.remaining()];
                bytes.get(rest);
                chars.put(new String(rest, WINDOWS_1252));
                sawWindows1252 = true;
            } else {
                break;
            }
        }
        bytes.compact();
        chars.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
