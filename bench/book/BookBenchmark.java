import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.imageio.ImageIO;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import fr.cohorte.publication.BookChapter;
import fr.cohorte.publication.BookFigure;
import fr.cohorte.publication.BookImage;
import fr.cohorte.publication.BookModel;
import fr.cohorte.publication.BookRenderer;
import fr.cohorte.publication.Licence;
import fr.cohorte.publication.internal.BookXhtml;
import fr.cohorte.publication.internal.EpubBookWriter;
import fr.cohorte.publication.internal.PdfBookRenderer;

/**
 * The book benchmark of issues 6 and 18: a synthetic book of about 350 pages (20 chapters of 5 sections,
 * footnotes, a table per section, 40 figures), always the same (fixed seed).
 *
 * <pre>
 * html DIR        writes DIR/book.html, the XHTML Cohorte renders, with the figures as files, for other engines
 * cold OUT.pdf    renders once in this fresh JVM; prints "render_s heap_peak_mib" (the script counts the pages
 *                 with pdfinfo, so that reading the PDF back is not counted in the process's time)
 * warm N          renders 2 times to warm up, then N times; prints each time, and the peak heap
 * started OUT.pdf renders the warm-up book as the server does once started, then the book; prints "render_s heap_peak_mib"
 * train OUT.pdf   renders once another, shorter book (other seed, 6 chapters): the workload on which the
 *                 script trains the JDK's ahead-of-time cache, so that the measured book is never the one learnt
 * epub OUT.epub   writes the EPUB of the same book once in this fresh JVM; prints "write_s heap_peak_mib"
 * epub-started OUT.epub  writes the warm-up book's EPUB as the server does once started, then the book's; prints "write_s heap_peak_mib"
 * epub-warm N     writes the EPUB 2 times to warm up, then N times; prints each time and the median
 * </pre>
 */
public class BookBenchmark {

    private static final String[] WORDS = ("coopération emploi formation territoire entreprise syndicat État "
            + "collectivité dialogue social apprentissage compétence partenaire groupement employeurs coopérative "
            + "numérique croissance inégalité innovation expérimentation région réseau acteur confiance projet "
            + "salarié dirigeant élu administration économie transition métier qualification parcours insertion "
            + "gouvernance proximité initiative bassin filière mutation solidarité expertise audition visite").split(" ");

    public static void main(String[] arguments) throws IOException {
        BookModel book = syntheticBook(34, 20);
        switch (arguments[0]) {
            case "train" -> cold(syntheticBook(7, 6), Path.of(arguments[1]));
            case "started" -> started(book, Path.of(arguments[1]));
            case "html" -> writeHtml(book, Path.of(arguments[1]));
            case "cold" -> cold(book, Path.of(arguments[1]));
            case "warm" -> warm(book, Integer.parseInt(arguments[1]));
            case "epub" -> epub(book, Path.of(arguments[1]));
            case "epub-started" -> epubStarted(book, Path.of(arguments[1]));
            case "epub-warm" -> epubWarm(book, Integer.parseInt(arguments[1]));
            default -> throw new IllegalArgumentException(
                    "html DIR | cold OUT.pdf | warm N | train OUT.pdf | started OUT.pdf | epub OUT.epub | epub-started OUT.epub | epub-warm N");
        }
    }

    private static void cold(BookModel book, Path pdf) throws IOException {
        long start = System.nanoTime();
        new PdfBookRenderer().render(book, pdf);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%.3f %d%n", seconds, peakHeapMiB());
    }

    private static void started(BookModel book, Path pdf) {
        PdfBookRenderer renderer = new PdfBookRenderer();
        renderer.warmUp(PdfBookRenderer.WARM_UP_RENDERINGS);
        long start = System.nanoTime();
        renderer.render(book, pdf);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%.3f %d%n", seconds, peakHeapMiB());
    }

