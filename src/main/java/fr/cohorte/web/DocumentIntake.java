package fr.cohorte.web;

import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The one way attached documents come in (an activity's files, a partnership's agreement and
 * annexes): not empty, within the configured limit ({@link DocumentProperties}), of a kind
 * {@link DocumentKind} recognises from its bytes, under a name safe to send back in a download.
 */
@Component
public class DocumentIntake {

    /** A document taken in: its safe name, the type its bytes show, and the bytes as uploaded. */
    public record Document(String fileName, String contentType, byte[] content) {
    }

    private final DocumentProperties properties;

    public DocumentIntake(DocumentProperties properties) {
        this.properties = properties;
    }

    /** The document these bytes make, or a refusal ({@code document.empty}, {@code document.too-large}, {@code document.kind}). */
    public Document take(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new DocumentRefusedException("document.empty");
        }
        if (content.length > properties.maxSize().toBytes()) {
            throw new DocumentRefusedException("document.too-large");
        }
        DocumentKind kind = DocumentKind.of(fileName, content).orElseThrow(() -> new DocumentRefusedException("document.kind"));
        return new Document(fileName.replaceAll("[\\\\/\\p{Cntrl}\"]", "_"), kind.contentType(), content);
    }

    public DataSize maxSize() {
        return properties.maxSize();
    }

    /** The limit in megabytes, as forms and messages say it (a limit under one megabyte is not shown as zero). */
    public double megabytes() {
        return properties.maxSize().toBytes() / (1024.0 * 1024.0);
    }

    /** Why a document was refused, as a message key that takes the limit in megabytes. */
    public static class DocumentRefusedException extends RuntimeException {

        private final String messageKey;

        DocumentRefusedException(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
