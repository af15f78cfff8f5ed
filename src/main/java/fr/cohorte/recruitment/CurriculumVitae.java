package fr.cohorte.recruitment;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The PDF an applicant joins to their application; read only when staff download it. */
@Entity
@Table(name = "application_cv")
public class CurriculumVitae {

    private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    @Id
    private Long applicationId;
    private String filename;
    private byte[] content;

    protected CurriculumVitae() {
    }

    CurriculumVitae(Long applicationId, String filename, byte[] content) {
        this.applicationId = applicationId;
        this.filename = filename;
        this.content = content;
    }

    /** A PDF is recognised by its first bytes, whatever its name or declared type says. */
    public static boolean isPdf(byte[] content) {
        return content.length >= PDF_SIGNATURE.length
                && Arrays.equals(content, 0, PDF_SIGNATURE.length, PDF_SIGNATURE, 0, PDF_SIGNATURE.length);
    }

    public Long getApplicationId() { return applicationId; }
    public String getFilename() { return filename; }
    public byte[] getContent() { return content; }
}