    private static void warm(BookModel book, int runs) {
        BookRenderer renderer = new PdfBookRenderer();
        double[] times = new double[runs];
        for (int run = -2; run < runs; run++) {
            long start = System.nanoTime();
            renderer.render(book, OutputStream.nullOutputStream());
            if (run >= 0) {
                times[run] = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "warm run %d: %.3f s%n", run + 1, times[run]);
            }
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "warm median: %.3f s, peak heap %d MiB%n", times[runs / 2], peakHeapMiB());
    }

    private static void epub(BookModel book, Path epub) {
        long start = System.nanoTime();
        new EpubBookWriter().write(book, Instant.now(), epub);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%.3f %d%n", seconds, peakHeapMiB());
    }

    private static void epubStarted(BookModel book, Path epub) {
        EpubBookWriter writer = new EpubBookWriter();
        writer.warmUp(EpubBookWriter.WARM_UP_WRITINGS);
        long start = System.nanoTime();
        writer.write(book, Instant.now(), epub);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%.3f %d%n", seconds, peakHeapMiB());
    }

    private static void epubWarm(BookModel book, int runs) {
        EpubBookWriter writer = new EpubBookWriter();
        double[] times = new double[runs];
        for (int run = -2; run < runs; run++) {
            long start = System.nanoTime();
            writer.write(book, Instant.now(), OutputStream.nullOutputStream());
            if (run >= 0) {
                times[run] = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "epub warm run %d: %.3f s%n", run + 1, times[run]);
            }
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "epub warm median: %.3f s%n", times[runs / 2]);
    }

    /** Upper bound of the heap in use at any time: the sum of each heap pool's own peak. */
    private static long peakHeapMiB() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage)
                .mapToLong(usage -> usage.getUsed())
                .sum() / (1024 * 1024);
    }

    /** The same XHTML as Cohorte's, with each figure as a PNG file beside it, since not every engine reads data URIs. */
    private static void writeHtml(BookModel book, Path folder) throws IOException {
        Files.createDirectories(folder);
        Document xhtml = BookXhtml.of(book);
        int index = 0;
        for (Element img : xhtml.select("img[src^=data:]")) {
            String name = "figure-" + ++index + ".png";
            String src = img.attr("src");
            Files.write(folder.resolve(name), Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)));
            img.attr("src", name);
        }
        Files.writeString(folder.resolve("book.html"), "<!DOCTYPE html>\n" + xhtml.html());
    }

    static BookModel syntheticBook(long seed, int chapterCount) {
        Random random = new Random(seed);
        List<BookChapter> chapters = new ArrayList<>();
        for (int chapter = 1; chapter <= chapterCount; chapter++) {
            List<BookFigure> figures = List.of(figure(chapter, 1, random), figure(chapter, 2, random));
            StringBuilder markdown = new StringBuilder();
            for (int section = 1; section <= 5; section++) {
                markdown.append("## ").append(capitalised(words(random, 4))).append("\n\n");
                List<String> notes = new ArrayList<>();
                for (int paragraph = 1; paragraph <= 8; paragraph++) {
                    for (int sentence = 0; sentence < 5; sentence++) {
                        markdown.append(capitalised(words(random, 12 + random.nextInt(8)))).append(", *")
                                .append(words(random, 2)).append("* et **").append(words(random, 1)).append("**");
                        if (sentence == 2 && paragraph % 2 == 0) {
                            String label = "c" + chapter + "s" + section + "n" + paragraph;
                            markdown.append("[^").append(label).append(']');
                            notes.add("[^" + label + "]: " + capitalised(words(random, 15)) + ".");
                        }
                        markdown.append(". ");
                    }
                    markdown.append("\n\n");
                    if (paragraph == 5) {
                        table(markdown, random);
                    }
                    if (paragraph == 8 && (section == 2 || section == 4)) {
                        markdown.append("![](figure-").append(section / 2).append(")\n\n");
                    }
                }
                notes.forEach(note -> markdown.append(note).append('\n'));
                markdown.append('\n');
            }
            chapters.add(new BookChapter(chapter, capitalised(words(random, 6)),
                    List.of("Auditrice " + chapter, "Auditeur " + (chapter + 20)), markdown.toString(), figures));
        }
        return new BookModel("Livre de référence du banc d’essai", "Vingt chapitres pour mesurer le rendu",
                "Bancs d’essai de Cohorte", List.of("P.-L. Rosenfeld", "J.-P. Aubert"), List.of("Céreq", "Intefp"), 2026,
                Locale.FRENCH, "Un ouvrage synthétique d’environ 350 pages.", List.of("banc d’essai", "PDF/A", "PDF/UA"),
                Licence.CC_BY, java.util.Map.of(fr.cohorte.publication.BookFormat.PDF, "978-2-11-139999-6"), "10.5555/cohorte.bench", "Dépôt légal : 2026", null, chapters);
    }

    private static void table(StringBuilder markdown, Random random) {
        markdown.append("| Territoire | Acteurs | Emplois | Part |\n|:---|:---|---:|---:|\n");
        for (int row = 0; row < 6; row++) {
            markdown.append("| ").append(capitalised(words(random, 2))).append(" | ").append(words(random, 3))
                    .append(" | ").append(1000 + random.nextInt(90000)).append(" | ")
                    .append(random.nextInt(100)).append(" % |\n");
        }
        markdown.append('\n');
    }

    private static BookFigure figure(int chapter, int number, Random random) {
        BufferedImage image = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 640, 360);
        graphics.setStroke(new BasicStroke(3));
        for (int bar = 0; bar < 8; bar++) {
            graphics.setColor(new Color(random.nextInt(200), random.nextInt(200), 145));
            int height = 40 + random.nextInt(280);
            graphics.fillRect(30 + bar * 75, 340 - height, 55, height);
        }
        graphics.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new BookFigure("figure-" + number, new BookImage(png.toByteArray(), "image/png"),
                "Histogramme " + number + " du chapitre " + chapter + " : huit barres d’emplois par territoire",
                "Figure " + chapter + "." + number + " – " + capitalised(words(random, 5)));
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
