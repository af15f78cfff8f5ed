package fr.cohorte.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The documents staff may attach (to an activity, to a partnership), recognised by their first bytes
 * and not by what the browser claims: PDF, office documents (Microsoft and OpenDocument) and images.
 */
public enum DocumentKind {
    PDF("application/pdf", Set.of("pdf")),
    PNG("image/png", Set.of("png")),
    JPEG("image/jpeg", Set.of("jpg", "jpeg")),
    GIF("image/gif", Set.of("gif")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx")),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", Set.of("pptx")),
    ODT("application/vnd.oasis.opendocument.text", Set.of("odt")),
    ODS("application/vnd.oasis.opendocument.spreadsheet", Set.of("ods")),
    ODP("application/vnd.oasis.opendocument.presentation", Set.of("odp")),
    DOC("application/msword", Set.of("doc")),
    XLS("application/vnd.ms-excel", Set.of("xls")),
    PPT("application/vnd.ms-powerpoint", Set.of("ppt"));

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final String contentType;
    private final Set<String> extensions;

    DocumentKind(String contentType, Set<String> extensions) {
        this.contentType = contentType;
        this.extensions = extensions;
    }

    public String contentType() {
        return contentType;
    }

    /** The kind the content really is, when it is one we accept and matches the file's extension. */
    public static Optional<DocumentKind> of(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return Arrays.stream(values())
                .filter(kind -> kind.extensions.contains(extension) && kind.matches(content))
                .findFirst();
    }

    private boolean matches(byte[] content) {
        return switch (this) {
            case PDF -> PdfFiles.isPdf(content);
            case PNG -> startsWith(content, new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A});
            case JPEG -> startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case GIF -> startsWith(content, "GIF8".getBytes(StandardCharsets.US_ASCII));
            case DOCX, XLSX, PPTX, ODT, ODS, ODP -> startsWith(content, ZIP);
            case DOC, XLS, PPT -> startsWith(content, OLE);
        };
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
