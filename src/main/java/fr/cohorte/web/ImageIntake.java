package fr.cohorte.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The one way uploaded images come in (person photos, publication covers). The format is
 * recognised by the first bytes, never by the file's name or the type the browser declared: a
 * script renamed photo.png stays a script. The size in pixels is read from the header alone,
 * before anything decodes the picture, so that a small file announcing 50,000 × 50,000 pixels
 * (10 GB once decoded) is refused at no cost.
 */
public final class ImageIntake {

    /**
     * The refusal of bytes that are not one of the formats this use accepts. Each use names its formats in its own
     * words, so it says this refusal with its own code; the text of this one names none.
     */
    public static final String NOT_ACCEPTED = "image.not-accepted";
    /** The refusal of an image whose header cannot be read as the format its first bytes announce. */
    public static final String UNREADABLE = "image.unreadable";

    /**
     * Wider or taller than this, an image would take more memory to decode (256 MB at 8000 × 8000)
     * than any page, photo or printed cover needs; every camera's picture fits.
     */
    public static final int MAX_SIDE_PIXELS = 8000;

    static {
        // Registers the WebP reader shipped as a library, whatever class loader first touched ImageIO.
        ImageIO.scanForPlugins();
    }

    private ImageIntake() {
    }

    public enum Format {
        JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
        PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
        WEBP("image/webp", new byte[] {'R', 'I', 'F', 'F'});

        private static final byte[] WEBP_FORM = {'W', 'E', 'B', 'P'};

        private final String contentType;
        private final byte[] magic;

        Format(String contentType, byte[] magic) {
            this.contentType = contentType;
            this.magic = magic;
        }

        public String contentType() {
            return contentType;
        }

        static Optional<Format> of(byte[] content) {
            return Arrays.stream(values())
                    .filter(format -> startsWith(content, 0, format.magic) && (format != WEBP || startsWith(content, 8, WEBP_FORM)))
                    .findFirst();
        }
    }

    /** An image taken in: its bytes as uploaded, their format and the size its header gives. */
    public record Image(byte[] content, Format format, int width, int height) {
    }

    /**
     * The image these bytes make, refused ({@link #NOT_ACCEPTED}, {@link #UNREADABLE} or too many pixels) when they are
     * not one of the accepted formats, cannot be read, or exceed {@link #MAX_SIDE_PIXELS} a side.
     */
    public static Image take(byte[] content, Set<Format> accepted) {
        Format format = Format.of(content).filter(accepted::contains)
                .orElseThrow(() -> Refusal.invalid(NOT_ACCEPTED).exception());
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw Refusal.invalid(UNREADABLE).exception();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_SIDE_PIXELS || height > MAX_SIDE_PIXELS) {
                    throw Refusal.invalid("image.too-many-pixels", width, height, MAX_SIDE_PIXELS).exception();
                }
                if (width <= 0 || height <= 0) {
                    throw Refusal.invalid(UNREADABLE).exception();
                }
                return new Image(content, format, width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof RefusedException refused) {
                throw refused;
            }
            throw Refusal.invalid(UNREADABLE).exception();
        }
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] magic) {
        return bytes.length >= offset + magic.length && Arrays.equals(bytes, offset, offset + magic.length, magic, 0, magic.length);
    }
}
