package fr.cohorte.publication;

/**
 * A file written whole under the publications folder.
 *
 * @param path relative to the publications folder
 */
public record StoredFile(String path, long sizeBytes, String sha256, String mediaType) {
}
