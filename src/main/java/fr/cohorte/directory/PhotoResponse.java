package fr.cohorte.directory;

import java.util.Optional;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored photo as an HTTP answer: its sniffed type, never cached by shared caches; 404 when there is none. */
public final class PhotoResponse {

    private PhotoResponse() {
    }

    public static ResponseEntity<byte[]> of(Optional<PersonPhoto> photo) {
        return photo.map(p -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(p.getContentType()))
                        .cacheControl(CacheControl.noCache().cachePrivate())
                        .body(p.getContent()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
