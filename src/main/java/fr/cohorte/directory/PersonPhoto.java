package fr.cohorte.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person's photo, apart from the person so that lists of persons never load images. */
@Entity
@Table(name = "person_photo")
public class PersonPhoto {

    @Id
    private Long personId;

    private byte[] content;

    private String contentType;

    protected PersonPhoto() {
    }

    PersonPhoto(Long personId, Photo photo) {
        this.personId = personId;
        replace(photo);
    }

    void replace(Photo photo) {
        this.content = photo.content();
        this.contentType = photo.contentType();
    }

    public byte[] getContent() {
        return content;
    }

    public String getContentType() {
        return contentType;
    }
}
