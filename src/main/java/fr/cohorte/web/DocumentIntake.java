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

    /** The refusal of an upload without a file. */
    public static final String EMPTY = "document.empty";

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
            throw Refusal.invalid(EMPTY).exception();
        }
        if (content.length > properties.maxSize().toBytes()) {
            throw tooLarge().exception();
        }
        DocumentKind kind = DocumentKind.of(fileName, content).orElseThrow(() -> Refusal.invalid("document.kind").exception());
        return new Document(fileName.replaceAll("[\\\\/\\p{Cntrl}\"]", "_"), kind.contentType(), content);
    }

    public DataSize maxSize() {
        return properties.maxSize();
    }

    /** The limit in megabytes, as forms and messages say it (a limit under one megabyte is not shown as zero). */
    public double megabytes() {
        return properties.maxSize().toBytes() / (1024.0 * 1024.0);
    }

    /** The refusal of a document over the size limit, which it names in megabytes. */
    public Refusal tooLarge() {
        return Refusal.invalid("document.too-large", megabytes());
    }
}
