package fr.cohorte.knowledge;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a contribution may carry, recognised by the file's first bytes and never by its name or the
 * type the browser claims: a ".pdf" that is really a web page is no PDF.
 */
public enum ContributionAttachmentKind {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private final String contentType;
    private final byte[] signature;

    ContributionAttachmentKind(String contentType, byte[] signature) {
        this.contentType = contentType;
        this.signature = signature;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<ContributionAttachmentKind> of(byte[] content) {
        return Arrays.stream(values()).filter(kind -> content.length >= kind.signature.length
                && Arrays.equals(content, 0, kind.signature.length, kind.signature, 0, kind.signature.length)).findFirst();
    }
}
