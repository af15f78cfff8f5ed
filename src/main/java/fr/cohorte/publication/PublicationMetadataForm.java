package fr.cohorte.publication;

import static fr.cohorte.web.Text.blankToNullStripped;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The publication's metadata form as staff and coordinators fill it in; ISBNs and DOI are checked by the controller. */
public class PublicationMetadataForm {

    /** The languages a book of the institute is published in, as BCP 47 tags. */
    public static final List<String> LANGUAGES = List.of("fr", "en", "de", "es", "it", "pt");

    @NotBlank(message = "{field.required}")
    @Size(max = 500, message = "{field.too-long}")
    private String title;

    @Size(max = 500, message = "{field.too-long}")
    private String subtitle;

    @Size(max = 500, message = "{field.too-long}")
    private String series;

    @Min(value = 1900, message = "{publication.metadata.year.invalid}")
    @Max(value = 2200, message = "{publication.metadata.year.invalid}")
    private Integer year;

    @NotBlank(message = "{field.required}")
    @Pattern(regexp = "fr|en|de|es|it|pt", message = "{publication.metadata.language.invalid}")
    private String language;

    @Size(max = 10000, message = "{field.too-long}")
    private String summary;

    @Size(max = 1000, message = "{field.too-long}")
    private String keywords;

    @NotNull(message = "{field.required}")
    private Licence licence;

    private String isbnPrint;
    private String isbnPdf;
    private String isbnEpub;
    private String doi;

    @Size(max = 200, message = "{field.too-long}")
    private String legalDeposit;

    /** The DOI typed for each chapter, by chapter number; checked by the controller like the book's. */
    private Map<Integer, String> chapterDois = new TreeMap<>();

    private long version;

    static PublicationMetadataForm of(Cataloguing.Description description) {
        PublicationMetadata saved = description.metadata();
        PublicationMetadataForm form = new PublicationMetadataForm();
        form.title = saved.title();
        form.subtitle = saved.subtitle();
        form.series = saved.series();
        form.year = saved.year();
        form.language = saved.language();
        form.summary = saved.summary();
        form.keywords = String.join(", ", saved.keywords());
        form.licence = saved.licence();
        form.isbnPrint = saved.isbns().get(BookFormat.PRINT);
        form.isbnPdf = saved.isbns().get(BookFormat.PDF);
        form.isbnEpub = saved.isbns().get(BookFormat.EPUB);
        form.doi = saved.doi();
        form.legalDeposit = saved.legalDeposit();
        form.chapterDois = new TreeMap<>(saved.chapterDois());
        form.version = description.version();
        return form;
    }

    /** What was typed, tidied: blanks become absent, keywords are split at commas or semicolons. */
    PublicationMetadata metadata() {
        List<String> words = keywords == null ? List.of()
                : Arrays.stream(keywords.split("[,;]")).map(String::strip).filter(word -> !word.isEmpty()).distinct().toList();
        return new PublicationMetadata(title.strip(), blankToNullStripped(subtitle), blankToNullStripped(series), year, language,
                blankToNullStripped(summary), words, licence, isbns(),
                doi == null || doi.isBlank() ? null : Doi.bare(doi), blankToNullStripped(legalDeposit), typedChapterDois());
    }

    /** The DOIs typed for chapters, bare, chapters left blank left out. */
    SortedMap<Integer, String> typedChapterDois() {
        SortedMap<Integer, String> typed = new TreeMap<>();
        chapterDois.forEach((number, typedDoi) -> {
            if (typedDoi != null && !typedDoi.isBlank()) {
                typed.put(number, Doi.bare(typedDoi));
            }
        });
        return typed;
    }

    /** The ISBN typed for each edition, as typed, editions left blank left out. */
    Map<BookFormat, String> typedIsbns() {
        Map<BookFormat, String> typed = new EnumMap<>(BookFormat.class);
        putIfTyped(typed, BookFormat.PRINT, isbnPrint);
        putIfTyped(typed, BookFormat.PDF, isbnPdf);
        putIfTyped(typed, BookFormat.EPUB, isbnEpub);
        return typed;
    }

    private Map<BookFormat, String> isbns() {
        Map<BookFormat, String> printed = new EnumMap<>(BookFormat.class);
        typedIsbns().forEach((format, typed) -> printed.put(format, Isbn.printed(typed)));
        return printed;
    }

    private static void putIfTyped(Map<BookFormat, String> typed, BookFormat format, String isbn) {
        if (isbn != null && !isbn.isBlank()) {
            typed.put(format, isbn);
        }
    }

    boolean hasDoi() {
        return doi != null && !doi.isBlank();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSubtitle() {
        return subtitle;
    }

    public void setSubtitle(String subtitle) {
        this.subtitle = subtitle;
    }

    public String getSeries() {
        return series;
    }

    public void setSeries(String series) {
        this.series = series;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public Licence getLicence() {
        return licence;
    }

    public void setLicence(Licence licence) {
        this.licence = licence;
    }

    public String getIsbnPrint() {
        return isbnPrint;
    }

    public void setIsbnPrint(String isbnPrint) {
        this.isbnPrint = isbnPrint;
    }

    public String getIsbnPdf() {
        return isbnPdf;
    }

    public void setIsbnPdf(String isbnPdf) {
        this.isbnPdf = isbnPdf;
    }

    public String getIsbnEpub() {
        return isbnEpub;
    }

    public void setIsbnEpub(String isbnEpub) {
        this.isbnEpub = isbnEpub;
    }

    public String getDoi() {
        return doi;
    }

    public void setDoi(String doi) {
        this.doi = doi;
    }

    public String getLegalDeposit() {
        return legalDeposit;
    }

    public void setLegalDeposit(String legalDeposit) {
        this.legalDeposit = legalDeposit;
    }

    public Map<Integer, String> getChapterDois() {
        return chapterDois;
    }

    public void setChapterDois(Map<Integer, String> chapterDois) {
        this.chapterDois = chapterDois == null ? new TreeMap<>() : new TreeMap<>(chapterDois);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
