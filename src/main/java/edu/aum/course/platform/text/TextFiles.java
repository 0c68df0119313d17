package edu.aum.course.platform.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Text files as people here make them: UTF-8 (with or without BOM), or Windows-1251 from Russian Windows. */
public final class TextFiles {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private TextFiles() {}

    /** UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), else Windows-1251. */
    public static String decode(byte[] content) {
        int start = content.length >= 3
                        && (content[0] & 0xFF) == 0xEF
                        && (content[1] & 0xFF) == 0xBB
                        && (content[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(content, WINDOWS_1251);
        }
    }
}
