package fr.cohorte.directory;

import java.util.Arrays;
import java.util.Optional;

/**
 * An image accepted as a person's photo. Its type is read from its first bytes, never from the
 * file name or the type the browser declared: a script renamed photo.png stays a script.
 */
public record Photo(byte[] content, String contentType) {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
    private static final byte[] WEBP = {'W', 'E', 'B', 'P'};

    /** The photo these bytes make, if they are a JPEG, PNG or WebP image. */
    public static Optional<Photo> sniff(byte[] bytes) {
        String type = null;
        if (startsWith(bytes, 0, JPEG)) {
            type = "image/jpeg";
        } else if (startsWith(bytes, 0, PNG)) {
            type = "image/png";
        } else if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP)) {
            type = "image/webp";
        }
        return Optional.ofNullable(type).map(t -> new Photo(bytes, t));
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] magic) {
        return bytes.length >= offset + magic.length
                && Arrays.equals(bytes, offset, offset + magic.length, magic, 0, magic.length);
    }
}
