package fr.cohorte.recruitment.internal;

import com.google.ortools.Loader;

/** OR-Tools' native libraries are unpacked and loaded once per JVM, on the first model built. */
final class OrTools {

    private static volatile boolean loaded;

    private OrTools() {
    }

    static void load() {
        if (!loaded) {
            synchronized (OrTools.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }
}
