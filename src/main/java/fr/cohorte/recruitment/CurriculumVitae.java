package fr.cohorte.recruitment;

import fr.cohorte.web.PdfFiles;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The PDF an applicant joins to their application; read only when staff download it. */
@Entity
@Table(name = "application_cv")
public class CurriculumVitae {

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

    /** A PDF a reader opens, whatever its name or declared type says ({@link PdfFiles}). */
    public static boolean isPdf(byte[] content) {
        return PdfFiles.isPdf(content);
    }

    public Long getApplicationId() { return applicationId; }
    public String getFilename() { return filename; }
    public byte[] getContent() { return content; }
}
