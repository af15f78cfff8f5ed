package fr.cohorte.publication;

import java.util.Arrays;
import java.util.Set;

/** Bytes of a PNG or JPEG image, as stored; the book embeds them as they are. */
public record BookImage(byte[] content, String mediaType) {

    private static final Set<String> EMBEDDABLE = Set.of("image/png", "image/jpeg");

    public BookImage {
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("An image needs content");
        }
        if (!EMBEDDABLE.contains(mediaType)) {
            throw new IllegalArgumentException("Only PNG and JPEG images can go in a book, not " + mediaType);
        }
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BookImage image && mediaType.equals(image.mediaType) && Arrays.equals(content, image.content);
    }

    @Override
    public int hashCode() {
        return 31 * mediaType.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "BookImage[" + mediaType + ", " + content.length + " bytes]";
    }
}
